#pragma once

#include "card/thaiidcarddata.h"
#include "card/thaiidcardreader.h"
#include "readerinfo.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

namespace saduak::idcard {

class CardReadWorker;
class ReaderMonitor;

// Reader API: what the app (the idcard module's screens) uses to get Thai ID cards read.
// Create it on the UI thread, connect, start(). No call blocks: the readers are watched on one
// thread and cards are read on another; every signal arrives on the thread the service lives on.
//
//   IdCardReaderService readers;
//   readers.setPinnedReader(settings.value("idcard/reader").toString()); // optional
//   connect(&readers, &IdCardReaderService::cardRead, this, &Screen::showCitizen);
//   connect(&readers, &IdCardReaderService::readFailed, this, &Screen::showProblem);
//   readers.start();
//
// When a card is inserted in the chosen reader (the pinned one, or else whichever reader gets a
// card) it is read at once: readStarted, then cardRead or readFailed. cardRemoved when that card
// leaves. status() says what to tell the user while no card is read: PcscdNotRunning (the
// smart-card service is not running; the service finds it again by itself when it starts),
// NoReader, NoCard, or None (a card is in the chosen reader).
class IdCardReaderService : public QObject
{
    Q_OBJECT

public:
    explicit IdCardReaderService(QObject *parent = nullptr);
    ~IdCardReaderService() override; // stops both threads; waits a little for a read in progress

    // Empty (the default): any reader. A name: only that reader (e.g. the one on the counter
    // when the kiosk's reader is plugged in the same PC).
    void setPinnedReader(const QString &reader);
    QString pinnedReader() const { return m_pinnedReader; }
    void setReadOptions(const CardReadOptions &options) { m_options = options; }

    void start();
    void stop();

    QList<ReaderInfo> readers() const { return m_readers; }
    CardProblem status() const { return m_status; }
    bool isReading() const { return m_reading; }

public Q_SLOTS:
    // Reads the card in the chosen reader again (a "read again" button after a failure).
    void readAgain();

Q_SIGNALS:
    void readersChanged(const QList<saduak::idcard::ReaderInfo> &readers);
    void statusChanged(saduak::idcard::CardProblem status);
    void readStarted(const QString &reader);
    void cardRead(const saduak::idcard::ThaiIdCardData &card);
    // detail is for developers and logs (which command, which PC/SC code); never personal data.
    void readFailed(saduak::idcard::CardProblem problem, const QString &detail);
    void cardRemoved();

    // Internal: hands a read to the worker on its thread.
    void readRequested(const QString &reader, const saduak::idcard::CardReadOptions &options);

private:
    void onReadersChanged(const QList<ReaderInfo> &readers);
    void onCardInserted(const QString &reader);
    void onCardRemoved(const QString &reader);
    void onPcscdAvailability(bool running);
    void onReadFinished(const QString &reader, const CardReadResult &result);
    void startRead(const QString &reader);
    void updateStatus();

    QString m_pinnedReader;
    CardReadOptions m_options;
    ReaderMonitor *m_monitor = nullptr;
    CardReadWorker *m_worker = nullptr;
    // Owned, but not a member: a read blocked inside pcscd cannot be interrupted, and the
    // destructor must be able to leave such a thread behind instead of hanging the program.
    QThread *m_readThread = nullptr;

    QList<ReaderInfo> m_readers;
    bool m_pcscdRunning = true;
    bool m_pcscdKnown = false;
    CardProblem m_status = CardProblem::NoReader;
    QString m_activeReader; // the reader whose card is being read or was read last
    bool m_reading = false;
    bool m_readAgainWhenDone = false;
};

} // namespace saduak::idcard
