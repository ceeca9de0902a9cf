#include "staffstore.h"

#include <accounts/accountname.h>
#include <accounts/lockout.h>
#include <accounts/passwordhash.h>
#include <storage/database.h>
#include <storage/writetransaction.h>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QString storeText(const char *source)
{
    return QCoreApplication::translate("saduak::StaffStore", source);
}

// The columns every read of a member selects, in this order.
constexpr auto kMemberColumns = "id, user_name, display_name, role, created_at_ms, disabled_at_ms";

std::optional<StaffMember> memberAt(const QSqlQuery &q)
{
    const std::optional<StaffRole> role = staffRoleFromString(q.value(3).toString());
    if (!role)
        return std::nullopt;
    return StaffMember {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        *role, q.value(4).toLongLong(), q.value(5).isNull() ? 0 : q.value(5).toLongLong()};
}

// The checks a new password passes before it is hashed; the hash, or why not.
std::optional<QByteArray> hashOfNewPassword(
    const QByteArray &password, StaffStore::Change *change, QString *why)
{
    if (!AccountName::isLongEnough(password)) {
        *change = StaffStore::Change::BadInput;
        *why = storeText(QT_TRANSLATE_NOOP("saduak::StaffStore",
                             "The password needs at least %1 characters."))
                   .arg(AccountName::kMinimumPasswordLength);
        return std::nullopt;
    }
    std::optional<QByteArray> hash = PasswordHash::make(password);
    if (!hash) {
        *change = StaffStore::Change::StorageFailed;
        *why = u"Argon2id could not hash the password (out of memory)"_s;
    }
    return hash;
}

// The audit row of a change to an account, inside the change's open transaction.
bool appendChange(Database &db, const QString &action, const QString &userName, qint64 nowMs,
    const StaffActor &actor, QString *why, const QString &role = {})
{
    StaffAudit row;
    row.atMs = nowMs;
    row.action = action;
    row.device = actor.device;
    row.user = userName;
    row.role = role;
    row.by = actor.by;
    QString outboxWhy;
    if (row.append(db, &outboxWhy))
        return true;
    *why = u"cannot audit the change: "_s + outboxWhy;
    return false;
}

// Commits tx, or says why not.
bool committed(WriteTransaction &tx, QString *why)
{
    if (tx.commit())
        return true;
    *why = u"cannot commit: "_s + tx.errorText();
    return false;
}

} // namespace

StaffStore::StaffStore(Database &db) : m_db(db) { }

StaffStore::Change StaffStore::add(const QString &userName, const QString &displayName,
    StaffRole role, const QByteArray &password, qint64 nowMs, const StaffActor &actor, QString *why)
{
    if (!AccountName::isValid(userName)) {
        *why = storeText(QT_TRANSLATE_NOOP("saduak::StaffStore",
            "A user name is 1 to 64 small letters, digits, dots, dashes or underscores."));
        return Change::BadInput;
    }
    if (displayName.trimmed().isEmpty()) {
        *why = storeText(QT_TRANSLATE_NOOP("saduak::StaffStore", "The person needs a name."));
        return Change::BadInput;
    }
    Change change = Change::Done;
    const std::optional<QByteArray> hash = hashOfNewPassword(password, &change, why);
    if (!hash)
        return change;
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive()) {
        *why = u"cannot begin: "_s + tx.errorText();
        return Change::StorageFailed;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO staff (user_name, display_name, role, password_hash, created_at_ms) "
              "VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_name) DO NOTHING RETURNING id"_s);
    q.addBindValue(userName);
    q.addBindValue(displayName.trimmed());
    q.addBindValue(toString(role));
    q.addBindValue(QString::fromLatin1(*hash));
    q.addBindValue(nowMs);
    if (!q.exec()) {
        *why = u"cannot add the staff member: "_s + q.lastError().text();
        return Change::StorageFailed;
    }
    if (!q.next()) {
        *why = storeText(QT_TRANSLATE_NOOP("saduak::StaffStore",
                             "There is a staff member \"%1\" already."))
                   .arg(userName);
        return Change::Exists;
    }
    q.finish();
    if (!appendChange(m_db, u"staffAdded"_s, userName, nowMs, actor, why, toString(role))
        || !committed(tx, why))
        return Change::StorageFailed;
    return Change::Done;
}

std::optional<QList<StaffMember>> StaffStore::list(QString *why)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT "_s + QLatin1StringView(kMemberColumns)
            + u" FROM staff ORDER BY user_name"_s)) {
        *why = u"cannot list the staff: "_s + q.lastError().text();
        return std::nullopt;
    }
    QList<StaffMember> members;
    while (q.next()) {
        const std::optional<StaffMember> m = memberAt(q);
        if (!m) {
            *why = u"staff row "_s + q.value(0).toString() + u" has an unknown role "_s
                + q.value(3).toString();
            return std::nullopt;
        }
        members.append(*m);
    }
    return members;
}

StaffStore::Change StaffStore::disable(
    const QString &userName, qint64 nowMs, const StaffActor &actor, QString *why)
{
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive()) {
        *why = u"cannot begin: "_s + tx.errorText();
        return Change::StorageFailed;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE staff SET disabled_at_ms = coalesce(disabled_at_ms, ?) WHERE user_name = ? "
              "RETURNING disabled_at_ms"_s);
    q.addBindValue(nowMs);
    q.addBindValue(userName);
    if (!q.exec()) {
        *why = u"cannot disable the staff member: "_s + q.lastError().text();
        return Change::StorageFailed;
    }
    if (!q.next()) {
        *why = storeText(QT_TRANSLATE_NOOP("saduak::StaffStore", "There is no staff member \"%1\"."))
                   .arg(userName);
        return Change::NotFound;
    }
    if (q.value(0).toLongLong() != nowMs) {
        *why = storeText(QT_TRANSLATE_NOOP("saduak::StaffStore",
                             "Staff member %1 is disabled already."))
                   .arg(userName);
        return Change::AlreadyDisabled;
    }
    q.finish();
    if (!appendChange(m_db, u"staffDisabled"_s, userName, nowMs, actor, why) || !committed(tx, why))
        return Change::StorageFailed;
    return Change::Done;
}

StaffStore::Change StaffStore::setPassword(const QString &userName, const QByteArray &password,
    qint64 nowMs, const StaffActor &actor, QString *why)
{
    Change change = Change::Done;
    const std::optional<QByteArray> hash = hashOfNewPassword(password, &change, why);
    if (!hash)
        return change;
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive()) {
        *why = u"cannot begin: "_s + tx.errorText();
        return Change::StorageFailed;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE staff SET password_hash = ?, failed_logins = 0, locked_until_ms = 0 "
              "WHERE user_name = ?"_s);
    q.addBindValue(QString::fromLatin1(*hash));
    q.addBindValue(userName);
    if (!q.exec()) {
        *why = u"cannot set the password: "_s + q.lastError().text();
        return Change::StorageFailed;
    }
    if (q.numRowsAffected() != 1) {
        *why = storeText(QT_TRANSLATE_NOOP("saduak::StaffStore", "There is no staff member \"%1\"."))
                   .arg(userName);
        return Change::NotFound;
    }
    if (!appendChange(m_db, u"passwordSet"_s, userName, nowMs, actor, why) || !committed(tx, why))
        return Change::StorageFailed;
    return Change::Done;
}

bool StaffStore::exists(const QString &userName) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT 1 FROM staff WHERE user_name = ?"_s);
    q.addBindValue(userName);
    return q.exec() && q.next();
}

bool StaffStore::anyActive() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(u"SELECT 1 FROM staff WHERE disabled_at_ms IS NULL LIMIT 1"_s) && q.next();
}

StaffStore::LogIn StaffStore::logIn(const QString &userName, const QByteArray &password, qint64 nowMs)
{
    LogIn result;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + QLatin1StringView(kMemberColumns)
        + u", password_hash, locked_until_ms FROM staff WHERE user_name = ?"_s);
    q.addBindValue(userName);
    if (!q.exec()) {
        result.why = u"cannot read the staff member: "_s + q.lastError().text();
        return result;
    }
    const std::optional<StaffMember> member = q.next() ? memberAt(q) : std::nullopt;
    if (!member || !member->active()) {
        PasswordHash::checkAgainstNobody(password);
        result.outcome = LogIn::Outcome::Refused;
        return result;
    }
    const QByteArray hash = q.value(6).toString().toLatin1();
    const qint64 lockedUntil = q.value(7).toLongLong();
    q.finish();
    if (nowMs < lockedUntil) {
        result.outcome = LogIn::Outcome::LockedOut;
        result.lockedUntilMs = lockedUntil;
        return result;
    }
    const bool matches = PasswordHash::matches(hash, password);
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive()) {
        result.why = u"cannot begin: "_s + tx.errorText();
        return result;
    }
    if (matches) {
        q.prepare(u"UPDATE staff SET failed_logins = 0, locked_until_ms = 0 WHERE id = ?"_s);
        q.addBindValue(member->id);
        if (!q.exec() || !tx.commit()) {
            result.why = u"cannot clear the failed log-ins: "_s + q.lastError().text()
                + tx.errorText();
            return result;
        }
        result.outcome = LogIn::Outcome::LoggedIn;
        result.member = *member;
        return result;
    }
    // Counted in the database, not from the count read above: two wrong tries at once (two
    // counter PCs, or a saduak-hub beside the hub) are two failures.
    q.prepare(u"UPDATE staff SET failed_logins = failed_logins + 1 WHERE id = ? "
              "RETURNING failed_logins"_s);
    q.addBindValue(member->id);
    if (!q.exec() || !q.next()) {
        result.why = u"cannot count the failed log-in: "_s + q.lastError().text();
        return result;
    }
    const qint64 until = Lockout::lockedUntil(q.value(0).toInt(), nowMs);
    q.finish();
    q.prepare(u"UPDATE staff SET locked_until_ms = ? WHERE id = ?"_s);
    q.addBindValue(until);
    q.addBindValue(member->id);
    if (!q.exec() || !tx.commit()) {
        result.why = u"cannot count the failed log-in: "_s + q.lastError().text() + tx.errorText();
        return result;
    }
    result.outcome = until > 0 ? LogIn::Outcome::LockedOut : LogIn::Outcome::Refused;
    result.lockedUntilMs = until;
    return result;
}

} // namespace saduak
