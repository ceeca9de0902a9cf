#include "counterwindow.h"

#include "appsettings.h"
#include "callprofiledialog.h"
#include "linkstatus.h"
#include "loginpanel.h"
#include "modulearea.h"
#include "stafflogin.h"
#include "staffroletext.h"
#include "syncstatus.h"

#include <domain/bangkoktime.h>
#include <modulehost/deskstate.h>
#include <queuelink/queuelink.h>

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

Q_LOGGING_CATEGORY(lcCounter, "saduak.counter", QtWarningMsg)

// What the counter screen offers now, in words, for the log: a program driving the window from
// outside (the morning test, a kiosk-style automation) waits for the action it will press
// instead of guessing from the hub's state, which the window learns a moment later.
QString offeredText(const CounterActions &a)
{
    QStringList names;
    const std::pair<bool, const char16_t *> all[] = {{a.open, u"open"}, {a.pause, u"pause"},
        {a.resume, u"resume"}, {a.close, u"close"}, {a.callNext, u"callNext"},
        {a.recall, u"recall"}, {a.start, u"start"}, {a.finish, u"finish"},
        {a.noShow, u"noShow"}, {a.park, u"park"}, {a.transfer, u"transfer"}};
    for (const auto &[on, name] : all)
        if (on)
            names << QString::fromUtf16(name);
    return names.isEmpty() ? u"nothing"_s : names.join(u' ');
}

QString buttonStyle()
{
    return u"QToolButton { font-size: 13pt; padding: 6px 10px; min-height: 44px; }"
           "QToolButton:disabled { color: #9e9e9e; }"
           "QToolButton#callNextButton { font-size: 16pt; font-weight: bold; background: #1b5e20;"
           "  color: white; border-radius: 6px; }"
           "QToolButton#callNextButton:disabled { background: #c8d5c9; color: #f5f5f5; }"_s;
}

QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setObjectName(action->objectName().replace(u"Action"_s, u"Button"_s));
    return button;
}

} // namespace

CounterWindow::CounterWindow(const ShellContext &context, QWidget *parent)
    : ModeWindow(context, parent)
{
    setObjectName(u"counterWindow"_s);
    resize(1280, 800);

    // The actions first: the buttons, the Counter menu and the shortcuts all use them.
    m_openAction = addCounterAction(u"openCounterAction"_s, QKeySequence(Qt::Key_F9));
    m_pauseAction = addCounterAction(u"pauseCounterAction"_s, QKeySequence(Qt::Key_F10));
    m_resumeAction = addCounterAction(u"resumeCounterAction"_s, QKeySequence(Qt::Key_F11));
    // Shift: closing the counter by a slip of the finger would send citizens away.
    m_closeAction
        = addCounterAction(u"closeCounterAction"_s, QKeySequence(Qt::SHIFT | Qt::Key_F12));
    m_callNextAction = addCounterAction(u"callNextAction"_s, QKeySequence(Qt::Key_F2));
    m_recallAction = addCounterAction(u"recallAction"_s, QKeySequence(Qt::Key_F3));
    m_startAction = addCounterAction(u"startServiceAction"_s, QKeySequence(Qt::Key_F4));
    m_finishAction = addCounterAction(u"finishServiceAction"_s, QKeySequence(Qt::Key_F5));
    m_noShowAction = addCounterAction(u"noShowAction"_s, QKeySequence(Qt::Key_F6));
    m_parkAction = addCounterAction(u"parkAction"_s, QKeySequence(Qt::Key_F7));
    m_transferAction = addCounterAction(u"transferAction"_s, QKeySequence(Qt::Key_F8));

    m_pauseMenu = new QMenu(this);
    m_pauseMenu->setObjectName(u"pauseMenu"_s);
    for (const PauseReason reason :
        {PauseReason::Break, PauseReason::SystemDown, PauseReason::OtherWork}) {
        QAction *a = m_pauseMenu->addAction(QString());
        a->setData(int(reason));
        connect(a, &QAction::triggered, this, [this, reason] {
            const int counter = counterNumber();
            run([this, counter, reason](auto done) {
                this->context().queue->pauseCounter(counter, reason, std::move(done));
            });
        });
    }
    m_transferMenu = new QMenu(this);
    m_transferMenu->setObjectName(u"transferMenu"_s);
    // A supervisor's setting, so in the menu only, not among the officer's buttons.
    m_callOrderAction = new QAction(this);
    m_callOrderAction->setObjectName(u"callOrderAction"_s);
    connect(m_callOrderAction, &QAction::triggered, this, &CounterWindow::editCallOrder);
    // The person at this PC: a quick switch at a shared counter PC (the counter stays open), and
    // logging out.
    m_logIn = new StaffLogIn(context.queue, this);
    m_switchOfficerAction = new QAction(this);
    m_switchOfficerAction->setObjectName(u"switchOfficerAction"_s);
    connect(m_switchOfficerAction, &QAction::triggered, m_logIn, &StaffLogIn::switchOfficer);
    m_logOutAction = new QAction(this);
    m_logOutAction->setObjectName(u"logOutAction"_s);
    connect(m_logOutAction, &QAction::triggered, this, [this] {
        QPointer<CounterWindow> self(this);
        m_logIn->logOut([self](const QueueReply &reply) {
            // Still logged in: the reason, where the counter's refusals are shown.
            if (self && !reply.ok)
                self->showMessage(reply.shownMessage(), true);
        });
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_switchOfficerAction, m_logOutAction});
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    m_counterMenu = menuBar()->addMenu(QString());
    m_counterMenu->addActions({m_callNextAction, m_recallAction, m_startAction, m_finishAction,
        m_noShowAction, m_parkAction});
    m_counterMenu->addMenu(m_transferMenu);
    m_counterMenu->addSeparator();
    m_counterMenu->addAction(m_openAction);
    m_counterMenu->addMenu(m_pauseMenu);
    m_counterMenu->addActions({m_resumeAction, m_closeAction});
    m_counterMenu->addSeparator();
    m_counterMenu->addAction(m_callOrderAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(findChild<QAction *>(u"toggleLanguageAction"_s));
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(findChild<QAction *>(u"aboutAction"_s));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    // Header: branch, counter, the counter's state.
    auto *header = new QHBoxLayout;
    m_branchLabel = new QLabel(central);
    m_branchLabel->setObjectName(u"branchLabel"_s);
    m_branchLabel->setStyleSheet(u"font-size: 18pt; font-weight: bold;"_s);
    header->addWidget(m_branchLabel, 1);
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
    header->addSpacing(16);
    m_counterLabel = new QLabel(central);
    header->addWidget(m_counterLabel);
    m_counterPicker = new QComboBox(central);
    m_counterPicker->setObjectName(u"counterPicker"_s);
    for (const Counter &c : context.counters)
        m_counterPicker->addItem(QString(), c.number);
    const int saved = context.settings ? context.settings->counterNumber() : 1;
    m_counterPicker->setCurrentIndex(std::max(0, m_counterPicker->findData(saved)));
    // The modules' audit rows say where a card was read.
    if (context.desk) {
        context.desk->setScreen(Workplace::Screen::Counter);
        context.desk->setCounterNumber(counterNumber());
    }
    connect(m_counterPicker, &QComboBox::currentIndexChanged, this, [this] {
        // The embedded screen's PC follows its picker when a supervisor moves it.
        if (QueueLink *queue = this->context().queue; queue && queue->mayChooseCounter())
            queue->chooseCounter(counterNumber());
        if (this->context().settings)
            this->context().settings->setCounterNumber(counterNumber());
        if (this->context().desk)
            this->context().desk->setCounterNumber(counterNumber());
        showMessage({}, false);
        showQueue();
    });
    header->addWidget(m_counterPicker);
    m_counterState = new QLabel(central);
    m_counterState->setObjectName(u"counterStateLabel"_s);
    m_counterState->setStyleSheet(u"font-size: 13pt; font-weight: bold; padding: 4px 10px;"_s);
    header->addWidget(m_counterState);
    layout->addLayout(header);

    auto *splitter = new QSplitter(Qt::Horizontal, central);

    // Left: the counter, the ticket at it, the actions and what waits.
    auto *left = new QWidget(splitter);
    left->setStyleSheet(buttonStyle());
    auto *leftLayout = new QVBoxLayout(left);

    auto *counterButtons = new QHBoxLayout;
    counterButtons->addWidget(actionButton(m_openAction, left));
    m_pauseButton = actionButton(m_pauseAction, left);
    connect(m_pauseAction, &QAction::triggered, this, [this] {
        m_pauseMenu->popup(m_pauseButton->mapToGlobal(QPoint(0, m_pauseButton->height())));
    });
    counterButtons->addWidget(m_pauseButton);
    counterButtons->addWidget(actionButton(m_resumeAction, left));
    counterButtons->addWidget(actionButton(m_closeAction, left));
    leftLayout->addLayout(counterButtons);

    // Refusals are shown here, in the window, not in a dialog: the officer reads the reason and
    // goes on without having to dismiss anything.
    m_message = new QLabel(left);
    m_message->setObjectName(u"counterMessage"_s);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    leftLayout->addWidget(m_message);

    m_ticketTitle = new QLabel(left);
    m_ticketTitle->setStyleSheet(u"font-size: 14pt;"_s);
    leftLayout->addWidget(m_ticketTitle);
    m_ticketNumber = new QLabel(u"—"_s, left);
    m_ticketNumber->setObjectName(u"currentTicketLabel"_s);
    m_ticketNumber->setAlignment(Qt::AlignCenter);
    m_ticketNumber->setStyleSheet(u"font-size: 56pt; font-weight: bold; color: #1b5e20;"_s);
    leftLayout->addWidget(m_ticketNumber);
    m_ticketService = new QLabel(left);
    m_ticketService->setObjectName(u"currentTicketService"_s);
    m_ticketService->setAlignment(Qt::AlignCenter);
    m_ticketService->setWordWrap(true);
    m_ticketService->setStyleSheet(u"font-size: 15pt;"_s);
    leftLayout->addWidget(m_ticketService);
    m_ticketDetails = new QLabel(left);
    m_ticketDetails->setObjectName(u"currentTicketDetails"_s);
    m_ticketDetails->setAlignment(Qt::AlignCenter);
    m_ticketDetails->setWordWrap(true);
    m_ticketDetails->setStyleSheet(u"font-size: 12pt; color: #37474f;"_s);
    leftLayout->addWidget(m_ticketDetails);

    auto *ticketButtons = new QGridLayout;
    ticketButtons->addWidget(actionButton(m_callNextAction, left), 0, 0, 1, 3);
    ticketButtons->addWidget(actionButton(m_recallAction, left), 1, 0);
    ticketButtons->addWidget(actionButton(m_startAction, left), 1, 1);
    ticketButtons->addWidget(actionButton(m_finishAction, left), 1, 2);
    ticketButtons->addWidget(actionButton(m_noShowAction, left), 2, 0);
    ticketButtons->addWidget(actionButton(m_parkAction, left), 2, 1);
    m_transferButton = actionButton(m_transferAction, left);
    connect(m_transferAction, &QAction::triggered, this, [this] {
        m_transferMenu->popup(m_transferButton->mapToGlobal(QPoint(0, m_transferButton->height())));
    });
    ticketButtons->addWidget(m_transferButton, 2, 2);
    leftLayout->addLayout(ticketButtons);

    m_servicesTitle = new QLabel(left);
    m_servicesTitle->setStyleSheet(u"font-size: 14pt; margin-top: 12px;"_s);
    leftLayout->addWidget(m_servicesTitle);
    m_services = new QListWidget(left);
    m_services->setObjectName(u"counterServicesList"_s);
    m_services->setStyleSheet(u"font-size: 13pt;"_s);
    m_services->setWordWrap(true);
    m_services->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_services, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        // Only while the counter is closed are the ticks a choice (for the next opening).
        if (!(item->flags() & Qt::ItemIsUserCheckable))
            return;
        m_chosenServices.insert(counterNumber(), chosenServices());
        updateActions();
    });
    leftLayout->addWidget(m_services, 1);
    m_waitingTotal = new QLabel(left);
    m_waitingTotal->setObjectName(u"waitingTotalLabel"_s);
    m_waitingTotal->setStyleSheet(u"font-size: 13pt; font-weight: bold;"_s);
    leftLayout->addWidget(m_waitingTotal);
    splitter->addWidget(left);

    // Right: the modules.
    m_moduleArea = new ModuleArea(context, splitter);
    splitter->addWidget(m_moduleArea);
    splitter->setSizes({560, 720});
    // Nothing of the counter is offered while nobody is logged in: the form stands in its place.
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(u"counterPages"_s);
    m_counterPage = splitter;
    m_pages->addWidget(splitter);
    m_logInPanel = new LogInPanel(m_pages);
    m_pages->addWidget(m_logInPanel);
    connect(m_logInPanel, &LogInPanel::logInRequested, m_logIn, &StaffLogIn::logIn);
    connect(m_logInPanel, &LogInPanel::cancelRequested, m_logIn, &StaffLogIn::cancelSwitch);
    connect(m_logIn, &StaffLogIn::changed, this, &CounterWindow::showStaff);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_statusLink = new QLabel(this);
    m_statusLink->setObjectName(u"linkStateLabel"_s);
    statusBar()->addWidget(m_statusLink, 1);
    m_statusSync = new QLabel(this);
    m_statusSync->setObjectName(u"syncStateLabel"_s);
    m_statusSync->hide();
    statusBar()->addPermanentWidget(m_statusSync);
    m_syncNow = new QToolButton(this);
    m_syncNow->setObjectName(u"syncNowButton"_s);
    m_syncNow->hide();
    connect(m_syncNow, &QToolButton::clicked, this, &CounterWindow::syncNow);
    statusBar()->addPermanentWidget(m_syncNow);
    m_statusModules = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusModules);

    if (QueueLink *queue = context.queue) {
        connect(queue, &QueueLink::snapshotChanged, this, &CounterWindow::showQueue);
        connect(queue, &QueueLink::syncStateChanged, this, &CounterWindow::showSyncState);
        // What the person logged in may do is what the buttons offer.
        connect(queue, &QueueLink::staffChanged, this, [this] {
            // "Nobody is logged in" is answered by logging in, not kept on the counter's screen.
            if (m_refusal && m_refusal->code == u"notLoggedIn"_s && this->context().queue->staff()) {
                m_refusal.reset();
                showMessage({}, false);
            }
            followBoundCounter(); // whether who is logged in may move this PC
            updateActions();
            showSyncState();
        });
        connect(queue, &QueueLink::stateChanged, this, [this] {
            followBoundCounter();
            showLinkState();
            updateActions();
        });
    }

    retranslateUi(); // follows the bound counter, too
}

// A counter PC is paired with its counter, and the hub refuses it any other: once the hub has
// said which, the picker shows that counter and cannot be changed here. Only the embedded
// counter screen with a supervisor logged in may move its own PC (QueueLink::mayChooseCounter).
void CounterWindow::followBoundCounter()
{
    const QueueLink *queue = context().queue;
    const std::optional<int> bound = queue ? queue->boundCounter() : std::nullopt;
    if (!bound)
        return;
    int index = m_counterPicker->findData(*bound);
    if (index < 0) { // not in this PC's copy of the catalogue yet
        m_counterPicker->addItem(tr("Counter %1").arg(*bound), *bound);
        index = m_counterPicker->count() - 1;
    }
    m_counterPicker->setCurrentIndex(index);
    const bool movable = queue->mayChooseCounter();
    m_counterPicker->setEnabled(movable);
    m_counterPicker->setToolTip(movable
            ? tr("This PC works at counter %1. You may move it to another counter.").arg(*bound)
            : tr("This PC works at counter %1; a supervisor moves it to another counter.")
                  .arg(*bound));
}

QAction *CounterWindow::addCounterAction(const QString &objectName, const QKeySequence &shortcut)
{
    auto *action = new QAction(this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setEnabled(false);
    addAction(action); // the shortcut works wherever the focus is in this window
    if (objectName == u"openCounterAction"_s) {
        connect(action, &QAction::triggered, this, [this] {
            const int counter = counterNumber();
            const QStringList services = chosenServices();
            run([this, counter, services](auto done) {
                context().queue->openCounter(counter, services, std::move(done));
            });
        });
    } else if (objectName == u"resumeCounterAction"_s) {
        connect(action, &QAction::triggered, this, [this] {
            const int counter = counterNumber();
            // No services given: the hub reopens with those served before the pause.
            run([this, counter](
                    auto done) { context().queue->openCounter(counter, {}, std::move(done)); });
        });
    } else if (objectName == u"closeCounterAction"_s) {
        connect(action, &QAction::triggered, this, [this] {
            const int counter = counterNumber();
            run([this, counter](
                    auto done) { context().queue->closeCounter(counter, std::move(done)); });
        });
    } else if (objectName == u"callNextAction"_s) {
        connect(action, &QAction::triggered, this, [this] {
            const int counter = counterNumber();
            run([this, counter](
                    auto done) { context().queue->callNext(counter, std::move(done)); });
        });
    } else if (objectName == u"recallAction"_s) {
        connect(action, &QAction::triggered, this, [this] { ticketCommand(u"recall"_s); });
    } else if (objectName == u"startServiceAction"_s) {
        connect(action, &QAction::triggered, this, [this] { ticketCommand(u"startService"_s); });
    } else if (objectName == u"finishServiceAction"_s) {
        connect(action, &QAction::triggered, this, [this] { ticketCommand(u"finishService"_s); });
    } else if (objectName == u"noShowAction"_s) {
        connect(action, &QAction::triggered, this, [this] { ticketCommand(u"markNoShow"_s); });
    } else if (objectName == u"parkAction"_s) {
        connect(action, &QAction::triggered, this, [this] { ticketCommand(u"park"_s); });
    }
    return action;
}

int CounterWindow::counterNumber() const
{
    return m_counterPicker->currentData().toInt();
}

std::optional<QueueSnapshot::CounterStatus> CounterWindow::counterStatus() const
{
    const QueueLink *queue = context().queue;
    if (!queue || !queue->snapshot())
        return std::nullopt;
    for (const QueueSnapshot::CounterStatus &c : queue->snapshot()->counters)
        if (c.counter.number == counterNumber())
            return c;
    return std::nullopt;
}

QString CounterWindow::serviceName(const QString &code) const
{
    for (const Service &s : context().services)
        if (s.code == code)
            return s.name(language());
    return code;
}

QStringList CounterWindow::chosenServices() const
{
    QStringList codes;
    for (int i = 0; i < m_services->count(); ++i) {
        const QListWidgetItem *item = m_services->item(i);
        if (item->checkState() == Qt::Checked)
            codes << item->data(Qt::UserRole).toString();
    }
    return codes;
}

void CounterWindow::run(const std::function<void(std::function<void(const QueueReply &)>)> &send)
{
    if (!context().queue || m_commandInFlight)
        return;
    m_commandInFlight = true;
    updateActions();
    QPointer<CounterWindow> self(this);
    send([self](const QueueReply &reply) {
        if (!self)
            return;
        self->m_commandInFlight = false;
        if (reply.ok)
            self->m_refusal.reset();
        else
            self->m_refusal = reply;
        const QString why = reply.ok ? QString() : reply.shownMessage();
        self->showMessage(reply.ok || !why.isEmpty() ? why : reply.code, !reply.ok);
        self->updateActions();
    });
}

void CounterWindow::ticketCommand(const QString &type)
{
    if (!m_ticket)
        return;
    const int counter = counterNumber();
    const QString id = m_ticket->id;
    run([this, type, counter, id](
            auto done) { context().queue->ticketCommand(type, counter, id, std::move(done)); });
}

void CounterWindow::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(problem
            ? u"background: #fdecea; color: #b71c1c; border: 1px solid #e57373;"
              " border-radius: 4px; padding: 8px; font-size: 13pt;"_s
            : u"background: #e8f5e9; color: #1b5e20; border-radius: 4px; padding: 8px;"
              " font-size: 13pt;"_s);
}

void CounterWindow::showQueue()
{
    const std::optional<QueueSnapshot::CounterStatus> status = counterStatus();
    if (!status) {
        m_counterState->setText(QString());
        m_counterState->setStyleSheet(u"font-size: 13pt; padding: 4px 10px;"_s);
    } else {
        const Counter &c = status->counter;
        QString text;
        QString colour;
        switch (c.state) {
        case Counter::State::Open:
            text = tr("Open");
            colour = u"#1b5e20"_s;
            break;
        case Counter::State::Paused:
            switch (c.pauseReason) {
            case PauseReason::Break:
                text = tr("Paused: break");
                break;
            case PauseReason::SystemDown:
                text = tr("Paused: system down");
                break;
            case PauseReason::OtherWork:
                text = tr("Paused: other work");
                break;
            case PauseReason::None:
                text = tr("Paused");
                break;
            }
            colour = u"#e65100"_s;
            break;
        case Counter::State::Closed:
            text = tr("Closed");
            colour = u"#616161"_s;
            break;
        }
        m_counterState->setText(text);
        m_counterState->setStyleSheet(u"font-size: 13pt; font-weight: bold; padding: 4px 10px;"
                                      " border-radius: 4px; color: white; background: "_s
            + colour + u';');
    }
    showTicket(status ? status->currentTicket : std::nullopt);
    showServices(status);
    updateActions();
}

void CounterWindow::showTicket(const std::optional<Ticket> &ticket)
{
    // Only a called or serving ticket is at the counter.
    const bool held
        = ticket && (ticket->state == TicketState::Called || ticket->state == TicketState::Serving);
    m_ticket = held ? ticket : std::nullopt;
    // The modules work for the ticket at the counter (and the ID-card module may clear the
    // citizen when it leaves).
    if (context().desk)
        context().desk->setTicket(m_ticket);
    if (!m_ticket) {
        m_ticketNumber->setText(u"—"_s);
        m_ticketService->setText(tr("No ticket is being served at this counter."));
        m_ticketDetails->setText(QString());
        return;
    }
    m_ticketNumber->setText(m_ticket->number);
    m_ticketService->setText(serviceName(m_ticket->serviceCode));

    QString priority;
    switch (m_ticket->priority) {
    case PriorityClass::Appointment:
        priority = tr("Appointment");
        break;
    case PriorityClass::Elderly:
        priority = tr("Elderly");
        break;
    case PriorityClass::DisabledOrPregnant:
        priority = tr("Disabled or pregnant");
        break;
    case PriorityClass::Normal:
        priority = tr("Normal");
        break;
    }
    const QString state = m_ticket->state == TicketState::Called
        ? tr("Called, waiting for the citizen to come")
        : tr("Being served");
    QStringList details {tr("Priority: %1").arg(priority), state};
    if (m_ticket->calledAtMs > 0)
        details << tr("Called at %1").arg(BangkokTime::formatTime(m_ticket->calledAtMs));
    if (m_ticket->recallCount > 0)
        details << tr("Recalled %n time(s)", nullptr, m_ticket->recallCount);
    m_ticketDetails->setText(details.join(u"  ·  "_s));
}

void CounterWindow::showServices(const std::optional<QueueSnapshot::CounterStatus> &status)
{
    QStringList mayServe;
    for (const Counter &c : context().counters)
        if (c.number == counterNumber())
            mayServe = c.serviceCodes;
    const bool closed = !status || status->counter.state == Counter::State::Closed;
    // While open or paused, the hub says what the counter serves; closed, the officer chooses.
    const QStringList served
        = closed ? m_chosenServices.value(counterNumber(), mayServe) : status->counter.serviceCodes;

    QHash<QString, int> waiting;
    if (context().queue && context().queue->snapshot())
        for (const QueueSnapshot::ServiceQueue &q : context().queue->snapshot()->queues)
            waiting.insert(q.serviceCode, int(q.waiting.size()));

    const QSignalBlocker blocker(m_services);
    m_services->clear();
    int total = 0;
    for (const Service &s : context().services) {
        // An open counter serves what it opened with until it opens again, also when a
        // supervisor has changed what it may serve since (setCounterServices).
        if (!mayServe.contains(s.code) && (closed || !served.contains(s.code)))
            continue;
        const int count = waiting.value(s.code);
        auto *item = new QListWidgetItem(
            tr("%1  %2: %n waiting", nullptr, count).arg(s.code, s.name(language())), m_services);
        item->setData(Qt::UserRole, s.code);
        item->setToolTip(tr("Target wait %n min", nullptr, s.targetWaitMinutes));
        item->setFlags(closed ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
        item->setCheckState(served.contains(s.code) ? Qt::Checked : Qt::Unchecked);
        if (served.contains(s.code))
            total += count;
    }
    m_waitingTotal->setText(tr("%n waiting in total for this counter", nullptr, total));
}

void CounterWindow::showLinkState()
{
    const QueueLink *queue = context().queue;
    const QString text
        = queue ? LinkStatus::text(queue->state(), queue->stateMessage()) : QString();
    m_statusLink->setText(text);
    const bool away = queue && LinkStatus::isAway(queue->state());
    m_statusLink->setStyleSheet(away ? u"color: #b71c1c; font-weight: bold;"_s : QString());
}

void CounterWindow::showStaff()
{
    const QueueLink *queue = context().queue;
    const std::optional<StaffIdentity> staff = queue ? queue->staff() : std::nullopt;
    m_staffLabel->setText(
        staff ? staff->name + u" · "_s + staffRoleText(staff->role) : QString());
    m_staffLabel->setVisible(staff.has_value());
    m_switchOfficerAction->setEnabled(staff && !m_logIn->busy() && !m_logIn->switching());
    m_logOutAction->setEnabled(staff && !m_logIn->busy());
    // Offered only while someone is logged in (the log-in form is the way in).
    const bool staffed = staff && queue->needsLogIn();
    m_switchOfficerAction->setVisible(staffed);
    m_logOutAction->setVisible(staffed);
    for (QToolButton *button : std::as_const(m_staffButtons))
        button->setVisible(staffed);

    const bool asking = m_logIn->asking();
    const bool wasAsking = m_pages->currentWidget() == m_logInPanel;
    m_logInPanel->setSwitching(m_logIn->switching());
    m_logInPanel->setBusy(m_logIn->busy());
    m_logInPanel->setMessage(m_logIn->message(), m_logIn->messageIsProblem());
    if (asking && !wasAsking) {
        m_logInPanel->clear();
        m_pages->setCurrentWidget(m_logInPanel);
        m_logInPanel->focusForm();
    } else if (!asking && wasAsking) {
        m_logInPanel->clear(); // the next officer finds an empty form
        m_pages->setCurrentWidget(m_counterPage);
    } else if (asking && !m_logIn->busy()) {
        m_logInPanel->focusForm();
    }
    updateActions();
}

void CounterWindow::showSyncState()
{
    const QueueLink *queue = context().queue;
    const std::optional<SyncState> sync = queue ? queue->syncState() : std::nullopt;
    m_statusSync->setVisible(sync.has_value());
    // Central may be back before the back-off ends: staff who know can send at once.
    m_syncNow->setVisible(sync && sync->pending > 0 && queue->may(u"syncNow"_s));
    if (!sync)
        return;
    m_statusSync->setText(SyncStatus::text(*sync, language(), BangkokTime::nowUtcMs()));
    m_statusSync->setToolTip(SyncStatus::toolTip(*sync));
    m_statusSync->setStyleSheet(
        SyncStatus::isWarning(*sync) ? SyncStatus::warningStyle() : QString());
}

void CounterWindow::syncNow()
{
    QueueLink *queue = context().queue;
    if (!queue)
        return;
    QPointer<CounterWindow> self(this);
    queue->command(u"syncNow"_s, {}, [self](const QJsonObject &reply) {
        if (!self)
            return;
        const QueueReply r = QueueReply::fromJson(reply);
        if (!r.ok)
            self->showMessage(r.shownMessage(), true);
        else if (reply.value(u"syncing"_s).toBool())
            self->showMessage(tr("Sending to central now."), false);
        else
            self->showMessage(tr("This branch sends nothing to central."), true);
    });
}

void CounterWindow::updateActions()
{
    const QueueLink *queue = context().queue;
    const std::optional<QueueSnapshot::CounterStatus> status = counterStatus();
    const bool usable = queue && !LinkStatus::isAway(queue->state()) && !m_commandInFlight;
    const CounterActions before = m_enabled;
    m_enabled = usable
        ? CounterActions::decide(status ? std::optional(status->counter.state) : std::nullopt,
            m_ticket ? std::optional(m_ticket->state) : std::nullopt)
        : CounterActions {};
    if (m_enabled.open && chosenServices().isEmpty())
        m_enabled.open = false; // a counter opened for nothing could never call
    if (usable) {
        // What the hub would refuse this device or the person logged in (nobody: everything).
        const auto may = [queue](const char16_t *type) { return queue->may(QString::fromUtf16(type)); };
        m_enabled.open = m_enabled.open && may(u"openCounter");
        m_enabled.resume = m_enabled.resume && may(u"openCounter");
        m_enabled.pause = m_enabled.pause && may(u"pauseCounter");
        m_enabled.close = m_enabled.close && may(u"closeCounter");
        m_enabled.callNext = m_enabled.callNext && may(u"callNext");
        m_enabled.recall = m_enabled.recall && may(u"recall");
        m_enabled.start = m_enabled.start && may(u"startService");
        m_enabled.finish = m_enabled.finish && may(u"finishService");
        m_enabled.noShow = m_enabled.noShow && may(u"markNoShow");
        m_enabled.park = m_enabled.park && may(u"park");
        m_enabled.transfer = m_enabled.transfer && may(u"transfer");
    }
    fillTransferMenu();
    if (context().services.size() < 2)
        m_enabled.transfer = false; // nowhere else to send it
    if (m_enabled != before)
        qCInfo(lcCounter).noquote().nospace()
            << "counter " << counterNumber() << " offers: " << offeredText(m_enabled);

    m_openAction->setEnabled(m_enabled.open);
    m_pauseAction->setEnabled(m_enabled.pause);
    m_pauseMenu->setEnabled(m_enabled.pause);
    m_resumeAction->setEnabled(m_enabled.resume);
    m_closeAction->setEnabled(m_enabled.close);
    m_callNextAction->setEnabled(m_enabled.callNext);
    m_recallAction->setEnabled(m_enabled.recall);
    m_startAction->setEnabled(m_enabled.start);
    m_finishAction->setEnabled(m_enabled.finish);
    m_noShowAction->setEnabled(m_enabled.noShow);
    m_parkAction->setEnabled(m_enabled.park);
    m_transferAction->setEnabled(m_enabled.transfer);
    m_transferMenu->setEnabled(m_enabled.transfer);
    // Offered to the roles the hub lets change it (counter and supervisor devices).
    m_callOrderAction->setEnabled(usable && status && queue->may(u"setCallProfile"_s));
}

void CounterWindow::editCallOrder()
{
    const std::optional<QueueSnapshot::CounterStatus> status = counterStatus();
    if (!status || !context().queue)
        return;
    CallProfileDialog dialog(status->counter.name(language()), status->counter.profile, this);
    if (dialog.exec() != QDialog::Accepted || dialog.profile() == status->counter.profile)
        return;
    const int counter = status->counter.number;
    const CallProfile profile = dialog.profile();
    run([this, counter, profile](auto done) {
        context().queue->setCallProfile(counter, profile, std::move(done));
    });
}

void CounterWindow::showCatalog()
{
    // A supervisor changed what a counter may serve (or a target, hours, holidays): the list of
    // services, the ticks for the next opening and the transfer targets follow at once. Ticks
    // for services the counter may no longer serve go; a choice left empty falls back to all it
    // may serve now, the supervisor's new list.
    for (auto it = m_chosenServices.begin(); it != m_chosenServices.end();) {
        QStringList mayServe;
        for (const Counter &c : context().counters)
            if (c.number == it.key())
                mayServe = c.serviceCodes;
        QStringList kept;
        for (const QString &code : std::as_const(it.value()))
            if (mayServe.contains(code))
                kept << code;
        if (kept.isEmpty()) {
            it = m_chosenServices.erase(it);
        } else {
            it.value() = kept;
            ++it;
        }
    }
    // Counters the branch has now, in the picker too (the current one stays chosen).
    for (const Counter &c : context().counters)
        if (m_counterPicker->findData(c.number) < 0)
            m_counterPicker->addItem(c.name(language()), c.number);
    // The transfer menu holds one entry per service; made again when the services themselves
    // changed (never inside an entry's own triggered(): the catalog arrives from the queue).
    QStringList menuCodes;
    for (const QAction *a : m_transferMenu->actions())
        menuCodes << a->data().toString();
    QStringList codes;
    for (const Service &s : context().services)
        codes << s.code;
    if (menuCodes != codes)
        m_transferMenu->clear();
    showCounterNames();
    showQueue();
}

void CounterWindow::showCounterNames()
{
    for (int i = 0; i < m_counterPicker->count(); ++i) {
        const int number = m_counterPicker->itemData(i).toInt();
        for (const Counter &c : context().counters)
            if (c.number == number)
                m_counterPicker->setItemText(i, c.name(language()));
    }
}

void CounterWindow::fillTransferMenu()
{
    // To any other service of the branch: the next step of a one-stop visit may be served
    // elsewhere. The entries are made once and only shown or hidden: a menu entry must not be
    // deleted while its own triggered() runs.
    if (m_transferMenu->isEmpty()) {
        for (const Service &s : context().services) {
            QAction *a = m_transferMenu->addAction(QString());
            a->setObjectName(u"transferTo_"_s + s.code);
            a->setData(s.code);
            const QString code = s.code;
            connect(a, &QAction::triggered, this, [this, code] {
                if (!m_ticket)
                    return;
                const int counter = counterNumber();
                const QString id = m_ticket->id;
                run([this, counter, id, code](auto done) {
                    context().queue->transfer(counter, id, code, std::move(done));
                });
            });
        }
    }
    for (QAction *a : m_transferMenu->actions()) {
        const QString code = a->data().toString();
        a->setText(code + u"  "_s + serviceName(code));
        a->setVisible(!m_ticket || m_ticket->serviceCode != code);
    }
}

void CounterWindow::retranslateActions()
{
    struct Text
    {
        QAction *action;
        QString text;
        QString tip;
    };
    const QList<Text> texts {
        {m_openAction, tr("Open counter"), tr("Open this counter for the ticked services")},
        {m_pauseAction, tr("Pause…"), tr("Pause this counter, with a reason")},
        {m_resumeAction, tr("Resume"), tr("Open the counter again after a pause")},
        {m_closeAction, tr("Close counter"), tr("Close this counter")},
        {m_callNextAction, tr("Call next ticket"), tr("Call the next waiting ticket")},
        {m_recallAction, tr("Recall"), tr("Call the same ticket again")},
        {m_startAction, tr("Start service"), tr("The citizen has come: start serving")},
        {m_finishAction, tr("Done"), tr("The service is finished")},
        {m_noShowAction, tr("No-show"), tr("The citizen did not come")},
        {m_parkAction, tr("Park"), tr("Set the ticket aside while the citizen fetches something")},
        {m_transferAction, tr("Transfer to…"), tr("Send the ticket on to another service")},
    };
    m_callOrderAction->setText(tr("Call order…"));
    m_switchOfficerAction->setText(tr("Switch officer"));
    m_switchOfficerAction->setToolTip(
        tr("Another officer logs in at this PC; the counter stays open"));
    m_logOutAction->setText(tr("Log out"));
    m_logOutAction->setToolTip(tr("Log out of this PC; the next officer logs in"));
    m_callOrderAction->setToolTip(
        tr("Priority first, or one priority ticket after every few normal ones"));
    for (const Text &t : texts) {
        const QString key = t.action->shortcut().toString(QKeySequence::NativeText);
        t.action->setText(t.text);
        // The key on the button itself: officers learn the keys from what they click.
        t.action->setIconText(t.text + u"  ["_s + key + u']');
        t.action->setToolTip(t.tip + u" ("_s + key + u')');
    }
    m_pauseMenu->setTitle(tr("Pause"));
    const QStringList reasons {tr("Break"), tr("System down"), tr("Other work")};
    const QList<QAction *> pauseActions = m_pauseMenu->actions();
    for (int i = 0; i < pauseActions.size() && i < reasons.size(); ++i)
        pauseActions.at(i)->setText(reasons.at(i));
    m_transferMenu->setTitle(tr("Transfer to"));
}

void CounterWindow::retranslateUi()
{
    setScreenTitle(tr("Counter"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_counterMenu->setTitle(tr("&Counter"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    if (auto *a = findChild<QAction *>(u"toggleLanguageAction"_s))
        a->setText(languageToggleText());
    if (auto *a = findChild<QAction *>(u"aboutAction"_s))
        a->setText(tr("&About Saduak"));
    retranslateActions();

    // The branch's own name (settings "branch/thaiName", "branch/englishName").
    if (context().settings)
        m_branchLabel->setText(context().settings->centerName(language()));
    m_counterLabel->setText(tr("This PC is"));
    showCounterNames();
    m_ticketTitle->setText(tr("Ticket at this counter"));
    m_servicesTitle->setText(tr("Services at this counter"));
    m_syncNow->setText(tr("Send now"));
    m_syncNow->setToolTip(tr("Send the waiting rows to central now, without waiting for the next try"));
    followBoundCounter();
    showQueue();
    showLinkState();
    showSyncState();
    m_logInPanel->retranslateUi();
    showStaff();
    if (m_refusal)
        showMessage(m_refusal->shownMessage(), true);
    m_moduleArea->retranslateUi(language());
    m_statusModules->setText(tr("Modules: %1 running, %2 refused")
                                 .arg(context().modules.size())
                                 .arg(context().refusedModules.size()));
}

} // namespace saduak
