#include "queuedashboard.h"

#include "counterfiguresmodel.h"
#include "hourlychart.h"
#include "opencounterdialog.h"
#include "recentdaysmodel.h"
#include "servicefiguresmodel.h"
#include "supervisortable.h"
#include "supervisortheme.h"

#include <domain/bangkoktime.h>
#include <shell/linkstatus.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

constexpr int kThrottleMs = 1000; // at most one statistics request a second after events
constexpr int kRefreshMs = 30 * 1000; // and one every half minute anyway
constexpr int kRecentDays = 7;

QLabel *title(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setStyleSheet(u"font-size: 13pt; font-weight: bold; margin-top: 6px;"_s);
    return label;
}

bool sameServices(const QList<Service> &a, const QList<Service> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        const Service &x = a.at(i);
        const Service &y = b.at(i);
        if (x.code != y.code || x.thaiName != y.thaiName || x.englishName != y.englishName
            || x.targetWaitMinutes != y.targetWaitMinutes)
            return false;
    }
    return true;
}

} // namespace

QueueDashboard::QueueDashboard(QueueLink &queue, const QList<Service> &services, QWidget *parent)
    : QWidget(parent), m_queue(queue), m_services(services)
{
    setObjectName(u"queueDashboard"_s);
    m_serviceModel = new ServiceFiguresModel(this);
    m_serviceModel->setServices(services);
    m_counterModel = new CounterFiguresModel(this);
    m_recentModel = new RecentDaysModel(this);

    auto *layout = new QVBoxLayout(this);
    // Above everything: a service past its target is what the supervisor must see first.
    m_alert = new QLabel(this);
    m_alert->setObjectName(u"breachAlert"_s);
    m_alert->setWordWrap(true);
    m_alert->setStyleSheet(SupervisorTheme::alertBannerStyle());
    m_alert->hide();
    layout->addWidget(m_alert);

    m_servicesTitle = title(u"servicesTitle"_s, this);
    layout->addWidget(m_servicesTitle);
    m_serviceView = supervisorTable(m_serviceModel, u"serviceFigures"_s, ServiceFiguresModel::Name,
        QAbstractItemView::NoSelection, this);
    // As tall as its services (up to a point): the room left goes to the counters and the days.
    m_serviceView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_serviceView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_serviceView->setMaximumHeight(360);
    layout->addWidget(m_serviceView);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    auto *counters = new QWidget(lower);
    auto *countersLayout = new QVBoxLayout(counters);
    countersLayout->setContentsMargins(0, 0, 0, 0);
    m_countersTitle = title(u"countersTitle"_s, counters);
    countersLayout->addWidget(m_countersTitle);
    // A counter is picked to open, pause or close it.
    m_counterView = supervisorTable(m_counterModel, u"counterFigures"_s,
        CounterFiguresModel::Officer, QAbstractItemView::SingleSelection, counters);
    connect(m_counterView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &QueueDashboard::updateCounterActions);
    countersLayout->addWidget(m_counterView, 1);

    auto *buttons = new QHBoxLayout;
    m_openButton = new QToolButton(counters);
    m_openButton->setObjectName(u"openCounterButton"_s);
    connect(m_openButton, &QToolButton::clicked, this, &QueueDashboard::openSelectedCounter);
    m_pauseButton = new QToolButton(counters);
    m_pauseButton->setObjectName(u"pauseCounterButton"_s);
    m_pauseMenu = new QMenu(m_pauseButton);
    m_pauseMenu->setObjectName(u"pauseMenu"_s);
    for (const PauseReason reason :
        {PauseReason::Break, PauseReason::SystemDown, PauseReason::OtherWork}) {
        QAction *a = m_pauseMenu->addAction(QString());
        a->setData(int(reason));
        connect(a, &QAction::triggered, this, [this, reason] {
            if (const auto c = selectedCounter())
                run([this, number = c->counter.number, reason](QueueLink::Done done) {
                    m_queue.pauseCounter(number, reason, std::move(done));
                });
        });
    }
    m_pauseButton->setMenu(m_pauseMenu);
    m_pauseButton->setPopupMode(QToolButton::InstantPopup);
    m_closeButton = new QToolButton(counters);
    m_closeButton->setObjectName(u"closeCounterButton"_s);
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        if (const auto c = selectedCounter())
            run([this, number = c->counter.number](
                    QueueLink::Done done) { m_queue.closeCounter(number, std::move(done)); });
    });
    for (QToolButton *b : {m_openButton, m_pauseButton, m_closeButton}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setMinimumHeight(36);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    countersLayout->addLayout(buttons);
    // Refusals here, in the tab, not in a dialog: read and go on.
    m_message = new QLabel(counters);
    m_message->setObjectName(u"dashboardMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    countersLayout->addWidget(m_message);
    lower->addWidget(counters);

    auto *right = new QWidget(lower);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_chart = new HourlyChart(right);
    rightLayout->addWidget(m_chart, 3);
    m_daysTitle = title(u"daysTitle"_s, right);
    rightLayout->addWidget(m_daysTitle);
    m_daysView = supervisorTable(m_recentModel, u"recentDays"_s, RecentDaysModel::Day,
        QAbstractItemView::NoSelection, right);
    rightLayout->addWidget(m_daysView, 2);
    lower->addWidget(right);
    lower->setSizes({560, 680});
    layout->addWidget(lower, 3);

    m_updated = new QLabel(this);
    m_updated->setObjectName(u"figuresUpdated"_s);
    m_updated->setStyleSheet(u"color: #607d8b;"_s);
    layout->addWidget(m_updated);

    m_soon = new QTimer(this);
    m_soon->setSingleShot(true);
    connect(m_soon, &QTimer::timeout, this, &QueueDashboard::askStatistics);
    m_everyHalfMinute = new QTimer(this);
    m_everyHalfMinute->setInterval(kRefreshMs);
    connect(m_everyHalfMinute, &QTimer::timeout, this, [this] {
        askCatalog(); // a target changed by an administrator shows within half a minute
        refresh();
    });
    m_everyHalfMinute->start();

    connect(&m_queue, &QueueLink::snapshotChanged, this, &QueueDashboard::showCounters);
    connect(&m_queue, &QueueLink::queueEvent, this, &QueueDashboard::refresh);
    connect(&m_queue, &QueueLink::stateChanged, this, [this] {
        updateCounterActions();
        if (!LinkStatus::isAway(m_queue.state())) {
            askCatalog();
            refresh();
        }
    });
    connect(&m_queue, &QueueLink::staffChanged, this, [this] {
        updateCounterActions();
        // The last days are a supervisor's command: asked once one is logged in.
        if (!m_recentDaysShown)
            askRecentDays();
    });

    showCounters();
    askStatistics();
    askRecentDays();
    retranslateUi(m_language);
}

void QueueDashboard::refresh()
{
    if (m_statisticsInFlight) {
        m_askAgain = true;
        return;
    }
    if (m_soon->isActive())
        return;
    const qint64 since = m_lastAsked.isValid() ? m_lastAsked.elapsed() : kThrottleMs;
    m_soon->start(int(std::max<qint64>(0, kThrottleMs - since)));
}

void QueueDashboard::askStatistics()
{
    if (LinkStatus::isAway(m_queue.state()))
        return; // asked again when the link is back (stateChanged)
    m_statisticsInFlight = true;
    m_askAgain = false;
    m_lastAsked.start();
    QPointer<QueueDashboard> self(this);
    m_queue.command(u"statistics"_s, {}, [self](const QJsonObject &reply) {
        if (!self)
            return;
        self->m_statisticsInFlight = false;
        const QueueReply r = QueueReply::fromJson(reply);
        if (r.ok)
            self->showFigures(
                DashboardFigures::fromStatistics(reply.value(u"statistics"_s).toObject()));
        if (self->m_askAgain)
            self->refresh();
    });
}

void QueueDashboard::askRecentDays()
{
    if (!m_queue.may(u"recentDays"_s))
        return; // nobody who may is logged in yet (staffChanged asks again)
    QPointer<QueueDashboard> self(this);
    const QString forDay = m_figures.businessDay;
    m_queue.command(u"recentDays"_s, QJsonObject {{u"days"_s, kRecentDays}},
        [self, forDay](const QJsonObject &reply) {
            if (!self || !QueueReply::fromJson(reply).ok)
                return;
            self->m_recentDaysShown = true;
            self->m_recentDaysFor = forDay;
            self->m_recentModel->setDays(RecentDay::listFromReply(reply));
            self->m_daysView->resizeColumnsToContents();
        });
}

void QueueDashboard::askCatalog()
{
    QPointer<QueueDashboard> self(this);
    m_queue.requestCatalog([self](const QList<Service> &services, const QList<Counter> &) {
        if (!self || services.isEmpty() || sameServices(services, self->m_services))
            return;
        self->m_services = services;
        self->m_serviceModel->setServices(services);
        self->showAlert();
    });
}

void QueueDashboard::showFigures(const DashboardFigures &figures)
{
    m_figures = figures;
    m_serviceModel->setFigures(figures);
    m_counterModel->setFigures(figures);
    m_recentModel->setToday(figures);
    m_chart->setHours(figures.hours);
    // A new business day (the rollover while the screen stayed open): its last days are others.
    if (m_recentDaysShown && !m_recentDaysFor.isEmpty() && m_recentDaysFor != figures.businessDay)
        askRecentDays();
    else if (m_recentDaysFor.isEmpty())
        m_recentDaysFor = figures.businessDay;
    showAlert();
    showFiguresTime();
    Q_EMIT figuresShown();
}

// The hub's time of the figures: a stale screen (the link down) shows how stale.
void QueueDashboard::showFiguresTime()
{
    if (m_figures.atMs > 0)
        m_updated->setText(tr("Figures at %1").arg(BangkokTime::formatTime(m_figures.atMs)));
}

void QueueDashboard::showCounters()
{
    const int before = selectedCounter() ? selectedCounter()->counter.number : 0;
    m_counterModel->setCounters(
        m_queue.snapshot() ? m_queue.snapshot()->counters : QList<QueueSnapshot::CounterStatus> {});
    if (before > 0 && !selectedCounter())
        selectCounter(before);
    updateCounterActions();
}

QString QueueDashboard::alertText() const
{
    return m_alert->isHidden() ? QString() : m_alert->text();
}

void QueueDashboard::showAlert()
{
    QStringList lines;
    for (const Service &s : std::as_const(m_services)) {
        const DashboardFigures::ServiceFigures *f = m_figures.service(s.code);
        if (!f || targetStateOf(*f, s) != TargetState::OverTarget)
            continue;
        lines << tr("⚠ %1 %2: the longest wait is %3, over the target of %4")
                     .arg(s.code, s.name(m_language), DurationText::minutes(f->longestWaitingNowMs),
                         tr("%n min", nullptr, s.targetWaitMinutes));
    }
    m_alert->setText(lines.join(u'\n'));
    m_alert->setVisible(!lines.isEmpty());
}

void QueueDashboard::selectCounter(int number)
{
    const int row = m_counterModel->rowOf(number);
    if (row >= 0)
        m_counterView->selectRow(row);
}

std::optional<QueueSnapshot::CounterStatus> QueueDashboard::selectedCounter() const
{
    const QModelIndexList rows = m_counterView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_counterModel->counterAt(rows.constFirst().row());
}

void QueueDashboard::updateCounterActions()
{
    const std::optional<QueueSnapshot::CounterStatus> c = selectedCounter();
    const bool usable = c && !LinkStatus::isAway(m_queue.state()) && !m_commandInFlight;
    const Counter::State state = c ? c->counter.state : Counter::State::Closed;
    // As the counter screen offers them (CounterActions): open a closed or paused counter, pause
    // an open one, close one that is not closed; and only what the hub lets this PC's person do.
    m_openButton->setEnabled(
        usable && state != Counter::State::Open && m_queue.may(u"openCounter"_s));
    m_pauseButton->setEnabled(
        usable && state == Counter::State::Open && m_queue.may(u"pauseCounter"_s));
    m_closeButton->setEnabled(
        usable && state != Counter::State::Closed && m_queue.may(u"closeCounter"_s));
}

void QueueDashboard::openSelectedCounter()
{
    const std::optional<QueueSnapshot::CounterStatus> c = selectedCounter();
    if (!c)
        return;
    // The counter's own services first: what it may serve when closed, what it served before a
    // pause (the snapshot's serviceCodes).
    auto *dialog = new OpenCounterDialog(
        m_counterModel->data(m_counterModel->index(m_counterModel->rowOf(c->counter.number), 0))
            .toString(),
        m_services, c->counter.serviceCodes, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int number = c->counter.number;
    connect(dialog, &QDialog::accepted, this, [this, dialog, number] {
        run([this, number, services = dialog->chosenServices()](
                QueueLink::Done done) { m_queue.openCounter(number, services, std::move(done)); });
    });
    dialog->open();
}

void QueueDashboard::run(const std::function<void(QueueLink::Done)> &send)
{
    m_commandInFlight = true;
    m_refusal.reset();
    showMessage({}, false);
    updateCounterActions();
    QPointer<QueueDashboard> self(this);
    send([self](const QueueReply &reply) {
        if (!self)
            return;
        self->m_commandInFlight = false;
        if (!reply.ok) {
            self->m_refusal = reply;
            self->showMessage(reply.shownMessage(), true);
        }
        self->updateCounterActions();
    });
}

void QueueDashboard::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(SupervisorTheme::messageStyle(problem));
    m_message->setVisible(!text.isEmpty());
}

void QueueDashboard::retranslateUi(Language language)
{
    m_language = language;
    m_serviceModel->setLanguage(language);
    m_counterModel->setLanguage(language);
    m_recentModel->setLanguage(language);
    m_chart->retranslateUi();
    m_servicesTitle->setText(tr("Services now"));
    m_countersTitle->setText(tr("Counters"));
    m_daysTitle->setText(tr("Today and the last %n days", nullptr, kRecentDays));
    m_openButton->setText(tr("Open…"));
    m_openButton->setToolTip(tr("Open the selected counter for the services you tick"));
    m_pauseButton->setText(tr("Pause"));
    m_pauseButton->setToolTip(tr("Pause the selected counter, with a reason"));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setToolTip(tr("Close the selected counter"));
    const QStringList reasons {tr("Break"), tr("System down"), tr("Other work")};
    const QList<QAction *> pauseActions = m_pauseMenu->actions();
    for (int i = 0; i < pauseActions.size() && i < reasons.size(); ++i)
        pauseActions.at(i)->setText(reasons.at(i));
    showAlert();
    showFiguresTime();
    if (m_refusal)
        showMessage(m_refusal->shownMessage(), true);
    m_serviceView->resizeColumnsToContents();
    m_counterView->resizeColumnsToContents();
    m_daysView->resizeColumnsToContents();
}

} // namespace saduak
