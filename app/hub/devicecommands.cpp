#include "devicecommands.h"

#include "devicestore.h"
#include "staffaudit.h"

#include <queue/catalogstore.h>
#include <storage/database.h>
#include <storage/outbox.h>
#include <storage/writetransaction.h>

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHub)

namespace saduak {

namespace {

TranslatableText deviceText(const char *source)
{
    return TranslatableText("saduak::DeviceCommands", source);
}

HubReply storageFailed()
{
    return HubReply::error(u"storage"_s,
        deviceText(QT_TRANSLATE_NOOP("saduak::DeviceCommands",
            "The branch hub could not read or save its devices. Please try again.")));
}

QJsonValue msOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(ms) : QJsonValue(QJsonValue::Null);
}

QJsonObject deviceJson(const PairedDevice &d, bool connected)
{
    return {{u"id"_s, d.device.id}, {u"name"_s, d.device.name},
        {u"role"_s, toString(d.device.role)},
        {u"counter"_s,
            d.device.counterNumber > 0 ? QJsonValue(d.device.counterNumber)
                                       : QJsonValue(QJsonValue::Null)},
        {u"pairedAt"_s, d.pairedAtMs}, {u"revokedAt"_s, msOrNull(d.revokedAtMs)},
        {u"lastContact"_s, msOrNull(d.lastContactMs)},
        {u"version"_s,
            d.clientVersion.isEmpty() ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(d.clientVersion)},
        {u"connected"_s, connected}};
}

} // namespace

DeviceCommands::DeviceCommands(Database &db, DeviceStore &devices, CommandTable &table,
    std::function<qint64()> clock, QObject *parent)
    : QObject(parent), m_db(db), m_devices(devices), m_clock(std::move(clock))
{
    using Type = CommandField::Type;
    const QList<DeviceRole> supervisor {DeviceRole::Supervisor};
    const CommandField device {u"device"_s, Type::String, true, 100};
    const auto run = [this](Change change) {
        return [this, change](const Device &at, const QJsonObject &message, const QString &,
                   const StaffMember *person) { return this->change(change, at, person, message); };
    };
    HubCommand devicesCommand {u"devices"_s, supervisor, {}, false,
        u"every paired device: role, counter, last contact, version, connected"_s,
        [this](const Device &, const QJsonObject &, const QString &, const StaffMember *) {
            return list();
        },
        StaffRole::Supervisor};
    HubCommand rename {u"renameDevice"_s, supervisor,
        {device, {u"name"_s, Type::String, true, 100}}, false, u"a paired device's new name"_s,
        run(Change::Rename), StaffRole::Supervisor};
    HubCommand rebind {u"rebindDevice"_s, supervisor, {device, {u"counter"_s, Type::Integer}},
        false, u"a counter PC bound to another counter"_s, run(Change::Rebind),
        StaffRole::Supervisor};
    HubCommand revoke {u"revokeDevice"_s, supervisor, {device}, false,
        u"a device's pairing revoked: its connections closed, its token opens nothing"_s,
        run(Change::Revoke), StaffRole::Supervisor};
    QString why;
    if (!table.add(std::move(devicesCommand), &why) || !table.add(std::move(rename), &why)
        || !table.add(std::move(rebind),
            {{u"counter"_s, [](const QJsonValue &v) { return v.toInteger() >= 1; }}}, &why)
        || !table.add(std::move(revoke), &why))
        qCWarning(lcHub) << "device command not served:" << why;
}

void DeviceCommands::setConnectedDevices(std::function<QSet<QString>()> connected)
{
    m_connected = std::move(connected);
}

qint64 DeviceCommands::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

HubReply DeviceCommands::list() const
{
    QString why;
    const QList<PairedDevice> devices = m_devices.list(&why);
    if (!why.isEmpty()) {
        qCWarning(lcHub) << "devices not listed:" << why;
        return storageFailed();
    }
    const QSet<QString> connected = m_connected ? m_connected() : QSet<QString>();
    QJsonArray out;
    for (const PairedDevice &d : devices)
        out.append(deviceJson(d, connected.contains(d.device.id)));
    return {QJsonObject {{u"devices"_s, out}}, {}, {}, {}};
}

HubReply DeviceCommands::change(
    Change change, const Device &at, const StaffMember *person, const QJsonObject &message)
{
    const QString id = message.value(u"device"_s).toString();
    const qint64 atMs = now();
    WriteTransaction tx(m_db.connection());
    QString why;
    const std::optional<PairedDevice> before = tx.isActive() ? m_devices.find(id, &why) : std::nullopt;
    if (!tx.isActive() || !why.isEmpty()) {
        qCWarning(lcHub) << "device not changed:" << why << tx.errorText();
        return storageFailed();
    }
    if (!before || (before->revokedAtMs > 0 && change != Change::Revoke))
        return HubReply::error(u"unknownDevice"_s,
            deviceText(QT_TRANSLATE_NOOP("saduak::DeviceCommands",
                           "There is no paired device with the id %1, or its pairing was revoked."))
                .arg(id));
    const QSet<QString> connected = m_connected ? m_connected() : QSet<QString>();
    if (before->revokedAtMs > 0) // revoked already: a resend after a lost reply changes nothing
        return {QJsonObject {{u"device"_s, deviceJson(*before, false)}}, {}, {}, {}};

    // The staff audit's row: where it was done (the supervisor's PC) and who did it; with what
    // changed — the device (target) and its old and new name or counter.
    StaffAudit row;
    row.atMs = atMs;
    row.device = at.id;
    row.deviceRole = toString(at.role);
    row.counter = at.counterNumber;
    row.user = person ? person->userName : QString();
    QString &action = row.action;
    QJsonObject details {{u"target"_s, id}};
    PairedDevice after = *before;
    bool changed = false;
    switch (change) {
    case Change::Rename: {
        const QString name = message.value(u"name"_s).toString().trimmed();
        if (name.isEmpty())
            return HubReply::error(u"badRequest"_s,
                deviceText(QT_TRANSLATE_NOOP("saduak::DeviceCommands", "The device needs a name.")));
        if (name == before->device.name)
            break;
        action = u"deviceRenamed"_s;
        details.insert(u"oldName"_s, before->device.name);
        details.insert(u"newName"_s, name);
        after.device.name = name;
        changed = m_devices.rename(id, name, &why);
        break;
    }
    case Change::Rebind: {
        if (before->device.role != DeviceRole::Counter)
            return HubReply::error(u"badRequest"_s,
                deviceText(QT_TRANSLATE_NOOP("saduak::DeviceCommands",
                    "Only a counter PC is bound to a counter; this device is not one.")));
        const int counter = int(message.value(u"counter"_s).toInteger());
        if (counter == before->device.counterNumber)
            break;
        // A PC bound to a counter the branch does not have could do nothing but be refused.
        const QList<Counter> counters = CatalogStore(m_db).counters();
        if (std::none_of(counters.cbegin(), counters.cend(),
                [counter](const Counter &c) { return c.number == counter; }))
            return HubReply::error(u"counterNotFound"_s,
                deviceText(QT_TRANSLATE_NOOP("saduak::DeviceCommands",
                    "The branch has no counter %1. Choose one of the branch's counters."))
                    .arg(counter));
        action = u"deviceRebound"_s;
        details.insert(u"oldCounter"_s, before->device.counterNumber);
        details.insert(u"newCounter"_s, counter);
        after.device.counterNumber = counter;
        changed = m_devices.rebind(id, counter, &why);
        break;
    }
    case Change::Revoke:
        // Revoking the PC one works at would lock its supervisor out mid-action; another
        // supervisor's PC, or the hub's operator (saduak-hub revoke-device), may.
        if (id == at.id)
            return HubReply::error(u"forbidden"_s,
                deviceText(QT_TRANSLATE_NOOP("saduak::DeviceCommands",
                    "You cannot revoke the PC you are working at. Revoke it from another "
                    "supervisor's PC, or with saduak-hub revoke-device.")));
        action = u"deviceRevoked"_s;
        details.insert(u"name"_s, before->device.name);
        after.revokedAtMs = atMs;
        changed = m_devices.revokeIn(id, &why);
        break;
    }
    if (action.isEmpty()) // asked for what it already is: nothing to do or audit
        return {QJsonObject {{u"device"_s, deviceJson(*before, connected.contains(id))}}, {}, {},
            {}};
    QJsonObject payload = row.toPayload();
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        payload.insert(it.key(), it.value());
    if (!changed
        || Outbox::append(m_db, {{}, StaffAudit::kind(), payload, atMs}, &why).isEmpty()
        || !tx.commit()) {
        qCWarning(lcHub) << "device not changed:" << why << tx.errorText();
        return storageFailed();
    }
    Q_EMIT audited();
    qCInfo(lcHub).noquote() << action << id << "by" << at.name;
    // Connected until HubServer closes it (within a second) after a revocation or a rebinding.
    return {QJsonObject {{u"device"_s, deviceJson(after, connected.contains(id))}}, {}, {}, {}};
}

} // namespace saduak
