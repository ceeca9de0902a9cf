#pragma once

#include "complaintstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace saduak::complaints {

// What a branch shows of one complaint (README.md, "One writer for each part"): its own record
// (state received) merged with central's complaint-status item for the number, central's winning
// wherever it says something, since central owns the state from filing on. A number only central
// knows (filed at another branch) is shown from central's item alone. Never a person's data:
// neither source holds any.
class ComplaintView
{
public:
    // nullopt when neither knows the number.
    static std::optional<ComplaintView> of(
        const std::optional<FiledComplaint> &own, const std::optional<QJsonObject> &central);

    QString trackingNumber() const { return m_trackingNumber; }
    QString state() const { return m_state; }
    qint64 filedAtMs() const { return m_filedAtMs; }
    qint64 dueAtMs() const { return m_dueAtMs; }
    bool isOverdueAt(qint64 nowMs) const;

    // The answer's fields (README.md, "Hub commands": lookup); subject only for the staff's
    // screens, since a kiosk's is public.
    QJsonObject toJson(qint64 nowMs, bool withSubject, bool withHistory = true) const;

private:
    QString m_trackingNumber;
    QString m_state;
    QString m_category;
    QString m_subject;
    qint64 m_filedAtMs = 0;
    qint64 m_dueAtMs = 0;
    QJsonArray m_history;
};

} // namespace saduak::complaints
