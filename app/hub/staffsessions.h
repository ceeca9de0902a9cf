#pragma once

#include "staffstore.h"

#include <QString>

#include <optional>

namespace saduak {

class Database;

// One person logged in at one device (hub migration 0006).
struct StaffSession
{
    StaffMember member;
    qint64 startedAtMs = 0;
    qint64 endsAtMs = 0; // UTC ms: the close of the business day it began in
};

// Who is logged in where, and all its SQL. A session belongs to the device it was opened from
// (its pairing's id; "local" for the screens of an embedded hub), so it cannot be carried to
// another PC; at most one a device, so a log-in at a shared counter PC replaces the last one.
class StaffSessions
{
public:
    explicit StaffSessions(Database &db);

    // The session open at the device now. Nothing when nobody logged in there, or theirs ended:
    // the close of day passed, or the account was disabled since. *failed (with why) when the
    // database could not be read: then nobody is taken to be logged in.
    std::optional<StaffSession> at(
        const QString &deviceId, qint64 nowMs, bool *failed, QString *why) const;

    // Inside the caller's write transaction: the member's session at the device from now until
    // endsAtMs, in place of whoever was logged in there.
    bool begin(const QString &deviceId, const StaffMember &member, qint64 nowMs, qint64 endsAtMs,
        QString *why);
    // Inside the caller's write transaction: nobody is logged in at the device any more.
    bool end(const QString &deviceId, QString *why);

    // When a session begun at nowMs ends: the next start of a business day (queue/rolloverHour).
    static qint64 closeOfDay(qint64 nowMs, int rolloverHour);

private:
    Database &m_db;
};

} // namespace saduak
