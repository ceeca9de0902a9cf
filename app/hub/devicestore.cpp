#include "devicestore.h"

#include <domain/bangkoktime.h>
#include <storage/accesstoken.h>
#include <storage/database.h>
#include <storage/writetransaction.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace saduak {

DeviceStore::DeviceStore(Database &db) : m_db(db) { }

std::optional<DeviceStore::Pairing> DeviceStore::pair(
    Device::Role role, const QString &name, QString *why)
{
    Pairing p;
    p.device.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.device.role = role;
    p.device.name = name;
    p.token = AccessToken::generate();

    WriteTransaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO device (id, role, name, token_sha256, paired_at_ms) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(p.device.id);
    q.addBindValue(toString(role));
    q.addBindValue(name);
    q.addBindValue(AccessToken::hash(p.token));
    q.addBindValue(BangkokTime::nowUtcMs());
    if (!tx.isActive() || !q.exec() || !tx.commit()) {
        if (why)
            *why = q.lastError().text() + tx.errorText();
        return std::nullopt;
    }
    return p;
}

std::optional<Device> DeviceStore::authenticate(const QString &token)
{
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(
        u"SELECT id, role, name FROM device WHERE token_sha256 = ? AND revoked_at_ms IS NULL"_s);
    q.addBindValue(AccessToken::hash(token));
    if (!q.exec() || !q.next())
        return std::nullopt;
    const std::optional<Device::Role> role = deviceRoleFromString(q.value(1).toString());
    if (!role)
        return std::nullopt;
    return Device {q.value(0).toString(), *role, q.value(2).toString()};
}

bool DeviceStore::revoke(const QString &deviceId)
{
    WriteTransaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE device SET revoked_at_ms = ? WHERE id = ? AND revoked_at_ms IS NULL"_s);
    q.addBindValue(BangkokTime::nowUtcMs());
    q.addBindValue(deviceId);
    return tx.isActive() && q.exec() && q.numRowsAffected() == 1 && tx.commit();
}

} // namespace saduak
