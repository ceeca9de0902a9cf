#pragma once

#include "card/cardchannel.h"
#include "clearingrule.h"

#include <sdk/modulecontext.h>

#include <QElapsedTimer>
#include <QObject>
#include <optional>

namespace saduak::idcard {

struct ThaiIdCardData;

// What happens around the card on this PC's reader, on the UI thread: the reader service reports
// (read started, card read, read failed, card removed); this decides what the screen shows, checks
// the card, has the hub record the audit row ("idcard.recordRead") and publishes the citizen only
// once the hub has it, or clears the citizen in the module context.
// It never touches the card itself: all card I/O is on the reader service's worker thread.
class CardSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Waiting, // no card, or the citizen's card has left: "insert the card"
        Reading, // a card is in, its data is being read
        Shown, // the citizen is published (and shown)
        Problem, // the last read failed: problemText() says why and what to do
    };

    // A read the hub could not audit (no link, no key, a full disk) is not shown (PDPA).
    CardSession(ModuleContext &context, ClearingRule rule, QObject *parent = nullptr);

    State state() const { return m_state; }
    CardProblem problem() const { return m_problem; }
    // What the reader service says while no card is read: PcscdNotRunning, NoReader, NoCard, or
    // None (a card is in). Shown while waiting, so a missing service or reader is seen at once.
    CardProblem readerStatus() const { return m_readerStatus; }
    bool auditFailed() const { return m_auditFailed; }
    // Why the last read could not be audited, in this screen's language now (the hub's reason).
    QString auditProblemText() const { return m_auditReply.shownMessage(); }
    ClearingRule rule() const { return m_rule; }

public Q_SLOTS:
    void readerStatusChanged(saduak::idcard::CardProblem status);
    void readStarted();
    void cardRead(const saduak::idcard::ThaiIdCardData &card);
    void readFailed(saduak::idcard::CardProblem problem, const QString &detail);
    void cardRemoved();

Q_SIGNALS:
    void stateChanged();

private:
    void setState(State state);
    void ticketChanged();
    void citizenChanged();
    void audited(quint64 read, const Citizen &citizen, const ModuleReply &reply);

    ModuleContext &m_context;
    ClearingRule m_rule;
    State m_state = State::Waiting;
    CardProblem m_problem = CardProblem::None;
    CardProblem m_readerStatus = CardProblem::NoCard;
    bool m_auditFailed = false;
    ModuleReply m_auditReply;
    quint64 m_readNumber = 0; // which read an audit answer belongs to; a newer one wins
    std::optional<Ticket> m_ticket; // the ticket at the counter, as last heard
    QElapsedTimer m_readTimer;
};

} // namespace saduak::idcard
