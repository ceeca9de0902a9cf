#include "displaywindow.h"

#include "appsettings.h"
#include "lastcallsmodel.h"
#include "linkstatus.h"

#include <domain/bangkoktime.h>
#include <queuelink/queuelink.h>
#include <voice/audiosink.h>
#include <voice/callannouncer.h>
#include <voice/speechengine.h>

#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDisplay, "saduak.display")

namespace saduak {

DisplayWindow::DisplayWindow(const ShellContext &context, QWidget *parent)
    : ModeWindow(context, parent)
{
    setObjectName(u"displayWindow"_s);
    resize(1920, 1080);
    // Sizes for a 1920x1080 TV read from across a waiting hall.
    setStyleSheet(u"QMainWindow, QWidget#displayCentral { background: #0b1f3a; }"
                  "QLabel { color: white; }"
                  "QTableView { background: #0b1f3a; color: #ffd54f; font-size: 72pt;"
                  "  font-weight: bold; gridline-color: #23416b; border: none; }"
                  "QHeaderView::section { background: #12305a; color: white; font-size: 30pt;"
                  "  padding: 12px; border: none; }"_s);

    auto *central = new QWidget(this);
    central->setObjectName(u"displayCentral"_s);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(48, 24, 48, 24);

    auto *top = new QHBoxLayout;
    m_branch = new QLabel(central);
    m_branch->setStyleSheet(u"font-size: 34pt; font-weight: bold;"_s);
    top->addWidget(m_branch, 1);
    m_clock = new QLabel(central);
    m_clock->setObjectName(u"displayClock"_s);
    m_clock->setStyleSheet(u"font-size: 34pt;"_s);
    top->addWidget(m_clock);
    layout->addLayout(top);

    m_banner = new QLabel(central);
    m_banner->setObjectName(u"reconnectingBanner"_s);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"background: #b71c1c; color: white; font-size: 30pt;"
                            " font-weight: bold; padding: 16px; border-radius: 8px;"_s);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    m_nowCalling = new QLabel(central);
    m_nowCalling->setStyleSheet(u"font-size: 40pt; color: #90caf9; margin-top: 24px;"_s);
    layout->addWidget(m_nowCalling);

    m_model = new LastCallsModel(this);
    m_model->setRows(context.settings ? context.settings->displayLastCallRows() : kLastCallRows);
    m_model->setCounters(context.counters);
    m_calls = new QTableView(central);
    m_calls->setObjectName(u"lastCallsTable"_s);
    m_calls->setModel(m_model);
    m_calls->verticalHeader()->hide();
    m_calls->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_calls->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_calls->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calls->setSelectionMode(QAbstractItemView::NoSelection);
    m_calls->setFocusPolicy(Qt::NoFocus);
    m_calls->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_calls->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_calls, 1);

    m_footer = new QLabel(central);
    m_footer->setObjectName(u"displayFooter"_s);
    m_footer->setAlignment(Qt::AlignCenter);
    m_footer->setStyleSheet(u"font-size: 26pt; color: #b0bec5;"_s);
    layout->addWidget(m_footer);
    setCentralWidget(central);

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &DisplayWindow::showClock);
    m_clockTimer->start();

    m_highlightTimer = new QTimer(this);
    m_highlightTimer->setObjectName(u"highlightTimer"_s);
    m_highlightTimer->setSingleShot(true);
    m_highlightTimer->setInterval(
        (context.settings ? context.settings->displayHighlightSeconds() : 10) * 1000);
    connect(m_highlightTimer, &QTimer::timeout, m_model, &LastCallsModel::clearHighlight);

    if (QueueLink *queue = context.queue) {
        connect(queue, &QueueLink::snapshotChanged, this, &DisplayWindow::showSnapshot);
        connect(queue, &QueueLink::queueEvent, this, &DisplayWindow::onQueueEvent);
        connect(queue, &QueueLink::stateChanged, this, &DisplayWindow::showLinkState);
        showSnapshot();
    }
    retranslateUi();
}

DisplayWindow::~DisplayWindow() = default;

void DisplayWindow::showCatalog()
{
    // The board names the counters of the calls; the rest of what it shows is the queue's.
    m_model->setCounters(context().counters);
}

void DisplayWindow::setAnnouncer(CallAnnouncer *announcer)
{
    m_announcer = announcer;
}

CallAnnouncer *DisplayWindow::announcer()
{
    if (!m_announcer) {
        // Made on the first call, not at start: the speech engine starts speech-dispatcher.
        auto *sink = new ProcessAudioSink(this);
        auto *speech = new QtSpeechEngine(this);
        m_announcer = new CallAnnouncer(sink, speech, this);
        CallAnnouncer::Settings settings;
        if (const AppSettings *app = context().settings) {
            settings.clipFolder = app->displayVoiceFolder();
            settings.speakEnglish = app->displaySpeakEnglish();
        }
        m_announcer->setSettings(settings);
    }
    return m_announcer;
}

void DisplayWindow::showSnapshot()
{
    const QueueLink *queue = context().queue;
    if (!queue || !queue->snapshot())
        return;
    const QueueSnapshot &snapshot = *queue->snapshot();
    // The highlight follows its call (by event seq), so a snapshot keeps it.
    m_model->setSnapshot(snapshot.recentCalls, snapshot.lastEventSeq);
    // Calls in a snapshot were made before the board saw them (or were said already): an event
    // at or below its seq is never said.
    m_lastAnnouncedSeq = std::max(m_lastAnnouncedSeq, snapshot.lastEventSeq);
}

void DisplayWindow::onQueueEvent(const QueueEvent &event, bool replay)
{
    if (!m_model->addCall(event))
        return;
    m_model->highlightNewest();
    m_highlightTimer->start();
    // Said once, and only if it happens now: a replayed call happened while the board was away.
    if (replay || event.seq <= m_lastAnnouncedSeq)
        return;
    m_lastAnnouncedSeq = event.seq;
    // For support (and the branch's own checks): which call this board said, once. A ticket
    // number and a counter are not personal data.
    qCInfo(lcDisplay).nospace().noquote() << "announcing " << event.ticketNumber << " at counter "
                                          << event.counterNumber << " (event " << event.seq << ")";
    announcer()->announce(event.ticketNumber, event.counterNumber,
        QDateTime::fromMSecsSinceEpoch(event.atMs, Qt::UTC));
}

void DisplayWindow::showLinkState()
{
    const QueueLink *queue = context().queue;
    if (!queue || !LinkStatus::isAway(queue->state())) {
        m_banner->setVisible(false);
        return;
    }
    if (queue->state() == QueueLink::State::Refused)
        m_banner->setText(tr("This board is not connected: %1. Please tell a staff member.")
                              .arg(LinkStatus::text(queue->state(), queue->stateMessage())));
    else
        m_banner->setText(tr("Reconnecting to the queue system… The calls below may not be "
                             "the latest."));
    m_banner->setVisible(true);
}

void DisplayWindow::showClock()
{
    m_clock->setText(BangkokTime::formatDateTime(BangkokTime::nowUtcMs(), language()));
}

void DisplayWindow::retranslateUi()
{
    setScreenTitle(tr("Display board"));
    // The branch's own name (settings "branch/thaiName", "branch/englishName").
    if (context().settings)
        m_branch->setText(context().settings->centerName(language()));
    m_nowCalling->setText(tr("Now calling"));
    m_model->setLanguage(language());
    m_model->setHeaders(tr("Ticket"), tr("Counter"));
    m_footer->setText(tr("Please wait for your number to be called."));
    showLinkState();
    showClock();
}

} // namespace saduak
