#include "cardsession.h"

#include "cardreadaudit.h"
#include "citizenfromcard.h"

#include "card/thaiidcarddata.h"
#include "card/thaiidcardjson.h"

#include <domain/bangkoktime.h>

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace saduak::idcard {

// PDPA: nothing logged here may carry the citizen's ID, name, birth date or address. Only states,
// problem ids, timings and the library's developer detail (which never holds personal data).

CardSession::CardSession(ModuleContext &context, ClearingRule rule, QObject *parent)
    : QObject(parent),
      m_context(context),
      m_rule(rule),
      m_ticket(context.currentTicket())
{
    connect(&m_context, &ModuleContext::ticketChanged, this, &CardSession::ticketChanged);
    connect(&m_context, &ModuleContext::citizenChanged, this, &CardSession::citizenChanged);
}

void CardSession::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged();
}

void CardSession::readerStatusChanged(CardProblem status)
{
    if (status != m_readerStatus)
        qCInfo(m_context.log()).noquote() << "reader status:" << problemId(status);
    m_readerStatus = status;
    // A problem of the last read stays until the next card; but when the service or the reader
    // itself goes away, that is now the more useful thing to say.
    if (m_state == State::Problem
        && (status == CardProblem::PcscdNotRunning || status == CardProblem::NoReader)) {
        m_problem = CardProblem::None;
        m_auditFailed = false;
        setState(State::Waiting);
        return;
    }
    Q_EMIT stateChanged();
}

void CardSession::readStarted()
{
    ++m_readNumber; // an audit answer still on its way belongs to the card before
    m_readTimer.start();
    m_problem = CardProblem::None;
    m_auditFailed = false;
    setState(State::Reading);
}

void CardSession::cardRead(const ThaiIdCardData &card)
{
    Citizen citizen = citizenFromCard(card);
    const QDate today = BangkokTime::fromUtcMs(BangkokTime::nowUtcMs()).date();

    CardReadAudit::Read read;
    read.atMs = BangkokTime::nowUtcMs();
    read.workplace = m_context.workplace();
    read.ticket = m_context.currentTicket();
    read.citizenId = citizen.id;
    read.checkDigitValid = citizen.id && citizen.id->hasValidCheckDigit();
    read.cardExpired = citizen.cardExpiredOn(today);

    if (!citizen.id) {
        qCWarning(m_context.log()) << "card read but not shown: the card gave no 13-digit ID";
        m_auditFailed = true;
        m_auditReply = {};
        m_problem = CardProblem::None;
        setState(State::Problem);
        return;
    }
    // The hub records the read in its outbox; only then is the citizen shown (PDPA: a read that
    // leaves no audit row must not be seen).
    const quint64 readNumber = ++m_readNumber;
    m_context.call(u"recordRead"_s, CardReadAudit::request(read),
        [this, readNumber, citizen, checkDigitValid = read.checkDigitValid,
            expired = read.cardExpired](const ModuleReply &reply) {
            if (reply.ok)
                qCInfo(m_context.log()).nospace()
                    << "card read and audited in "
                    << (m_readTimer.isValid() ? m_readTimer.elapsed() : -1) << " ms; check digit "
                    << (checkDigitValid ? "valid" : "INVALID") << (expired ? "; card expired" : "")
                    << (citizen.photoJpeg.isEmpty() ? "; no photo" : "");
            audited(readNumber, citizen, reply);
        });
}

void CardSession::audited(quint64 read, const Citizen &citizen, const ModuleReply &reply)
{
    if (read != m_readNumber)
        return; // the card left, failed, or another was read while the hub answered
    if (!reply.ok) {
        qCWarning(m_context.log()).noquote()
            << "card read but not shown: the hub did not audit it:" << reply.code;
        m_auditFailed = true;
        m_auditReply = reply;
        m_problem = CardProblem::None;
        setState(State::Problem);
        return;
    }
    m_problem = CardProblem::None;
    m_auditFailed = false;
    // Shown before publishing: a panel redrawing on citizenChanged then sees the final state.
    m_state = State::Shown;
    m_context.publishCitizen(citizen);
    Q_EMIT stateChanged();
}

void CardSession::readFailed(CardProblem problem, const QString &detail)
{
    qCWarning(m_context.log()).noquote()
        << "card read failed:" << problemId(problem) << (detail.isEmpty() ? QString() : detail);
    ++m_readNumber;
    m_problem = problem;
    m_auditFailed = false;
    if (problem == CardProblem::CardRemoved && m_rule.clearsOnCardRemoved())
        m_context.clearCitizen();
    setState(State::Problem);
}

void CardSession::cardRemoved()
{
    qCInfo(m_context.log()) << "card removed";
    ++m_readNumber;
    if (m_rule.clearsOnCardRemoved())
        m_context.clearCitizen();
    // A problem stays up: the officer has to read why the card failed even after pulling it.
    if (m_state == State::Reading) {
        m_problem = CardProblem::CardRemoved;
        setState(State::Problem);
    } else if (m_state != State::Problem && !m_context.currentCitizen()) {
        setState(State::Waiting);
    } else {
        Q_EMIT stateChanged();
    }
}

void CardSession::ticketChanged()
{
    const std::optional<Ticket> now = m_context.currentTicket();
    if (m_rule.clearsOnTicketChange(m_ticket, now)) {
        qCInfo(m_context.log()) << "ticket left the counter: citizen cleared";
        m_context.clearCitizen();
    }
    m_ticket = now;
}

void CardSession::citizenChanged()
{
    // Cleared by the rule above, or by the screen (the kiosk after a ticket): back to waiting.
    if (m_state == State::Shown && !m_context.currentCitizen())
        setState(State::Waiting);
}

} // namespace saduak::idcard
