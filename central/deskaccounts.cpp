#include "deskaccounts.h"

#include <accounts/accountname.h>
#include <accounts/lockout.h>
#include <accounts/passwordhash.h>
#include <storage/accesstoken.h>
#include <storage/database.h>
#include <storage/writetransaction.h>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("saduak::DeskAccounts", text);
}

} // namespace

DeskAccounts::DeskAccounts(Database &db) : m_db(db) { }

bool DeskAccounts::isValidUserName(const QString &userName)
{
    return AccountName::isValid(userName);
}

DeskAccounts::Added DeskAccounts::addOfficer(const QString &userName, const QString &displayName,
    const QString &agency, const QByteArray &password, qint64 nowMs, QString *why)
{
    if (!isValidUserName(userName)) {
        *why = translated(QT_TRANSLATE_NOOP("saduak::DeskAccounts",
            "A user name is 1 to 64 small letters, digits, dots, dashes or underscores."));
        return Added::BadInput;
    }
    if (displayName.trimmed().isEmpty()) {
        *why = translated(QT_TRANSLATE_NOOP("saduak::DeskAccounts", "The officer needs a name."));
        return Added::BadInput;
    }
    if (!AccountName::isLongEnough(password)) {
        *why = translated(
            QT_TRANSLATE_NOOP("saduak::DeskAccounts", "The password needs at least %1 characters."))
                   .arg(kMinimumPasswordLength);
        return Added::BadInput;
    }
    const std::optional<QByteArray> hash = PasswordHash::make(password);
    if (!hash) {
        *why = u"Argon2id could not hash the password (out of memory)"_s;
        return Added::StorageFailed;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO desk_officer (user_name, display_name, agency, password_hash, "
              "created_at_ms) VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_name) DO NOTHING "
              "RETURNING id"_s);
    q.addBindValue(userName);
    q.addBindValue(displayName.trimmed());
    // A null QString binds as SQL NULL: no agency is the empty text.
    q.addBindValue(agency.isNull() ? QString(u""_s) : agency.trimmed());
    q.addBindValue(QString::fromLatin1(*hash));
    q.addBindValue(nowMs);
    if (!q.exec()) {
        *why = u"cannot add the officer: "_s + q.lastError().text();
        return Added::StorageFailed;
    }
    if (!q.next()) {
        *why = translated(
            QT_TRANSLATE_NOOP("saduak::DeskAccounts", "There is an officer \"%1\" already."))
                   .arg(userName);
        return Added::Exists;
    }
    return Added::Added;
}

bool DeskAccounts::removeOfficer(const QString &userName, QString *why)
{
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive()) {
        *why = u"cannot begin: "_s + tx.errorText();
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM desk_session WHERE officer_id IN "
              "(SELECT id FROM desk_officer WHERE user_name = ?)"_s);
    q.addBindValue(userName);
    if (!q.exec()) {
        *why = u"cannot end the officer's sessions: "_s + q.lastError().text();
        return false;
    }
    q.prepare(u"DELETE FROM desk_officer WHERE user_name = ?"_s);
    q.addBindValue(userName);
    if (!q.exec()) {
        *why = u"cannot remove the officer: "_s + q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1)
        return false;
    if (!tx.commit()) {
        *why = u"commit failed: "_s + tx.errorText();
        return false;
    }
    return true;
}

DeskAccounts::LogIn DeskAccounts::logIn(
    const QString &userName, const QByteArray &password, qint64 nowMs)
{
    LogIn result;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, password_hash, failed_logins, locked_until_ms FROM desk_officer "
              "WHERE user_name = ?"_s);
    q.addBindValue(userName);
    if (!q.exec()) {
        result.why = u"cannot read the officer: "_s + q.lastError().text();
        return result;
    }
    if (!q.next()) {
        PasswordHash::checkAgainstNobody(password);
        result.outcome = LogIn::Outcome::Refused;
        return result;
    }
    const qint64 officerId = q.value(0).toLongLong();
    const QByteArray hash = q.value(1).toString().toLatin1();
    const int failures = q.value(2).toInt();
    const qint64 lockedUntil = q.value(3).toLongLong();
    q.finish();
    // While locked out not even the right password opens the desk, and trying does not count.
    if (nowMs < lockedUntil) {
        result.outcome = LogIn::Outcome::LockedOut;
        result.lockedUntilMs = lockedUntil;
        return result;
    }
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive()) {
        result.why = u"cannot begin: "_s + tx.errorText();
        return result;
    }
    if (!PasswordHash::matches(hash, password)) {
        const int now = failures + 1;
        const qint64 until = Lockout::lockedUntil(now, nowMs);
        q.prepare(u"UPDATE desk_officer SET failed_logins = ?, locked_until_ms = ? WHERE id = ?"_s);
        q.addBindValue(now);
        q.addBindValue(until);
        q.addBindValue(officerId);
        if (!q.exec() || !tx.commit()) {
            result.why = u"cannot count the failed log-in: "_s + q.lastError().text();
            return result;
        }
        result.outcome = until > 0 ? LogIn::Outcome::LockedOut : LogIn::Outcome::Refused;
        result.lockedUntilMs = until;
        return result;
    }
    q.prepare(u"UPDATE desk_officer SET failed_logins = 0, locked_until_ms = 0 WHERE id = ?"_s);
    q.addBindValue(officerId);
    bool ok = q.exec();
    // Ended sessions of anyone are dropped here, so the table does not grow without end.
    q.prepare(u"DELETE FROM desk_session WHERE last_seen_ms < ? OR created_at_ms < ?"_s);
    q.addBindValue(nowMs - kIdleMs);
    q.addBindValue(nowMs - kLifetimeMs);
    ok = ok && q.exec();
    const QString cookie = AccessToken::generate();
    q.prepare(u"INSERT INTO desk_session (token_hash, officer_id, csrf_token, created_at_ms, "
              "last_seen_ms) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(AccessToken::hash(cookie));
    q.addBindValue(officerId);
    q.addBindValue(AccessToken::generate());
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    ok = ok && q.exec();
    if (!ok || !tx.commit()) {
        result.why = u"cannot open the session: "_s + q.lastError().text() + tx.errorText();
        return result;
    }
    result.outcome = LogIn::Outcome::LoggedIn;
    result.cookie = cookie;
    return result;
}

std::optional<DeskSession> DeskAccounts::session(
    const QString &cookie, qint64 nowMs, QString *storageFailure)
{
    if (cookie.isEmpty())
        return std::nullopt;
    const QString tokenHash = AccessToken::hash(cookie);
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT o.id, o.user_name, o.display_name, o.agency, s.csrf_token, "
              "s.created_at_ms, s.last_seen_ms FROM desk_session s "
              "JOIN desk_officer o ON o.id = s.officer_id WHERE s.token_hash = ?"_s);
    q.addBindValue(tokenHash);
    if (!q.exec()) {
        if (storageFailure)
            *storageFailure = u"cannot read the session: "_s + q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    DeskSession session {{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString()},
        q.value(4).toString()};
    const qint64 created = q.value(5).toLongLong();
    const qint64 lastSeen = q.value(6).toLongLong();
    q.finish();
    if (nowMs - lastSeen > kIdleMs || nowMs - created > kLifetimeMs)
        return std::nullopt;
    // Written at most once a minute: a page view need not be a write each time.
    if (nowMs - lastSeen > 60 * 1000) {
        q.prepare(u"UPDATE desk_session SET last_seen_ms = ? WHERE token_hash = ?"_s);
        q.addBindValue(nowMs);
        q.addBindValue(tokenHash);
        if (!q.exec()) {
            if (storageFailure)
                *storageFailure = u"cannot note the session's use: "_s + q.lastError().text();
            return std::nullopt;
        }
    }
    return session;
}

void DeskAccounts::logOut(const QString &cookie)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM desk_session WHERE token_hash = ?"_s);
    q.addBindValue(AccessToken::hash(cookie));
    (void)q.exec();
}

} // namespace saduak
