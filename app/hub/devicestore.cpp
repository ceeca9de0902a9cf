#include "devicestore.h"

#include <domain/bangkoktime.h>
#include <storage/accesstoken.h>
#include <storage/database.h>
#include <storage/readresult.h>
#include <storage/writetransaction.h>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace saduak {

DeviceStore::DeviceStore(Database &db) : m_db(db) { }

namespace {

QString storeText(const char *source)
{
    return QCoreApplication::translate("saduak::DeviceStore", source);
}

std::optional<Device> deviceFrom(const QSqlQuery &q) // id, role, name, counter_number
{
    const std::optional<Device::Role> role = deviceRoleFromString(q.value(1).toString());
    if (!role)
        return std::nullopt;
    return Device {q.value(0).toString(), *role, q.value(2).toString(), q.value(3).toInt()};
}

} // namespace

std::optional<DeviceStore::Pairing> DeviceStore::pair(
    Device::Role role, const QString &name, int counterNumber, QString *why)
{
    const auto fail = [why](const QString &reason) -> std::optional<Pairing> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (role == Device::Role::Counter && counterNumber <= 0)
        return fail(storeText(QT_TRANSLATE_NOOP("saduak::DeviceStore",
            "A counter PC is paired with the number of its counter (--counter N).")));
    if (role != Device::Role::Counter && counterNumber != 0)
        return fail(storeText(QT_TRANSLATE_NOOP("saduak::DeviceStore",
            "Only a counter PC is paired with a counter number.")));
    if (name.trimmed().isEmpty())
        return fail(storeText(QT_TRANSLATE_NOOP("saduak::DeviceStore", "The device needs a name.")));

    Pairing p;
    p.device.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.device.role = role;
    p.device.name = name;
    p.device.counterNumber = counterNumber;
    p.token = AccessToken::generate();

    WriteTransaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO device (id, role, name, token_sha256, paired_at_ms, counter_number) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(p.device.id);
    q.addBindValue(toString(role));
    q.addBindValue(name);
    q.addBindValue(AccessToken::hash(p.token));
    q.addBindValue(BangkokTime::nowUtcMs());
    q.addBindValue(counterNumber > 0 ? QVariant(counterNumber) : QVariant(QMetaType::fromType<int>()));
    if (!tx.isActive() || !q.exec() || !tx.commit())
        return fail(q.lastError().text() + tx.errorText());
    return p;
}

std::optional<Device> DeviceStore::authenticate(const QString &token)
{
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, role, name, counter_number FROM device "
              "WHERE token_sha256 = ? AND revoked_at_ms IS NULL"_s);
    q.addBindValue(AccessToken::hash(token));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return deviceFrom(q);
}

std::optional<Device> DeviceStore::stillPaired(const QString &deviceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, role, name, counter_number FROM device "
              "WHERE id = ? AND revoked_at_ms IS NULL"_s);
    q.addBindValue(deviceId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return deviceFrom(q);
}

bool DeviceStore::revoke(const QString &deviceId, QString *why)
{
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive()) {
        if (why)
            *why = tx.errorText();
        return false;
    }
    if (!revokeIn(deviceId, why))
        return false;
    if (!tx.commit()) {
        if (why)
            *why = tx.errorText();
        return false;
    }
    return true;
}

bool DeviceStore::revokeIn(const QString &deviceId, QString *why)
{
    return changeWhere("UPDATE device SET revoked_at_ms = ? WHERE id = ? AND revoked_at_ms IS NULL",
        BangkokTime::nowUtcMs(), deviceId,
        QT_TRANSLATE_NOOP("saduak::DeviceStore",
            "There is no paired device with the id %1 (or it is revoked already)."),
        why);
}

bool DeviceStore::rename(const QString &deviceId, const QString &name, QString *why)
{
    if (name.trimmed().isEmpty()) {
        if (why)
            *why = storeText(QT_TRANSLATE_NOOP("saduak::DeviceStore", "The device needs a name."));
        return false;
    }
    return changeWhere("UPDATE device SET name = ? WHERE id = ? AND revoked_at_ms IS NULL",
        name.trimmed(), deviceId,
        QT_TRANSLATE_NOOP("saduak::DeviceStore",
            "There is no paired device with the id %1 (or it is revoked)."),
        why);
}

bool DeviceStore::rebind(const QString &deviceId, int counterNumber, QString *why)
{
    if (counterNumber <= 0) {
        if (why)
            *why = storeText(QT_TRANSLATE_NOOP("saduak::DeviceStore",
                "A counter PC is paired with the number of its counter (--counter N)."));
        return false;
    }
    return changeWhere("UPDATE device SET counter_number = ? WHERE id = ? AND role = 'counter' "
                       "AND revoked_at_ms IS NULL",
        counterNumber, deviceId,
        QT_TRANSLATE_NOOP("saduak::DeviceStore",
            "There is no counter PC with the id %1 (or it is revoked)."),
        why);
}

bool DeviceStore::changeWhere(const char *sql, const QVariant &value, const QString &deviceId,
    const char *noSuchDevice, QString *why)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(sql));
    q.addBindValue(value);
    q.addBindValue(deviceId);
    if (q.exec() && q.numRowsAffected() == 1) {
        m_changedHere = true; // data_version counts only other connections' commits
        return true;
    }
    if (why)
        *why = q.lastError().isValid() ? q.lastError().text()
                                       : storeText(noSuchDevice).arg(deviceId);
    return false;
}

bool DeviceStore::recordContact(
    const QString &deviceId, qint64 atMs, const QString &clientVersion, QString *why)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE device SET last_seen_ms = max(coalesce(last_seen_ms, 0), ?), "
              "client_version = coalesce(?, client_version) WHERE id = ?"_s);
    q.addBindValue(atMs);
    q.addBindValue(clientVersion.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(clientVersion.left(100)));
    q.addBindValue(deviceId);
    if (q.exec())
        return true;
    if (why)
        *why = q.lastError().text();
    return false;
}

std::optional<PairedDevice> DeviceStore::find(const QString &deviceId, QString *why)
{
    const QList<PairedDevice> all = list(why);
    for (const PairedDevice &d : all)
        if (d.device.id == deviceId)
            return d;
    return std::nullopt;
}

bool DeviceStore::mayHaveRevoked()
{
    QSqlQuery q(m_db.connection());
    const qint64 version = q.exec(u"PRAGMA data_version"_s) && q.next() ? q.value(0).toLongLong() : -2;
    const bool changed = m_changedHere || version != m_dataVersion;
    m_dataVersion = version;
    m_changedHere = false;
    return changed;
}

QList<PairedDevice> DeviceStore::list(QString *why)
{
    QList<PairedDevice> devices;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, role, name, counter_number, paired_at_ms, revoked_at_ms, "
                "last_seen_ms, client_version FROM device ORDER BY paired_at_ms, id"_s)) {
        if (why)
            *why = q.lastError().text();
        return {};
    }
    while (q.next()) {
        const std::optional<Device> device = deviceFrom(q);
        if (device)
            devices.append({*device, q.value(4).toLongLong(), q.value(5).toLongLong(),
                q.value(6).toLongLong(), q.value(7).toString()});
    }
    if (readFailed(q)) {
        if (why)
            *why = q.lastError().text();
        return {};
    }
    return devices;
}

} // namespace saduak
