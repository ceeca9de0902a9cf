#include "devicelistmodel.h"

#include <domain/bangkoktime.h>

#include <QCoreApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// Enum to text in one table (STYLE.md), in the context every screen may share.
struct RoleText
{
    DeviceRole role;
    const char *text;
};

constexpr RoleText kRoleTexts[] = {
    {DeviceRole::Counter, QT_TRANSLATE_NOOP("saduak::DeviceRole", "Counter PC")},
    {DeviceRole::Kiosk, QT_TRANSLATE_NOOP("saduak::DeviceRole", "Kiosk")},
    {DeviceRole::Display, QT_TRANSLATE_NOOP("saduak::DeviceRole", "Display board")},
    {DeviceRole::Supervisor, QT_TRANSLATE_NOOP("saduak::DeviceRole", "Supervisor's PC")},
};

qint64 msOrZero(const QJsonValue &value)
{
    return value.isDouble() ? value.toInteger() : 0;
}

} // namespace

PairedDeviceRow PairedDeviceRow::fromJson(const QJsonObject &device)
{
    PairedDeviceRow row;
    row.id = device.value(u"id"_s).toString();
    row.name = device.value(u"name"_s).toString();
    row.roleWord = device.value(u"role"_s).toString();
    row.role = deviceRoleFromString(row.roleWord);
    row.counter = device.value(u"counter"_s).toInt();
    row.lastContactMs = msOrZero(device.value(u"lastContact"_s));
    row.revokedAtMs = msOrZero(device.value(u"revokedAt"_s));
    row.version = device.value(u"version"_s).toString();
    row.connected = device.value(u"connected"_s).toBool();
    return row;
}

DeviceListModel::DeviceListModel(QObject *parent) : QAbstractTableModel(parent) { }

void DeviceListModel::setLanguage(Language language)
{
    m_language = language;
    retranslate();
}

void DeviceListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_devices.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void DeviceListModel::setDevices(const QList<PairedDeviceRow> &devices)
{
    beginResetModel();
    m_devices = devices;
    endResetModel();
}

void DeviceListModel::updateDevice(const PairedDeviceRow &device)
{
    const int row = rowOf(device.id);
    if (row < 0) {
        beginInsertRows({}, rowCount(), rowCount());
        m_devices.append(device);
        endInsertRows();
        return;
    }
    m_devices[row] = device;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int DeviceListModel::rowOf(const QString &deviceId) const
{
    for (int i = 0; i < m_devices.size(); ++i)
        if (m_devices.at(i).id == deviceId)
            return i;
    return -1;
}

QString DeviceListModel::roleText(const PairedDeviceRow &device)
{
    for (const RoleText &t : kRoleTexts)
        if (device.role == t.role)
            return QCoreApplication::translate("saduak::DeviceRole", t.text);
    return device.roleWord;
}

QString DeviceListModel::stateText(const PairedDeviceRow &device) const
{
    if (device.revokedAtMs > 0)
        return tr("Revoked %1").arg(BangkokTime::formatDateTime(device.revokedAtMs, m_language));
    return device.connected ? tr("Connected") : tr("Not connected");
}

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DeviceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_devices.size())
        return {};
    const PairedDeviceRow &d = m_devices.at(index.row());
    if (role == DeviceIdRole)
        return d.id;
    if (role == Qt::ForegroundRole && d.revokedAtMs > 0)
        return QVariant::fromValue(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return d.name;
    case RoleColumn:
        return roleText(d);
    case CounterColumn:
        return d.counter > 0 ? QString::number(d.counter) : QString();
    case StateColumn:
        return stateText(d);
    case LastContactColumn:
        // A device connected now is in contact now; the hub writes the time at hello and at the
        // end of a connection only.
        if (d.connected)
            return tr("Now");
        return d.lastContactMs > 0 ? BangkokTime::formatDateTime(d.lastContactMs, m_language)
                                   : tr("Never");
    case VersionColumn:
        return d.version.isEmpty() ? tr("Unknown") : d.version;
    default:
        return {};
    }
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case CounterColumn:
        return tr("Counter");
    case StateColumn:
        return tr("Connection");
    case LastContactColumn:
        return tr("Last contact");
    case VersionColumn:
        return tr("Version");
    default:
        return {};
    }
}

} // namespace saduak
