#include "staffsessions.h"

#include <domain/businessday.h>
#include <storage/database.h>

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saduak {

StaffSessions::StaffSessions(Database &db) : m_db(db) { }

std::optional<StaffSession> StaffSessions::at(
    const QString &deviceId, qint64 nowMs, bool *failed, QString *why) const
{
    *failed = false;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // A disabled account's session is over at once, whatever its end said: disable-staff runs
    // in another process and need not find the sessions.
    q.prepare(u"SELECT s.id, s.user_name, s.display_name, s.role, s.created_at_ms, "
              "ss.started_at_ms, ss.ends_at_ms FROM staff_session ss "
              "JOIN staff s ON s.id = ss.staff_id "
              "WHERE ss.device_id = ? AND ss.ends_at_ms > ? AND s.disabled_at_ms IS NULL"_s);
    q.addBindValue(deviceId);
    q.addBindValue(nowMs);
    if (!q.exec()) {
        *failed = true;
        *why = u"cannot read who is logged in: "_s + q.lastError().text();
        return std::nullopt;
    }
    if (!q.next()) {
        if (q.lastError().isValid()) {
            *failed = true;
            *why = u"cannot read who is logged in: "_s + q.lastError().text();
        }
        return std::nullopt;
    }
    const std::optional<StaffRole> role = staffRoleFromString(q.value(3).toString());
    if (!role) {
        *failed = true;
        *why = u"staff row "_s + q.value(0).toString() + u" has an unknown role"_s;
        return std::nullopt;
    }
    StaffSession session;
    session.member = StaffMember {q.value(0).toLongLong(), q.value(1).toString(),
        q.value(2).toString(), *role, q.value(4).toLongLong(), 0};
    session.startedAtMs = q.value(5).toLongLong();
    session.endsAtMs = q.value(6).toLongLong();
    return session;
}

bool StaffSessions::begin(const QString &deviceId, const StaffMember &member, qint64 nowMs,
    qint64 endsAtMs, QString *why)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO staff_session (device_id, staff_id, started_at_ms, ends_at_ms) "
              "VALUES (?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET "
              "staff_id = excluded.staff_id, started_at_ms = excluded.started_at_ms, "
              "ends_at_ms = excluded.ends_at_ms"_s);
    q.addBindValue(deviceId);
    q.addBindValue(member.id);
    q.addBindValue(nowMs);
    q.addBindValue(endsAtMs);
    if (!q.exec()) {
        *why = u"cannot record the log-in: "_s + q.lastError().text();
        return false;
    }
    return true;
}

bool StaffSessions::end(const QString &deviceId, QString *why)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM staff_session WHERE device_id = ?"_s);
    q.addBindValue(deviceId);
    if (!q.exec()) {
        *why = u"cannot record the log-out: "_s + q.lastError().text();
        return false;
    }
    return true;
}

qint64 StaffSessions::closeOfDay(qint64 nowMs, int rolloverHour)
{
    return BusinessDay::startUtcMs(BusinessDay::of(nowMs, rolloverHour).addDays(1), rolloverHour);
}

} // namespace saduak
