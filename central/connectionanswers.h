#pragma once

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QObject>
#include <QPointer>

#include <deque>
#include <optional>

namespace saduak {

// The answers of one HTTP/1.1 connection, written in the order its requests came: a client may
// send requests without waiting for the answers (pipelining) and reads the answers in that order
// (RFC 9112, 9.3.2). Qt HttpServer 6.4 reads a connection's next request as soon as a route
// returns, so once one answer is computed off the event loop (CentralServer's heavy reads), the
// answers behind it wait here, in memory, until it is written. A child of the connection's
// socket: it goes with the connection, and a place whose connection is gone is dropped.
class ConnectionAnswers : public QObject
{
    Q_OBJECT
public:
    // Where the answer to one request goes; filled once, on the thread of the HTTP server.
    class Place
    {
    public:
        Place() = default;

    private:
        friend class ConnectionAnswers;
        Place(ConnectionAnswers *answers, quint64 id) : m_answers(answers), m_id(id) { }
        QPointer<ConnectionAnswers> m_answers;
        quint64 m_id = 0;
    };

    // Holds the place of the request this responder answers, behind those before it.
    static Place reserve(QHttpServerResponder &&responder);
    // Writes the answer, and those behind it that are ready, once the ones before it are
    // written. Nothing happens if the connection is gone or closing.
    static void fill(const Place &place, QHttpServerResponse &&response);
    // reserve() and fill() at once: answered now, unless an earlier answer is still to come.
    static void answer(QHttpServerResponder &&responder, QHttpServerResponse &&response);

private:
    explicit ConnectionAnswers(QObject *socket) : QObject(socket) { }
    struct Pending
    {
        quint64 id = 0;
        QHttpServerResponder responder;
        std::optional<QHttpServerResponse> response; // none yet: still being computed
    };
    void writeReady();

    std::deque<Pending> m_pending; // in request order
    quint64 m_nextId = 1;
};

} // namespace saduak
