#pragma once

#include <QJsonObject>
#include <QString>

namespace saduak {

class Database;

// A row waiting to go to central: an event, a module record or an audit row. Written in the same
// transaction as the change it reports, pushed later by the sync client with uuid as the
// idempotency key (DESIGN.md, "Data").
struct OutboxRow
{
    QString uuid; // empty: one is made; otherwise must parse as a UUID
    QString kind; // "event", "audit", "complaints.record", ...
    QJsonObject payload;
    qint64 createdAtMs = 0; // UTC ms; 0: now
};

class Outbox
{
public:
    // Appends inside the caller's open write transaction and refuses when there is none, so a row
    // can never exist without the change it reports (or the other way round).
    // Returns the row's uuid (lowercase, without braces), or an empty string with why set.
    static QString append(Database &db, const OutboxRow &row, QString *why = nullptr);
    // Rows not yet acknowledged by central; -1 if the outbox cannot be read.
    static int pendingCount(Database &db);
    // Deletes rows central acknowledged before acknowledgedBeforeMs, the oldest first and at most
    // maxRows of them, in a write transaction of its own: once central holds a row the hub keeps
    // it only as long as support may ask for it, since module records carry personal data (PDPA)
    // and attachments make rows large. Rows never acknowledged (pending, dead letters) stay.
    // Returns how many were deleted, or -1 with why.
    static int pruneAcknowledged(
        Database &db, qint64 acknowledgedBeforeMs, int maxRows, QString *why = nullptr);
};

} // namespace saduak
