#pragma once

#include "centrallimits.h"
#include "ingeststore.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace saduak {

// A row refused for good: no retry can fix it (it goes to the branch's dead-letter list).
struct RefusedRow
{
    qint64 seq = 0;
    QString uuid; // as sent; may be empty or not a UUID (that can be why it was refused)
    QString reason;
};

// The body of POST /v1/ingest, checked. A body that cannot be read as a batch at all (not JSON,
// wrong types, seq out of order, too many rows) is refused whole with a reason; a readable batch
// splits into rows to store and rows refused one by one, so one bad row does not block the rows
// behind it.
struct IngestRequest
{
    QList<IngestRow> rows;
    QList<RefusedRow> refused;
    QString error; // set: the whole body is refused (HTTP 400)
    QString errorCode; // "badJson", "badRequest", "tooManyRows"

    static IngestRequest parse(const QByteArray &body, const CentralLimits &limits);
    bool isValid() const { return error.isEmpty(); }

    // Moves the rows of a kind that fits refuses (false, with why) from rows to refused, for
    // good; the refused stay in seq order, as the answer's acknowledged range reads the first and
    // last of them.
    void refuseUnfit(
        const QString &kind, const std::function<bool(const IngestRow &, QString *why)> &fits);
};

} // namespace saduak
