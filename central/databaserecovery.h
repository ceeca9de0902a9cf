#pragma once

#include <QElapsedTimer>
#include <QString>

namespace saduak {

class Database;

// Keeps central's database connection through an outage of the server (a PostgreSQL restart,
// fast or immediate; a network cut): notices that a failed statement lost the connection,
// reopens it with back-off, and says so once an outage ("lost the database: ..." and "database
// back after N s"), never once a request. Used from the thread that opened the Database.
//
// A store failure that leaves the connection answering (a full disk, a constraint) is not an
// outage: the request fails alone and the next one asks the database again.
class DatabaseRecovery
{
public:
    static constexpr qint64 kFirstRetryMs = 250;
    static constexpr qint64 kMaxRetryMs = 5000;

    explicit DatabaseRecovery(Database &db);

    // Before a request uses the database: true when it may. During an outage it reopens the
    // connection once the back-off has passed (false while it has not, or the reopen failed), so
    // a request never waits on a server that was just found away.
    bool ready();
    // After a statement failed (why, for the log): whether the connection is gone; if it is, the
    // outage starts here, and the next ready() after kFirstRetryMs reopens.
    bool noteFailure(const QString &why);
    bool inOutage() const { return m_outage.isValid(); }

private:
    Database &m_db;
    QElapsedTimer m_outage; // since the connection was found lost; invalid: connected
    QElapsedTimer m_lastAttempt;
    qint64 m_retryMs = kFirstRetryMs;
};

} // namespace saduak
