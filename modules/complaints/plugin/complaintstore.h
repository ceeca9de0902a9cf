#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace saduak {
class ModuleTransaction;
}

namespace saduak::complaints {

// A complaint as this branch filed it (table complaints_complaint). No complainant and no
// contact: those go to central in the outbox row only (migrations/0001_complaints.sql says why).
struct FiledComplaint
{
    QString trackingNumber;
    QString filedDay; // Bangkok, yyyy-MM-dd
    int daySequence = 0;
    qint64 filedAtMs = 0;
    qint64 dueAtMs = 0;
    QString category;
    QString subject;
    QString description;
    QString province;
    QString amphoe;
    QString tambon;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString channel; // "kiosk" or "counter"
    int counterNumber = 0; // 0: none (a kiosk)
    QString staff;
    QString device;
};

// All the complaints module's SQL at the hub, inside the transaction the hub opened for one
// command or query. Each call answers nullopt (or false) with why (developer detail) when a
// statement failed; "not there" is an empty answer, not a failure.
class ComplaintStore
{
public:
    explicit ComplaintStore(ModuleTransaction &tx) : m_tx(tx) { }

    // The next sequence of the Bangkok day (from 1), taken in the caller's write transaction so
    // two filings never get the same one. 0 when the day's 9999 numbers are all given out.
    std::optional<int> takeSequence(const QString &day, QString *why);
    bool insert(const FiledComplaint &complaint, QString *why);

    // Empty with why empty: no such number here.
    std::optional<FiledComplaint> find(const QString &trackingNumber, QString *why);

    // Newest first (filing time, then number), at most limit.
    std::optional<QList<FiledComplaint>> newest(int limit, QString *why);

    // The numbers of those whose due time is before dueBefore, newest first: all of them, so
    // only what a list needs to decide which are overdue.
    std::optional<QStringList> numbersDueBefore(qint64 dueBefore, QString *why);

private:
    ModuleTransaction &m_tx;
};

} // namespace saduak::complaints
