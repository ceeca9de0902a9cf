#pragma once

#include <domain/devicerole.h>
#include <domain/language.h>

#include <QAbstractTableModel>
#include <QJsonObject>
#include <optional>

namespace saduak {

// One paired device as the hub's `devices` command lists it (docs/hub-protocol.md "Managing
// devices").
struct PairedDeviceRow
{
    QString id;
    QString name;
    std::optional<DeviceRole> role; // nullopt: a role this program does not know
    QString roleWord; // as the hub sent it, shown when the role is unknown here
    int counter = 0; // 0: not a counter PC
    qint64 lastContactMs = 0; // 0: never connected
    qint64 revokedAtMs = 0; // 0: its token is valid
    QString version;
    bool connected = false;

    static PairedDeviceRow fromJson(const QJsonObject &device);
};

// The devices panel's table: name, role, counter, whether it is connected (or revoked), last
// contact (Bangkok time, Buddhist-Era year in Thai) and version. Texts in the language installed
// now; the panel calls retranslate() on a language switch.
class DeviceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        RoleColumn,
        CounterColumn,
        StateColumn,
        LastContactColumn,
        VersionColumn,
        ColumnCount
    };
    static constexpr int DeviceIdRole = Qt::UserRole + 1;

    explicit DeviceListModel(QObject *parent = nullptr);

    void setLanguage(Language language);
    void retranslate(); // headers and words in the language installed now

    // The hub's list, whole: rows keep their order (oldest pairing first).
    void setDevices(const QList<PairedDeviceRow> &devices);
    // One device after a change (a change command's reply): its row updated in place.
    void updateDevice(const PairedDeviceRow &device);

    const QList<PairedDeviceRow> &devices() const { return m_devices; }
    int rowOf(const QString &deviceId) const; // -1: not listed

    // A device role as a person reads it ("Counter PC"), in the language installed now.
    static QString roleText(const PairedDeviceRow &device);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateText(const PairedDeviceRow &device) const;

    Language m_language = Language::Thai;
    QList<PairedDeviceRow> m_devices;
};

} // namespace saduak
