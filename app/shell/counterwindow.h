#pragma once

#include "counteractions.h"
#include "modewindow.h"

#include <queuelink/queuelink.h>
#include <queuemodel/queuesnapshot.h>

#include <QHash>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace saduak {

class LogInPanel;
class ModuleArea;
class StaffLogIn;
struct QueueReply;

// The counter officer's screen: which counter this PC is, opening, pausing and closing it, the
// ticket at the counter (from the queue's snapshot, so two PCs on one counter agree) with the
// actions on it, how many wait for what it serves, and the module area where the services'
// modules do their work. Every action goes to the queue (ShellContext::queue); a refusal is shown
// inline with the hub's reason and never blocks the officer. Where the hub wants a person logged in
// and nobody is, the log-in form stands in place of the counter's controls (StaffLogIn decides);
// the person logged in is named in the header with "Switch officer" and "Log out".
class CounterWindow : public ModeWindow
{
    Q_OBJECT
public:
    explicit CounterWindow(const ShellContext &context, QWidget *parent = nullptr);

    int counterNumber() const;
    // The actions as the window offers them now (for tests and the status of the buttons).
    CounterActions enabledActions() const { return m_enabled; }

protected:
    void retranslateUi() override;
    void showCatalog() override;

private:
    QAction *addCounterAction(const QString &objectName, const QKeySequence &shortcut);
    void showQueue(); // the counter, its ticket and its services, from the snapshot
    void showCounterNames(); // the picker's, in the screen's language
    void showServices(const std::optional<QueueSnapshot::CounterStatus> &status);
    void showTicket(const std::optional<Ticket> &ticket);
    void showLinkState();
    void showStaff(); // who is logged in, or the log-in form in place of the controls
    void followBoundCounter();
    void showSyncState();
    void syncNow(); // asks the hub to send to central at once
    void updateActions();
    void retranslateActions();
    void fillTransferMenu();
    std::optional<QueueSnapshot::CounterStatus> counterStatus() const;
    QStringList chosenServices() const;
    QString serviceName(const QString &code) const;

    // Sends a command and shows its refusal; the snapshot that follows the event redraws the rest.
    void run(const std::function<void(std::function<void(const QueueReply &)>)> &send);
    void ticketCommand(const QString &type);
    void showMessage(const QString &text, bool problem);
    void editCallOrder(); // Counter ▸ Call order…: the counter's call profile

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_counterMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_callNextAction = nullptr;
    QAction *m_recallAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_finishAction = nullptr;
    QAction *m_noShowAction = nullptr;
    QAction *m_parkAction = nullptr;
    QAction *m_transferAction = nullptr;
    QAction *m_callOrderAction = nullptr;
    QAction *m_switchOfficerAction = nullptr;
    QAction *m_logOutAction = nullptr;
    QMenu *m_pauseMenu = nullptr;
    QMenu *m_transferMenu = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QToolButton *m_transferButton = nullptr;

    QLabel *m_branchLabel = nullptr;
    QLabel *m_counterLabel = nullptr;
    QComboBox *m_counterPicker = nullptr;
    QLabel *m_counterState = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_ticketTitle = nullptr;
    QLabel *m_ticketNumber = nullptr;
    QLabel *m_ticketService = nullptr;
    QLabel *m_ticketDetails = nullptr;
    QLabel *m_servicesTitle = nullptr;
    QListWidget *m_services = nullptr;
    QLabel *m_waitingTotal = nullptr;
    ModuleArea *m_moduleArea = nullptr;
    QLabel *m_statusLink = nullptr;
    QLabel *m_statusModules = nullptr;
    QLabel *m_statusSync = nullptr; // the push to central; hidden when there is none
    QToolButton *m_syncNow = nullptr; // "send now": beside it, while rows wait
    QLabel *m_staffLabel = nullptr; // "name · role" of the person logged in
    QList<QToolButton *> m_staffButtons; // "Switch officer" and "Log out" in the header
    QStackedWidget *m_pages = nullptr; // the counter's controls, or the log-in form
    QWidget *m_counterPage = nullptr;
    LogInPanel *m_logInPanel = nullptr;
    StaffLogIn *m_logIn = nullptr;

    CounterActions m_enabled;
    std::optional<Ticket> m_ticket; // the ticket at this counter, as last shown
    bool m_commandInFlight = false;
    // The last refusal shown, kept so a language switch shows it again in the new language.
    std::optional<QueueReply> m_refusal;
    // Services the officer ticked for the next opening, per counter; absent: all it may serve.
    QHash<int, QStringList> m_chosenServices;
};

} // namespace saduak
