#include "open311filing.h"

#include "branchstore.h"
#include "centraldatabase.h"
#include "complaintintake.h"
#include "ingeststore.h"
#include "open311store.h"

#include <complaintworkflow.h>
#include <trackingnumber.h>

#include <domain/bangkoktime.h>

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace saduak {

Open311Filing::Open311Filing(CentralDatabase &central) : m_central(central) { }

Open311Filing::Filed Open311Filing::file(QJsonObject record, qint64 nowMs)
{
    Filed filed;
    const std::optional<qint64> centralId = m_central.branches().centralItself(&filed.why);
    if (!centralId)
        return filed;
    Open311Store store(m_central.database());
    const QDate day = BangkokTime::fromUtcMs(nowMs).date();
    // Two centrals on one PostgreSQL database may take the same next sequence: the second's
    // filing is then not its own (ComplaintStore keeps the first), which is seen below and
    // tried again with the next.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const std::optional<complaints::TrackingNumber> probe
            = complaints::TrackingNumber::make(BranchStore::centralCode(), day, 1, &filed.why);
        if (!probe)
            return filed;
        const QString prefix = probe->text().left(probe->text().size() - 7); // "CENTRAL-691207-"
        const std::optional<int> last = store.lastSequence(prefix, &filed.why);
        if (!last)
            return filed;
        const std::optional<complaints::TrackingNumber> number = complaints::TrackingNumber::make(
            BranchStore::centralCode(), day, *last + 1, &filed.why);
        if (!number)
            return filed; // the day's 9999 are used
        record.insert(u"trackingNumber"_s, number->text());
        record.insert(u"filedAtMs"_s, nowMs);
        record.insert(u"dueAtMs"_s, complaints::dueAtMs(nowMs));
        IngestRow row;
        row.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        row.seq = nowMs; // central's own "outbox": in filing order
        row.kind = ComplaintIntake::kind();
        row.payload = QJsonDocument(record).toJson(QJsonDocument::Compact);
        row.createdAtMs = nowMs;
        if (!m_central.ingest().ingest(*centralId, {row}, &filed.why))
            return filed;
        const std::optional<QString> owner = store.rowUuidOf(number->text(), &filed.why);
        if (!owner)
            return filed;
        if (*owner == row.uuid) {
            filed.trackingNumber = number->text();
            filed.why.clear();
            return filed;
        }
    }
    filed.why = u"no free tracking number after 5 attempts"_s;
    return filed;
}

} // namespace saduak
