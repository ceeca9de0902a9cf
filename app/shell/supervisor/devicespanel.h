#pragma once

#include <domain/language.h>
#include <queuelink/queuelink.h>

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace saduak {

class DeviceListModel;
struct PairedDeviceRow;

// The supervisor's tab of the branch's paired devices (issue 16, item 2): every device the hub
// lists (`devices`, docs/hub-protocol.md "Managing devices") with its role, counter, connection,
// last contact and version; Rename…, Re-bind counter… and Revoke… on the selected one, sent as
// renameDevice, rebindDevice and revokeDevice. Shows and forwards: the hub decides, and its
// refusal is shown as it says it. Refreshed on demand, and every 10 s while the tab is shown.
//
// The dialogs are opened, not exec()'d (the window's event loop goes on: the list keeps
// refreshing behind them), and are children of the panel named renameDeviceDialog,
// rebindDeviceDialog and revokeDeviceDialog.
class DevicesPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 10'000;

    DevicesPanel(QueueLink &queue, QWidget *parent = nullptr);
    ~DevicesPanel() override;

    // How often the list is asked for while shown (kRefreshMs); tests shorten it.
    void setRefreshInterval(int ms);

    DeviceListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The row shown selected; nothing when none is.
    std::optional<PairedDeviceRow> selectedDevice() const;
    bool selectDevice(const QString &deviceId);

public Q_SLOTS:
    void refresh();
    void retranslateUi(saduak::Language language);
    void renameSelected();
    void rebindSelected();
    void revokeSelected();

Q_SIGNALS:
    // The list arrived from the hub (or its refusal: message() says it).
    void refreshed();
    // A change was answered (ok or refused).
    void changeAnswered(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void send(const QString &type, const QJsonObject &params);
    // What the message line says after a change that was done (worded when shown, so a
    // language switch words it again).
    enum class Done { Nothing, Changed, Revoked };
    void showReply(const QueueReply &reply, Done done, const QString &deviceName);
    void updateActions();
    void showMessage();
    // The re-bind dialog for d, offering the branch's counters.
    void chooseCounterFor(const PairedDeviceRow &d, const QList<Counter> &counters);

    QueueLink &m_queue;
    Language m_language = Language::Thai;
    DeviceListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_rebind = nullptr;
    QPushButton *m_revoke = nullptr;
    QTimer *m_timer = nullptr;
    bool m_listing = false; // a `devices` request is on its way
    // What the message line says: the hub's last refusal (shown again in the new language after a
    // switch), or what the last change did.
    std::optional<QueueReply> m_refusal;
    bool m_listRefused = false; // m_refusal is the list's, not a change's
    Done m_done = Done::Nothing;
    QString m_doneDevice;
};

} // namespace saduak
