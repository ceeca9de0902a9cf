#pragma once

#include <queuelink/queuelink.h>
#include <shell/modewindow.h>

#include <functional>
#include <optional>

class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace saduak {

class LogInPanel;
class QueueDashboard;
class StaffLogIn;

// The supervisor's screen (`saduak --mode supervisor`): a tab for each job — the live queue first
// (the dashboard), then the panels (devices, management, …). Where the hub wants a person logged in
// and nobody is, the log-in form stands in place of the tabs (StaffLogIn decides, as at the counter
// screen); the person logged in is named in the header with "Switch officer" and "Log out".
//
// A panel is a plain QWidget made with the queue link; it is added by one line in the constructor
// (addPanel). If it has a public slot `retranslateUi(saduak::Language)`, the window calls it when
// the panel is added and on every language switch.
class SupervisorWindow : public ModeWindow
{
    Q_OBJECT
public:
    explicit SupervisorWindow(const ShellContext &context, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QueueDashboard *dashboard() const { return m_dashboard; }
    // Where "Export report…" saves: asks the person (a file dialog) unless a test says.
    using SavePathChooser = std::function<QString(const QString &suggestedName)>;
    void setSavePathChooser(SavePathChooser chooser) { m_choosePath = std::move(chooser); }
    QString exportResult() const; // the sentence said after the last export; empty: none yet

protected:
    void retranslateUi() override;

private:
    // title: a QT_TR_NOOP source in this class's context, translated on every language switch.
    void addPanel(QWidget *panel, const char *title);
    void retranslatePanel(QWidget *panel);
    void showStaff(); // who is logged in, or the log-in form in place of the tabs
    // A counter officer logged in here: the screen is not theirs. The hub's own refusal of a
    // supervisor's command is shown with it, so what they read is what the hub holds.
    void showNotForCounterOfficers();
    void exportReport(); // "Export report…": the period and format, the file, the hub's report
    void showExportResult(bool ok, const QString &message);

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_switchOfficerAction = nullptr;
    QAction *m_logOutAction = nullptr;
    QAction *m_exportAction = nullptr;
    QToolButton *m_exportButton = nullptr;
    QLabel *m_exportResult = nullptr;
    SavePathChooser m_choosePath;
    bool m_exporting = false;
    QString m_exportFor; // who asked for the export said last: it goes when another person is here

    QLabel *m_branchLabel = nullptr;
    QLabel *m_staffLabel = nullptr;
    QList<QToolButton *> m_staffButtons;
    QStackedWidget *m_pages = nullptr; // the tabs, or the log-in form
    QTabWidget *m_tabs = nullptr;
    QueueDashboard *m_dashboard = nullptr;
    LogInPanel *m_logInPanel = nullptr;
    QWidget *m_notForYou = nullptr; // in place of the tabs for a counter officer
    QLabel *m_notForYouTitle = nullptr;
    QLabel *m_notForYouText = nullptr;
    QLabel *m_hubRefusal = nullptr;
    QList<QToolButton *> m_notForYouButtons;
    std::optional<QueueReply> m_refusal; // the hub's, kept for a language switch
    QString m_refusalFor; // the user it was asked for
    StaffLogIn *m_logIn = nullptr;
    QList<const char *> m_tabTitles; // per tab, untranslated
};

} // namespace saduak
