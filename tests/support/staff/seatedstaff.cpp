#include "seatedstaff.h"

#include <hub/staffsessions.h>
#include <storage/database.h>
#include <storage/writetransaction.h>

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace saduak::test {

bool seatStaff(Database &db, const QString &deviceId, StaffRole role, QString *why,
    const QString &userName)
{
    const QString user = userName.isEmpty() ? toString(role) : userName;
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    WriteTransaction tx(db.connection());
    if (!tx.isActive())
        return fail(tx.errorText());
    QSqlQuery q(db.connection());
    // "!" is no Argon2id hash: nobody can log in to it with a password.
    q.prepare(u"INSERT INTO staff (user_name, display_name, role, password_hash, created_at_ms) "
              "VALUES (?, ?, ?, '!', 0) ON CONFLICT (user_name) DO NOTHING"_s);
    q.addBindValue(user);
    q.addBindValue(QString(u"Test "_s + user));
    q.addBindValue(toString(role));
    if (!q.exec())
        return fail(q.lastError().text());
    q.prepare(u"SELECT id, display_name, role FROM staff WHERE user_name = ?"_s);
    q.addBindValue(user);
    if (!q.exec() || !q.next())
        return fail(u"no staff row for "_s + user);
    StaffMember member;
    member.id = q.value(0).toLongLong();
    member.userName = user;
    member.displayName = q.value(1).toString();
    member.role = staffRoleFromString(q.value(2).toString()).value_or(role);
    q.finish();
    StaffSessions sessions(db);
    QString reason;
    if (!sessions.begin(deviceId, member, 0, std::numeric_limits<qint64>::max() / 2, &reason))
        return fail(reason);
    if (!tx.commit())
        return fail(tx.errorText());
    return true;
}

} // namespace saduak::test
