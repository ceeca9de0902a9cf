#include "connectionanswers.h"

#include <QTcpSocket>

#include <algorithm>

namespace saduak {

ConnectionAnswers::Place ConnectionAnswers::reserve(QHttpServerResponder &&responder)
{
    QTcpSocket *socket = responder.socket();
    auto *answers = socket->findChild<ConnectionAnswers *>(QString(), Qt::FindDirectChildrenOnly);
    if (!answers)
        answers = new ConnectionAnswers(socket);
    const quint64 id = answers->m_nextId++;
    answers->m_pending.push_back(Pending {id, std::move(responder), std::nullopt});
    return Place(answers, id);
}

void ConnectionAnswers::fill(const Place &place, QHttpServerResponse &&response)
{
    ConnectionAnswers *answers = place.m_answers.data();
    if (!answers)
        return; // the connection closed while its answer was being computed
    const auto it = std::find_if(answers->m_pending.begin(), answers->m_pending.end(),
        [&place](const Pending &p) { return p.id == place.m_id; });
    if (it == answers->m_pending.end() || it->response)
        return;
    it->response.emplace(std::move(response));
    answers->writeReady();
}

void ConnectionAnswers::answer(QHttpServerResponder &&responder, QHttpServerResponse &&response)
{
    fill(reserve(std::move(responder)), std::move(response));
}

void ConnectionAnswers::writeReady()
{
    auto *socket = static_cast<QTcpSocket *>(parent());
    while (!m_pending.empty() && m_pending.front().response) {
        Pending ready = std::move(m_pending.front());
        m_pending.pop_front();
        // A connection closed meanwhile (by the client, or by the limiter at a deadline) takes
        // no more bytes; what was waiting for it is dropped with it.
        if (socket->state() != QAbstractSocket::ConnectedState) {
            m_pending.clear();
            return;
        }
        ready.response->write(std::move(ready.responder));
    }
}

} // namespace saduak
