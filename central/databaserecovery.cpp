#include "databaserecovery.h"

#include <storage/database.h>

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCentralDatabase, "saduak.central.database")

namespace saduak {

DatabaseRecovery::DatabaseRecovery(Database &db) : m_db(db) { }

bool DatabaseRecovery::ready()
{
    if (!inOutage())
        return true;
    if (m_lastAttempt.isValid() && m_lastAttempt.elapsed() < m_retryMs)
        return false;
    m_lastAttempt.start();
    StorageError error;
    if (!m_db.reopen(&error)) {
        // Each failed attempt is the same outage: its cause was logged when it began.
        qCDebug(lcCentralDatabase) << "reopen failed:" << error.detail;
        m_retryMs = std::min(m_retryMs * 2, kMaxRetryMs);
        return false;
    }
    qCWarning(lcCentralDatabase).noquote()
        << u"database back after %1 s"_s.arg(double(m_outage.elapsed()) / 1000.0, 0, 'f', 1);
    m_outage.invalidate();
    m_lastAttempt.invalidate();
    m_retryMs = kFirstRetryMs;
    return true;
}

bool DatabaseRecovery::noteFailure(const QString &why)
{
    if (inOutage())
        return true;
    // The failed statement's error alone does not tell: QPSQL reports a dead server as a
    // statement error ("server closed the connection unexpectedly"). A trivial query does.
    if (m_db.isAlive())
        return false;
    qCWarning(lcCentralDatabase).noquote()
        << u"lost the database: "_s + why + u"; reconnecting with back-off"_s;
    m_outage.start();
    m_lastAttempt.start();
    m_retryMs = kFirstRetryMs;
    return true;
}

} // namespace saduak
