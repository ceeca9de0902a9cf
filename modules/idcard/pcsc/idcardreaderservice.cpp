#include "idcardreaderservice.h"

#include "cardreadworker.h"
#include "readermonitor.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace saduak::idcard {

namespace {
constexpr int kReadShutdownWaitMs = 3000;
Q_LOGGING_CATEGORY(lcIdCardReaderService, "saduak.idcard.reader")
} // namespace

IdCardReaderService::IdCardReaderService(QObject *parent)
    : QObject(parent), m_monitor(new ReaderMonitor(this)), m_worker(new CardReadWorker)
{
    m_readThread = new QThread;
    m_readThread->setObjectName(u"idcard-read"_s);
    m_worker->moveToThread(m_readThread);
    connect(m_readThread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &IdCardReaderService::readRequested, m_worker, &CardReadWorker::read);
    connect(m_worker, &CardReadWorker::finished, this, &IdCardReaderService::onReadFinished);

    connect(
        m_monitor, &ReaderMonitor::readersChanged, this, &IdCardReaderService::onReadersChanged);
    connect(m_monitor, &ReaderMonitor::cardInserted, this, &IdCardReaderService::onCardInserted);
    connect(m_monitor, &ReaderMonitor::cardRemoved, this, &IdCardReaderService::onCardRemoved);
    connect(m_monitor, &ReaderMonitor::pcscdAvailabilityChanged, this,
        [this](bool running, const QString &) { onPcscdAvailability(running); });
}

IdCardReaderService::~IdCardReaderService()
{
    stop();
    m_readThread->quit();
    // A read normally ends within milliseconds. One can block inside pcscd for as long as
    // another program holds the card in a transaction (SCardBeginTransaction waits, and
    // SCardCancel does not reach it); the program must still close, so such a thread and its
    // worker are left to the process's exit instead of being waited for.
    if (m_readThread->wait(QDeadlineTimer(kReadShutdownWaitMs)))
        delete m_readThread;
    else
        qCWarning(lcIdCardReaderService, "card read still blocked in pcscd at shutdown; left behind");
}

void IdCardReaderService::setPinnedReader(const QString &reader)
{
    m_pinnedReader = reader;
    updateStatus();
}

void IdCardReaderService::start()
{
    if (!m_readThread->isRunning())
        m_readThread->start();
    m_monitor->start();
}

void IdCardReaderService::stop()
{
    m_monitor->stop();
}

void IdCardReaderService::readAgain()
{
    CardProblem why = CardProblem::None;
    const QString reader = chooseReader(m_readers, m_pinnedReader, &why);
    if (reader.isEmpty()) {
        Q_EMIT readFailed(why, u"read again: no card to read"_s);
        return;
    }
    startRead(reader);
}

void IdCardReaderService::onReadersChanged(const QList<ReaderInfo> &readers)
{
    m_readers = readers;
    Q_EMIT readersChanged(readers);
    updateStatus();
}

void IdCardReaderService::onCardInserted(const QString &reader)
{
    if (!m_pinnedReader.isEmpty() && reader != m_pinnedReader)
        return;
    // Without a pin, a card in a second reader does not interrupt the one being read.
    if (m_reading && reader != m_activeReader)
        return;
    startRead(reader);
}

void IdCardReaderService::onCardRemoved(const QString &reader)
{
    if (reader != m_activeReader)
        return;
    m_readAgainWhenDone = false;
    Q_EMIT cardRemoved();
}

void IdCardReaderService::onPcscdAvailability(bool running)
{
    m_pcscdKnown = true;
    m_pcscdRunning = running;
    updateStatus();
}

void IdCardReaderService::startRead(const QString &reader)
{
    m_activeReader = reader;
    if (m_reading) {
        // The card was swapped while being read: read the new one when this read ends.
        m_readAgainWhenDone = true;
        return;
    }
    m_reading = true;
    Q_EMIT readStarted(reader);
    Q_EMIT readRequested(reader, m_options);
}

void IdCardReaderService::onReadFinished(const QString &reader, const CardReadResult &result)
{
    m_reading = false;
    if (m_readAgainWhenDone) {
        m_readAgainWhenDone = false;
        startRead(m_activeReader);
        return;
    }
    Q_UNUSED(reader);
    if (result.problem == CardProblem::None && result.card)
        Q_EMIT cardRead(*result.card);
    else
        Q_EMIT readFailed(result.problem, result.detail);
}

void IdCardReaderService::updateStatus()
{
    CardProblem status = CardProblem::None;
    if (m_pcscdKnown && !m_pcscdRunning)
        status = CardProblem::PcscdNotRunning;
    else
        chooseReader(m_readers, m_pinnedReader, &status);
    if (status != m_status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    }
}

} // namespace saduak::idcard
