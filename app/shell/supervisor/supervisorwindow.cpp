#include "supervisorwindow.h"

#include "deadletterspanel.h"
#include "devicespanel.h"
#include "exportreportdialog.h"
#include "queuedashboard.h"
#include "reportexport.h"
#include "servicespanel.h"
#include "supervisortheme.h"

#include <shell/appsettings.h>
#include <shell/loginpanel.h>
#include <shell/stafflogin.h>
#include <shell/staffroletext.h>

#include <queuelink/queuelink.h>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMetaMethod>
#include <QPointer>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak {

SupervisorWindow::SupervisorWindow(const ShellContext &context, QWidget *parent)
    : ModeWindow(context, parent)
{
    setObjectName(u"supervisorWindow"_s);
    resize(1280, 800);

    m_logIn = new StaffLogIn(context.queue, this);
    m_switchOfficerAction = new QAction(this);
    m_switchOfficerAction->setObjectName(u"switchOfficerAction"_s);
    connect(m_switchOfficerAction, &QAction::triggered, m_logIn, &StaffLogIn::switchOfficer);
    m_logOutAction = new QAction(this);
    m_logOutAction->setObjectName(u"logOutAction"_s);
    connect(m_logOutAction, &QAction::triggered, m_logIn, [this] { m_logIn->logOut(); });

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(u"exportReportAction"_s);
    connect(m_exportAction, &QAction::triggered, this, &SupervisorWindow::exportReport);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_switchOfficerAction, m_logOutAction});
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(findChild<QAction *>(u"toggleLanguageAction"_s));
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(findChild<QAction *>(u"aboutAction"_s));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *header = new QHBoxLayout;
    m_branchLabel = new QLabel(central);
    m_branchLabel->setObjectName(u"branchLabel"_s);
    m_branchLabel->setStyleSheet(u"font-size: 18pt; font-weight: bold;"_s);
    header->addWidget(m_branchLabel, 1);
    m_exportButton = new QToolButton(central);
    m_exportButton->setDefaultAction(m_exportAction);
    m_exportButton->setObjectName(u"exportReportButton"_s);
    header->addWidget(m_exportButton);
    header->addSpacing(16);
    m_staffLabel = new QLabel(central);
    m_staffLabel->setObjectName(u"staffLabel"_s);
    m_staffLabel->setStyleSheet(u"font-size: 12pt; font-weight: bold; padding: 0 6px;"_s);
    header->addWidget(m_staffLabel);
    for (QAction *a : {m_switchOfficerAction, m_logOutAction}) {
        auto *button = new QToolButton(central);
        button->setDefaultAction(a);
        button->setObjectName(a->objectName().replace(u"Action"_s, u"Button"_s));
        header->addWidget(button);
        m_staffButtons.append(button);
    }
    layout->addLayout(header);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(u"supervisorPages"_s);
    m_tabs = new QTabWidget(m_pages);
    m_tabs->setObjectName(u"supervisorTabs"_s);
    m_pages->addWidget(m_tabs);
    m_logInPanel = new LogInPanel(m_pages);
    m_pages->addWidget(m_logInPanel);
    m_notForYou = new QWidget(m_pages);
    m_notForYou->setObjectName(u"notForCounterOfficers"_s);
    auto *notForYou = new QVBoxLayout(m_notForYou);
    notForYou->addStretch(1);
    m_notForYouTitle = new QLabel(m_notForYou);
    m_notForYouTitle->setStyleSheet(u"font-size: 18pt; font-weight: bold;"_s);
    m_notForYouTitle->setAlignment(Qt::AlignCenter);
    notForYou->addWidget(m_notForYouTitle);
    m_notForYouText = new QLabel(m_notForYou);
    m_notForYouText->setObjectName(u"notForYouText"_s);
    m_notForYouText->setWordWrap(true);
    m_notForYouText->setAlignment(Qt::AlignCenter);
    m_notForYouText->setStyleSheet(u"font-size: 13pt;"_s);
    notForYou->addWidget(m_notForYouText);
    m_hubRefusal = new QLabel(m_notForYou);
    m_hubRefusal->setObjectName(u"hubRefusal"_s);
    m_hubRefusal->setWordWrap(true);
    m_hubRefusal->setAlignment(Qt::AlignCenter);
    m_hubRefusal->setStyleSheet(SupervisorTheme::messageStyle(true));
    notForYou->addWidget(m_hubRefusal);
    auto *notForYouButtons = new QHBoxLayout;
    notForYouButtons->addStretch(1);
    for (QAction *a : {m_switchOfficerAction, m_logOutAction}) {
        auto *button = new QToolButton(m_notForYou);
        button->setDefaultAction(a);
        button->setObjectName(a->objectName().replace(u"Action"_s, u"PageButton"_s));
        button->setMinimumHeight(44);
        notForYouButtons->addWidget(button);
        m_notForYouButtons.append(button);
    }
    notForYouButtons->addStretch(1);
    notForYou->addLayout(notForYouButtons);
    notForYou->addStretch(2);
    m_pages->addWidget(m_notForYou);
    connect(m_logInPanel, &LogInPanel::logInRequested, m_logIn, &StaffLogIn::logIn);
    connect(m_logInPanel, &LogInPanel::cancelRequested, m_logIn, &StaffLogIn::cancelSwitch);
    connect(m_logIn, &StaffLogIn::changed, this, &SupervisorWindow::showStaff);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    // What the last export did, where it stays readable until the next one.
    m_exportResult = new QLabel(this);
    m_exportResult->setObjectName(u"exportResult"_s);
    m_exportResult->setWordWrap(true);
    m_exportResult->hide();
    statusBar()->addWidget(m_exportResult, 1);

    // The panels, one line each (the first is the live queue).
    m_dashboard = new QueueDashboard(*context.queue, context.services, m_tabs);
    addPanel(m_dashboard, QT_TR_NOOP("Queue"));
    addPanel(new ServicesPanel(*context.queue, m_tabs), QT_TR_NOOP("Services"));
    addPanel(new DevicesPanel(*context.queue, m_tabs), QT_TR_NOOP("Devices"));
    addPanel(new DeadLettersPanel(*context.queue, m_tabs), QT_TR_NOOP("Refused rows"));

    retranslateUi();
}

void SupervisorWindow::addPanel(QWidget *panel, const char *title)
{
    m_tabs->addTab(panel, tr(title));
    m_tabTitles.append(title);
    retranslatePanel(panel);
}

void SupervisorWindow::retranslatePanel(QWidget *panel)
{
    const QMetaObject *meta = panel->metaObject();
    if (meta->indexOfSlot("retranslateUi(saduak::Language)") >= 0)
        QMetaObject::invokeMethod(
            panel, "retranslateUi", Qt::DirectConnection, Q_ARG(saduak::Language, language()));
}

void SupervisorWindow::showStaff()
{
    const QueueLink *queue = context().queue;
    const std::optional<StaffIdentity> staff = queue ? queue->staff() : std::nullopt;
    m_staffLabel->setText(
        staff ? staff->name + u" · "_s + staffRoleText(staff->role) : QString());
    m_staffLabel->setVisible(staff.has_value());
    // The sentence about the last export (its file, its day) is for the person who asked for it,
    // not for the next one logged in at this PC.
    if (!m_exporting && (staff ? staff->user : QString()) != m_exportFor)
        showExportResult(true, QString());
    m_switchOfficerAction->setEnabled(staff && !m_logIn->busy() && !m_logIn->switching());
    m_logOutAction->setEnabled(staff && !m_logIn->busy());
    const bool staffed = staff && queue->needsLogIn();
    // The e-report is a supervisor's: offered to whom the hub would give it.
    const bool supervisor = !queue || !queue->needsLogIn()
        || (staff && staffRoleCovers(staff->role, StaffRole::Supervisor));
    m_exportAction->setVisible(supervisor);
    m_exportButton->setVisible(supervisor);
    m_exportAction->setEnabled(supervisor && !m_exporting);
    m_switchOfficerAction->setVisible(staffed);
    m_logOutAction->setVisible(staffed);
    // A counter officer's page has its own, larger ones: not twice on one screen.
    for (QToolButton *button : std::as_const(m_staffButtons))
        button->setVisible(staffed && staff->role != StaffRole::Counter);

    const bool asking = m_logIn->asking();
    const bool wasAsking = m_pages->currentWidget() == m_logInPanel;
    m_logInPanel->setSwitching(m_logIn->switching());
    m_logInPanel->setBusy(m_logIn->busy());
    m_logInPanel->setMessage(m_logIn->message(), m_logIn->messageIsProblem());
    // The supervisor's work is for supervisors and administrators: a counter officer gets a page
    // saying so instead of the tabs (the hub would refuse them the rest anyway).
    const bool counterOfficer = staffed && staff->role == StaffRole::Counter;
    QWidget *work = counterOfficer ? m_notForYou : static_cast<QWidget *>(m_tabs);
    if (asking && !wasAsking) {
        m_logInPanel->clear();
        m_pages->setCurrentWidget(m_logInPanel);
        m_logInPanel->focusForm();
    } else if (!asking) {
        if (wasAsking)
            m_logInPanel->clear(); // the next person finds an empty form
        m_pages->setCurrentWidget(work);
    } else if (!m_logIn->busy()) {
        m_logInPanel->focusForm();
    }
    if (counterOfficer)
        showNotForCounterOfficers();
}

void SupervisorWindow::showNotForCounterOfficers()
{
    const std::optional<StaffIdentity> &staff = context().queue->staff();
    if (!staff)
        return;
    m_notForYouTitle->setText(tr("This screen is for supervisors"));
    m_notForYouText->setText(
        tr("%1 is logged in as a counter officer. The supervisor's screen shows the queue and "
           "manages the branch; please log out, or let a supervisor log in.")
            .arg(staff->name));
    m_hubRefusal->setText(m_refusal ? m_refusal->shownMessage() : QString());
    m_hubRefusal->setVisible(m_refusal.has_value());
    if (m_refusalFor == staff->user)
        return;
    // Once per person: the hub's answer to a supervisor's command, in its words.
    m_refusalFor = staff->user;
    m_refusal.reset();
    QPointer<SupervisorWindow> self(this);
    context().queue->command(
        u"recentDays"_s, QJsonObject {{u"days"_s, 1}}, [self](const QJsonObject &reply) {
            const QueueReply r = QueueReply::fromJson(reply);
            if (!self || r.ok)
                return;
            self->m_refusal = r;
            self->showNotForCounterOfficers();
        });
}

void SupervisorWindow::exportReport()
{
    const QDate today = QDate::fromString(m_dashboard->businessDay(), Qt::ISODate);
    auto *dialog = new ExportReportDialog(
        today.isValid() ? today : QDate::currentDate(), language(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ReportExport::Request request;
        request.from = dialog->from();
        request.to = dialog->to();
        request.format = dialog->format();
        request.language = language();
        request.services = context().services;
        if (context().settings)
            request.centerName = context().settings->centerName(language());
        const QString suggested
            = ReportExport::suggestedFileName(request.from, request.to, request.format);
        if (m_choosePath) {
            request.path = m_choosePath(suggested);
        } else {
            const QString folder
                = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            request.path = QFileDialog::getSaveFileName(this, tr("Save the report"),
                QDir(folder).filePath(suggested),
                request.format == ExportReportDialog::Format::Csv ? tr("CSV files (*.csv)")
                                                                  : tr("PDF files (*.pdf)"));
        }
        if (request.path.isEmpty())
            return; // the person changed their mind
        m_exporting = true;
        m_exportFor = context().queue->staff() ? context().queue->staff()->user : QString();
        m_exportAction->setEnabled(false);
        showExportResult(true, tr("Making the report…"));
        QPointer<SupervisorWindow> self(this);
        ReportExport::run(*context().queue, request, [self](bool ok, const QString &message) {
            if (!self)
                return;
            self->m_exporting = false;
            self->showExportResult(ok, message);
            self->showStaff();
        });
    });
    dialog->open();
}

void SupervisorWindow::showExportResult(bool ok, const QString &message)
{
    m_exportResult->setText(message);
    m_exportResult->setStyleSheet(SupervisorTheme::messageStyle(!ok));
    m_exportResult->setVisible(!message.isEmpty());
}

QString SupervisorWindow::exportResult() const
{
    return m_exportResult->isHidden() ? QString() : m_exportResult->text();
}

void SupervisorWindow::retranslateUi()
{
    setScreenTitle(tr("Supervisor"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    if (auto *a = findChild<QAction *>(u"toggleLanguageAction"_s))
        a->setText(languageToggleText());
    if (auto *a = findChild<QAction *>(u"aboutAction"_s))
        a->setText(tr("&About Saduak"));
    m_switchOfficerAction->setText(tr("Switch officer"));
    m_switchOfficerAction->setToolTip(tr("Another person logs in at this PC"));
    m_logOutAction->setText(tr("Log out"));
    m_logOutAction->setToolTip(tr("Log out of this PC"));
    m_exportAction->setText(tr("Export report…"));
    m_exportAction->setToolTip(tr("Save the e-report of a day or a month as CSV or PDF"));
    if (context().settings)
        m_branchLabel->setText(context().settings->centerName(language()));
    for (int i = 0; i < m_tabs->count() && i < m_tabTitles.size(); ++i) {
        m_tabs->setTabText(i, tr(m_tabTitles.at(i)));
        retranslatePanel(m_tabs->widget(i));
    }
    m_logInPanel->retranslateUi();
    showStaff();
}

} // namespace saduak
