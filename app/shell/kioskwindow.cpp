#include "kioskwindow.h"

#include "languageswitcher.h"

#include "appsettings.h"
#include "kioskmodulepages.h"
#include "kioskticketprinter.h"
#include "linkstatus.h"

#include <domain/bangkoktime.h>
#include <modulehost/deskstate.h>
#include <queuelink/queuelink.h>

#include <QAction>
#include <QApplication>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

constexpr int kStatisticsIntervalMs = 30 * 1000;

// A label inside a service button: drawn by the button's style sheet, never taking the touch.
QLabel *buttonLabel(const QString &objectName, const QString &style, QWidget *button)
{
    auto *label = new QLabel(button);
    label->setObjectName(objectName);
    label->setStyleSheet(u"background: transparent; color: white; "_s + style);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    label->setWordWrap(true);
    return label;
}

} // namespace

KioskWindow::KioskWindow(const ShellContext &context, QWidget *parent) : ModeWindow(context, parent)
{
    setObjectName(u"kioskWindow"_s);
    m_clock = &BangkokTime::nowUtcMs;
    resize(1080, 1920 / 2);
    setStyleSheet(u"QMainWindow { background: #f4f7fb; }"
                  "QPushButton[service=\"true\"] { background: #0d47a1; border-radius: 18px;"
                  "  padding: 16px; }"
                  "QPushButton[service=\"true\"]:pressed { background: #1565c0; }"
                  "QPushButton[service=\"true\"]:disabled { background: #90a4ae; }"
                  "QPushButton[offer=\"true\"] { background: #00695c; border-radius: 18px;"
                  "  padding: 12px; }"
                  "QPushButton[offer=\"true\"]:pressed { background: #00897b; }"_s);

    // Staff leave the kiosk with Ctrl+Shift+Q; citizens have no way out of the screen.
    auto *quit = new QAction(this);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addAction(quit);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(24);

    auto *top = new QHBoxLayout;
    m_welcome = new QLabel(central);
    m_welcome->setObjectName(u"kioskWelcome"_s);
    m_welcome->setStyleSheet(u"font-size: 36pt; font-weight: bold; color: #0d47a1;"_s);
    m_welcome->setWordWrap(true);
    top->addWidget(m_welcome, 1);
    m_languageButton = new QPushButton(central);
    m_languageButton->setObjectName(u"kioskLanguageButton"_s);
    m_languageButton->setStyleSheet(u"font-size: 20pt; padding: 12px 24px;"_s);
    connect(m_languageButton, &QPushButton::clicked, this, &ModeWindow::toggleLanguage);
    top->addWidget(m_languageButton, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_pages = new QStackedWidget(central);
    layout->addWidget(m_pages, 1);

    // The start page: the services.
    m_startPage = new QWidget(m_pages);
    m_startPage->setObjectName(u"kioskStartPage"_s);
    auto *startLayout = new QVBoxLayout(m_startPage);
    startLayout->setContentsMargins(0, 0, 0, 0);
    startLayout->setSpacing(24);
    m_instruction = new QLabel(m_startPage);
    m_instruction->setStyleSheet(u"font-size: 24pt; color: #333;"_s);
    m_instruction->setWordWrap(true);
    startLayout->addWidget(m_instruction);
    // The ID card: an invitation for the elderly, then only "read, priority given" — never the
    // name or the number: the kiosk stands in a public hall and those queueing behind can see it.
    m_cardNotice = new QLabel(m_startPage);
    m_cardNotice->setObjectName(u"kioskCardNotice"_s);
    m_cardNotice->setWordWrap(true);
    startLayout->addWidget(m_cardNotice);
    m_notice = new QLabel(m_startPage);
    m_notice->setObjectName(u"kioskNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"font-size: 22pt; color: #b71c1c; background: #fdecea;"
                            " border-radius: 12px; padding: 16px;"_s);
    m_notice->setVisible(false);
    startLayout->addWidget(m_notice);

    m_serviceGrid = new QGridLayout;
    m_serviceGrid->setSpacing(24);
    // Keys 1–9 choose the services in order, the modules' offers the digits after them.
    m_firstOfferDigit = int(std::min<qsizetype>(context.services.size(), 9)) + 1;
    buildServiceButtons();
    startLayout->addLayout(m_serviceGrid, 1);
    m_modulePages = new KioskModulePages(context.modules, m_pages, this);
    startLayout->addWidget(m_modulePages->createOfferRow(m_startPage, m_firstOfferDigit));
    m_pages->addWidget(m_startPage);

    m_waitingPage = new QLabel(m_pages);
    m_waitingPage->setObjectName(u"kioskWaitingPage"_s);
    m_waitingPage->setAlignment(Qt::AlignCenter);
    m_waitingPage->setWordWrap(true);
    m_waitingPage->setStyleSheet(u"font-size: 32pt; color: #0d47a1;"_s);
    m_pages->addWidget(m_waitingPage);

    m_result = new KioskResultPage(m_pages);
    connect(m_result, &KioskResultPage::doneRequested, this, &KioskWindow::showStart);
    connect(m_result, &KioskResultPage::reprintRequested, this, &KioskWindow::printCurrent);
    m_pages->addWidget(m_result);
    setCentralWidget(central);

    m_printer = new KioskTicketPrinter(context.queue, this);
    if (context.settings)
        m_printer->setAddress(context.settings->kioskPrinter());
    connect(m_printer, &KioskTicketPrinter::printed, this,
        [this] { m_result->setPrintState(KioskResultPage::PrintState::Printed); });
    connect(m_printer, &KioskTicketPrinter::failed, this, [this](const PrintError &error) {
        m_result->setPrintState(error.code == PrintError::Code::OutOfPaper
                ? KioskResultPage::PrintState::PaperOut
                : KioskResultPage::PrintState::PrinterFailed,
            error.message);
    });
    connect(m_printer, &KioskTicketPrinter::healthChanged, this, &KioskWindow::showLinkState);

    m_idleTimer = new QTimer(this);
    m_idleTimer->setObjectName(u"kioskIdleTimer"_s);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(
        (context.settings ? context.settings->kioskIdleResetSeconds() : 20) * 1000);
    connect(m_modulePages, &KioskModulePages::pageOpened, this, [this] {
        // A flow takes longer than reading a ticket number; the timer still restarts on a touch.
        const int seconds = this->context().settings
            ? this->context().settings->kioskPageIdleSeconds()
            : 90;
        m_idleTimer->start(seconds * 1000);
    });
    connect(m_modulePages, &KioskModulePages::pageClosed, this, &KioskWindow::showStart);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        showStart();
        // The next citizen must not inherit the last one's card.
        if (DeskState *desk = this->context().desk)
            desk->clearCitizen();
        // The next citizen is most likely Thai: a visitor's English does not outlive the visit.
        LanguageSwitcher *switcher = this->context().language;
        if (switcher && switcher->current() != Language::Thai)
            switcher->setLanguage(Language::Thai);
    });
    qApp->installEventFilter(this);

    // The estimates change with every ticket issued or served; a burst of events asks once.
    m_statisticsSoon = new QTimer(this);
    m_statisticsSoon->setSingleShot(true);
    m_statisticsSoon->setInterval(200);
    connect(m_statisticsSoon, &QTimer::timeout, this, &KioskWindow::refreshEstimates);
    m_statisticsTimer = new QTimer(this);
    m_statisticsTimer->setInterval(kStatisticsIntervalMs);
    connect(m_statisticsTimer, &QTimer::timeout, this, &KioskWindow::refreshEstimates);
    m_statisticsTimer->start();

    if (QueueLink *queue = context.queue) {
        connect(queue, &QueueLink::queueEvent, m_statisticsSoon, qOverload<>(&QTimer::start));
        connect(queue, &QueueLink::snapshotChanged, this, &KioskWindow::updateWaitingAhead);
        connect(queue, &QueueLink::stateChanged, this, [this] {
            showLinkState();
            if (!LinkStatus::isAway(this->context().queue->state()))
                refreshEstimates();
        });
    }
    // Services open and close by the clock, not by events: look again every half minute.
    m_hoursTimer = new QTimer(this);
    m_hoursTimer->setInterval(30 * 1000);
    connect(m_hoursTimer, &QTimer::timeout, this, &KioskWindow::showOpeningHours);
    m_hoursTimer->start();
    if (DeskState *desk = context.desk) {
        desk->setScreen(Workplace::Screen::Kiosk);
        desk->setCounterNumber(0);
        // A kiosk serves no ticket: a card read here is for the one being taken.
        desk->setTicket(std::nullopt);
        connect(desk, &DeskState::citizenChanged, this, &KioskWindow::showCardNotice);
    }
    retranslateUi();
    refreshEstimates();
}

void KioskWindow::buildServiceButtons()
{
    for (QPushButton *button : std::as_const(m_serviceButtons)) {
        m_serviceGrid->removeWidget(button);
        button->hide(); // and no longer found by name: the new one with its code is
        button->setObjectName(QString());
        button->deleteLater();
    }
    m_serviceButtons.clear();
    int row = 0;
    int column = 0;
    for (const Service &service : context().services) {
        auto *button = new QPushButton(m_startPage);
        button->setObjectName(u"serviceButton_"_s + service.code);
        button->setProperty("service", true);
        button->setProperty("serviceCode", service.code);
        button->setMinimumHeight(160);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        auto *inside = new QVBoxLayout(button);
        inside->setContentsMargins(24, 12, 24, 12);
        inside->setSpacing(4);
        inside->addStretch(1);
        inside->addWidget(
            buttonLabel(u"serviceName"_s, u"font-size: 28pt; font-weight: bold;"_s, button));
        inside->addWidget(buttonLabel(u"serviceOtherName"_s, u"font-size: 18pt;"_s, button));
        inside->addWidget(
            buttonLabel(u"serviceWait"_s, u"font-size: 18pt; color: #ffe082;"_s, button));
        inside->addStretch(1);
        // Keys 1–9 choose the services in order: kiosks with a keypad (and citizens who cannot
        // use the touch screen) take a ticket without touching it. The offers' digits follow the
        // services the kiosk started with and stay theirs.
        if (m_serviceButtons.size() + 1 < m_firstOfferDigit)
            button->setShortcut(QKeySequence(Qt::Key_1 + int(m_serviceButtons.size())));
        const QString code = service.code;
        connect(button, &QPushButton::clicked, this, [this, code] { issue(code); });
        m_serviceGrid->addWidget(button, row, column);
        m_serviceButtons.append(button);
        if (++column == 2) {
            column = 0;
            ++row;
        }
    }
    m_buttonsOutOfDate = false;
}

bool KioskWindow::buttonsMatchServices() const
{
    if (m_serviceButtons.size() != context().services.size())
        return false;
    for (int i = 0; i < m_serviceButtons.size(); ++i)
        if (m_serviceButtons.at(i)->property("serviceCode").toString()
            != context().services.at(i).code)
            return false;
    return true;
}

void KioskWindow::showCatalog()
{
    // A service closed by new hours or a holiday greys at once with its reason, a reopened one
    // comes back, on whatever page the kiosk is: a citizen mid-way keeps their step (the buttons
    // are on the start page only, and a ticket already asked for is the hub's to issue or to
    // refuse with its reason). Services added or removed would move the buttons under a
    // citizen's finger, so the grid is laid out again only when nobody is at the kiosk: at the
    // next start for the next citizen, or once the start page was left untouched for the idle
    // time (the idle timer ends on showStart).
    if (!buttonsMatchServices()) {
        m_buttonsOutOfDate = true;
        if (!m_idleTimer->isActive())
            m_idleTimer->start();
    }
    showOpeningHours();
    // Targets change the call order and with it the estimates.
    m_statisticsSoon->start();
}

PriorityClass KioskWindow::priorityFromCard() const
{
    // The ID-card module publishes the citizen when a card is read at this kiosk. 60 or older on
    // today's Bangkok date gets the elderly priority; when the card has no day or month of birth
    // the age counts from the first of the month or of the year (Civil and Commercial Code s. 16,
    // PartialDate::ageCountedFrom), the rule the law itself sets, so nobody gets priority before
    // the law says they are 60. Without a card: a normal ticket, as staff can still change it.
    const DeskState *desk = context().desk;
    const std::optional<Citizen> citizen = desk ? desk->citizen() : std::nullopt;
    const QDate today = BangkokTime::fromUtcMs(m_clock()).date();
    return citizen && citizen->isElderlyOn(today) ? PriorityClass::Elderly : PriorityClass::Normal;
}

void KioskWindow::showCardNotice()
{
    const DeskState *desk = context().desk;
    const std::optional<Citizen> citizen = desk ? desk->citizen() : std::nullopt;
    const bool elderly = citizen && citizen->isElderlyOn(BangkokTime::fromUtcMs(m_clock()).date());
    if (!citizen)
        m_cardNotice->setText(tr("Aged 60 or over? Insert your ID card before you touch a "
                                 "service, to get a priority ticket."));
    else if (elderly)
        m_cardNotice->setText(tr("Your ID card was read: your ticket will have elderly priority. "
                                 "Touch the service you came for."));
    else
        m_cardNotice->setText(tr("Your ID card was read. Touch the service you came for."));
    m_cardNotice->setStyleSheet(citizen
            ? u"font-size: 22pt; color: #1b5e20; background: #e8f5e9; border-radius: 12px;"
              " padding: 16px;"_s
            : u"font-size: 20pt; color: #455a64;"_s);
    // Only where a card can be read: a module that publishes the citizen runs here.
    m_cardNotice->setVisible(desk && hasCardReadingModule());
}

bool KioskWindow::hasCardReadingModule() const
{
    for (const LoadedModule &m : context().modules)
        if (m.info.provides.contains(u"citizen"_s))
            return true;
    return false;
}

void KioskWindow::setClock(std::function<qint64()> clock)
{
    m_clock = clock ? std::move(clock) : std::function<qint64()>(&BangkokTime::nowUtcMs);
    showOpeningHours();
}

bool KioskWindow::isServiceOpen(const QString &serviceCode) const
{
    const Service *s = service(serviceCode);
    return s && OpeningState::of(s->hours, context().holidays, m_clock()).isOpen();
}

void KioskWindow::showOpeningHours()
{
    showServiceTexts();
    showLinkState();
}

QString KioskWindow::closedCenterNotice() const
{
    const QList<Service> &services = context().services;
    if (services.isEmpty())
        return {};
    const qint64 now = m_clock();
    // A holiday closes the whole center: its name is the reason citizens read.
    if (const auto holiday = holidayOn(context().holidays, BangkokTime::fromUtcMs(now).date()))
        return tr("The center is closed today for a holiday: %1.").arg(holiday->name);
    const int weekday = BangkokTime::fromUtcMs(now).date().dayOfWeek();
    int opens = 24 * 60;
    bool opensToday = false;
    for (const Service &s : services) {
        if (s.hours.isOpenAt(now))
            return {};
        if (const std::optional<OpeningHours> today = s.hours.on(weekday)) {
            opens = std::min(opens, today->opensMinute);
            opensToday = true;
        }
    }
    if (!opensToday)
        return tr("The center is closed today.");
    const QString at = OpeningHours::minuteText(opens);
    if (OpeningHours::bangkokMinuteOf(now) < opens)
        return tr("The center is closed now. It opens at %1.").arg(at);
    return tr("The center has closed for today. It opens again at %1.").arg(at);
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

void KioskWindow::setPrinter(TicketPrinter *printer)
{
    m_printer->setPrinter(printer);
}

bool KioskWindow::isShowingStart() const
{
    return m_pages->currentWidget() == m_startPage;
}

const Service *KioskWindow::service(const QString &code) const
{
    for (const Service &s : context().services)
        if (s.code == code)
            return &s;
    return nullptr;
}

void KioskWindow::showStart()
{
    if (m_issuing)
        return; // the answer is still to come; it will be shown and printed
    m_idleTimer->stop();
    m_idleTimer->setInterval(
        (context().settings ? context().settings->kioskIdleResetSeconds() : 20) * 1000);
    m_modulePages->closePage();
    m_printout.reset();
    m_ticketId.clear();
    m_ticketService.clear();
    if (m_buttonsOutOfDate) {
        buildServiceButtons();
        showServiceTexts();
    }
    m_pages->setCurrentWidget(m_startPage);
    showLinkState();
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Any touch on this window keeps the result page up for the full idle time again.
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        if (m_idleTimer->isActive()) {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && widget->window() == this)
                m_idleTimer->start();
        }
        break;
    default:
        break;
    }
    return ModeWindow::eventFilter(watched, event);
}

void KioskWindow::issue(const QString &serviceCode)
{
    Q_EMIT serviceChosen(serviceCode);
    QueueLink *queue = context().queue;
    if (!queue || m_issuing || LinkStatus::isAway(queue->state()))
        return;
    // The tickets waiting now are all ahead of a new normal ticket (it has waited least);
    // used when the snapshot has not caught up with the new ticket yet.
    int waitingBefore = 0;
    QString snapshotDay;
    if (queue->snapshot()) {
        snapshotDay = queue->snapshot()->businessDay;
        for (const QueueSnapshot::ServiceQueue &q : queue->snapshot()->queues)
            if (q.serviceCode == serviceCode)
                waitingBefore = int(q.waiting.size());
    }
    std::optional<qint64> estimate;
    if (m_estimates.contains(serviceCode))
        estimate = m_estimates.value(serviceCode);

    if (!isServiceOpen(serviceCode))
        return; // a key pressed for a grey button; the button says when it opens
    m_issuing = true;
    m_refusal.reset();
    m_idleTimer->stop();
    m_pages->setCurrentWidget(m_waitingPage);
    showLinkState();
    QPointer<KioskWindow> self(this);
    queue->issueTicket(serviceCode, priorityFromCard(),
        [self, serviceCode, waitingBefore, snapshotDay, estimate](const QueueReply &reply) {
            if (self)
                self->onIssued(serviceCode, waitingBefore, snapshotDay, estimate, reply);
        });
}

void KioskWindow::onIssued(const QString &serviceCode, int waitingBefore,
    const QString &snapshotDay, std::optional<qint64> estimate, const QueueReply &reply)
{
    m_issuing = false;
    const Service *s = service(serviceCode);
    if (!reply.ok || !reply.ticket || !s) {
        m_refusal = reply; // shown by showLinkState, in the language of the screen at the time
        showStart();
        return;
    }
    const Ticket &ticket = *reply.ticket;
    m_ticketId = ticket.id;
    m_ticketService = serviceCode;
    // A snapshot of an earlier business day counted tickets the rollover has closed since (the
    // hub rolls over before it issues): none of them is ahead of the day's new ticket. The live
    // count follows with the next snapshot.
    const int waitingAhead = waitingAheadOf(ticket.id).value_or(
        snapshotDay == ticket.businessDay ? waitingBefore : 0);
    const AppSettings *settings = context().settings;
    m_printout = TicketPrintout::forTicket(ticket, *s,
        settings ? settings->centerName(Language::Thai) : QString(),
        settings ? settings->centerName(Language::English) : QString(), BangkokTime::nowUtcMs(),
        waitingAhead, QUrl(settings ? settings->ticketStatusBase() : QString()));

    const Language other = language() == Language::Thai ? Language::English : Language::Thai;
    KioskResultPage::Ticket shown;
    shown.number = ticket.number;
    shown.serviceName = s->name(language());
    shown.serviceOtherName = s->name(other);
    shown.waitingAhead = waitingAhead;
    shown.estimatedWaitMs = estimate;
    m_result->showTicket(shown,
        m_printer->hasPrinter() ? KioskResultPage::PrintState::Printing
                                : KioskResultPage::PrintState::NoPrinter);
    m_result->setReprintAvailable(m_printer->hasPrinter());
    m_pages->setCurrentWidget(m_result);
    m_idleTimer->start();
    printCurrent();
    // The card has done its work (the priority): its data does not stay for the next citizen.
    if (DeskState *desk = context().desk)
        desk->clearCitizen();
    Q_EMIT ticketIssued(ticket.number);
}

void KioskWindow::printCurrent()
{
    if (!m_printout || !m_printer->hasPrinter())
        return;
    m_result->setPrintState(KioskResultPage::PrintState::Printing);
    m_printer->print(*m_printout);
}

std::optional<int> KioskWindow::waitingAheadOf(const QString &ticketId) const
{
    const QueueLink *queue = context().queue;
    if (ticketId.isEmpty() || !queue || !queue->snapshot())
        return std::nullopt;
    for (const QueueSnapshot::ServiceQueue &q : queue->snapshot()->queues)
        for (int i = 0; i < q.waiting.size(); ++i)
            if (q.waiting.at(i).id == ticketId)
                return i; // the place in the call order of a counter serving only this service
    return std::nullopt;
}

void KioskWindow::updateWaitingAhead()
{
    if (const std::optional<int> ahead = waitingAheadOf(m_ticketId))
        m_result->setWaitingAhead(*ahead);
}

void KioskWindow::refreshEstimates()
{
    QueueLink *queue = context().queue;
    // While the link is down a request would only wait in the link's queue; ask when back.
    if (!queue || LinkStatus::isAway(queue->state()))
        return;
    QPointer<KioskWindow> self(this);
    queue->requestStatistics([self](const QJsonObject &statistics) {
        if (!self)
            return;
        for (const QJsonValue &v : statistics.value(u"services"_s).toArray()) {
            const QJsonObject s = v.toObject();
            // "No queue right now" only when nobody waits: an estimate of 0 while people wait
            // (service times a clock step made 0) shows as the shortest wait, a minute.
            qint64 estimate = std::max<qint64>(0, qint64(s.value(u"estimatedWaitMs"_s).toDouble()));
            if (s.value(u"waitingNow"_s).toInt() > 0)
                estimate = std::max<qint64>(estimate, 60 * 1000);
            self->m_estimates.insert(s.value(u"serviceCode"_s).toString(), estimate);
        }
        self->showServiceTexts();
    });
}

void KioskWindow::showLinkState()
{
    const QueueLink *queue = context().queue;
    const bool away = !queue || LinkStatus::isAway(queue->state());
    for (QPushButton *button : std::as_const(m_serviceButtons))
        button->setEnabled(
            !away && !m_issuing && isServiceOpen(button->property("serviceCode").toString()));

    QStringList notices;
    if (!queue)
        notices << tr("Tickets cannot be issued here. Please ask a staff member.");
    else if (away)
        notices << tr("Tickets cannot be issued right now: the kiosk is waiting for the queue "
                      "system. Please wait a moment or ask a staff member.");
    if (const QString closed = closedCenterNotice(); !closed.isEmpty())
        notices << closed;
    if (m_refusal) {
        const QString why = m_refusal->shownMessage();
        notices << (why.isEmpty()
                ? tr("Sorry, no ticket could be issued. Please ask a staff member.")
                : tr("Sorry, no ticket could be issued: %1").arg(why));
    }
    switch (m_printer->health()) {
    case KioskTicketPrinter::Health::PaperOut:
        notices << tr("The ticket printer is out of paper: your number will be shown on the "
                      "screen, please remember it.");
        break;
    case KioskTicketPrinter::Health::Offline:
        notices << tr("The ticket printer is not working: your number will be shown on the "
                      "screen, please remember it.");
        break;
    case KioskTicketPrinter::Health::Ok:
    case KioskTicketPrinter::Health::Unknown:
        break;
    }
    m_notice->setText(notices.join(u'\n'));
    m_notice->setVisible(!notices.isEmpty());

    m_waitingPage->setText(away
            ? tr("Waiting for the queue system… Your ticket will be shown and printed as soon "
                 "as it answers.")
            : tr("Issuing your ticket…"));
}

void KioskWindow::showServiceTexts()
{
    const Language other = language() == Language::Thai ? Language::English : Language::Thai;
    for (QPushButton *button : std::as_const(m_serviceButtons)) {
        // A button whose service left the catalog stays, grey and hidden, until the grid is laid
        // out again (showCatalog).
        const Service *found = service(button->property("serviceCode").toString());
        button->setVisible(found != nullptr);
        if (!found)
            continue;
        const Service &s = *found;
        const std::optional<qint64> estimate = m_estimates.contains(s.code)
            ? std::optional(m_estimates.value(s.code))
            : std::nullopt;
        const OpeningState opening = OpeningState::of(s.hours, context().holidays, m_clock());
        // A closed service says why and when it opens instead of a wait nobody will have.
        QString wait;
        switch (opening.kind) {
        case OpeningState::Kind::Open:
            wait = KioskResultPage::waitText(estimate);
            break;
        case OpeningState::Kind::Holiday:
            wait = tr("Closed today: %1").arg(opening.holidayName);
            break;
        case OpeningState::Kind::ClosedThisWeekday:
            wait = tr("Closed on %1")
                       .arg(QLocale(language() == Language::Thai ? QLocale::Thai : QLocale::English)
                               .dayName(opening.weekday));
            break;
        case OpeningState::Kind::NotOpenYet:
        case OpeningState::Kind::ClosedForToday:
            wait = tr("Closed now · open %1–%2")
                       .arg(opening.today->opensText(), opening.today->closesText());
            break;
        }
        // The service in the screen's language, big, with the other language beneath for
        // visitors, and the wait.
        button->findChild<QLabel *>(u"serviceName"_s)
            ->setText(s.code + u"   "_s + s.name(language()));
        button->findChild<QLabel *>(u"serviceOtherName"_s)->setText(s.name(other));
        auto *waitLabel = button->findChild<QLabel *>(u"serviceWait"_s);
        waitLabel->setText(wait);
        waitLabel->setVisible(!wait.isEmpty());
        // What a screen reader (and a test) reads as the button's text.
        button->setAccessibleName(s.code + u"   "_s + s.name(language()) + u"\n"_s + s.name(other)
            + (wait.isEmpty() ? QString() : u"\n"_s + wait));
    }
}

void KioskWindow::retranslateUi()
{
    setScreenTitle(tr("Kiosk"));
    m_welcome->setText(tr("Welcome to the Government Center"));
    m_instruction->setText(tr("Touch the service you came for to take a queue ticket."));
    showCardNotice();
    m_languageButton->setText(languageToggleText());
    showServiceTexts();
    m_modulePages->retranslate(language());
    showLinkState();
    if (const Service *s = service(m_ticketService)) {
        const Language other = language() == Language::Thai ? Language::English : Language::Thai;
        m_result->setServiceNames(s->name(language()), s->name(other));
    }
    m_result->retranslateUi();
}

} // namespace saduak
