#pragma once

#include "centrallimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace saduak {

// What the limiter asks the server about a request once its head is in, before any of its body
// is read: does this method and path need a branch token, and is this one known? A request that
// needs one and has none, or an unknown one, is answered 401 there and then; one whose token
// could not be looked up (central's database is unreachable) 503 storageFailed, never 401.
struct RequestGate
{
    enum class TokenCheck { Known, Unknown, StorageFailed };
    std::function<bool(QByteArrayView method, const QString &path)> needsToken;
    std::function<TokenCheck(const QString &token)> knowsToken; // one indexed lookup
};

// HTTP/1.1 request framing (RFC 9112) of one connection's bytes, decided as they come: where a
// request's head ends, how long its body is (Content-Length), and which requests are refused
// (400, 411, 413, 431, and 401 or 503 by the RequestGate) before any of their body is read. Bytes
// in, decisions out, no socket: RequestLimiter (limitedtcpserver.cpp) feeds it what a connection
// receives and acts on what it reports, and tests/fuzz feeds it anything. Each byte is looked at
// once, however the stream is cut into pieces; after a refusal nothing more is looked at.
class RequestFraming
{
public:
    struct Refusal
    {
        int status = 400;
        QByteArray phrase;
        QString code;
        QString reason;
        qint64 bodyLength = 0; // the refused request's body, to read and throw away
    };
    // Called from feed(), in stream order.
    struct Events
    {
        std::function<void()> headStarted; // a request line's first byte (not a CR or LF)
        std::function<void(qint64 length)> bodyStarted; // the head is in; length > 0 bytes follow
        std::function<void()> requestComplete;
        std::function<void(const Refusal &)> refused; // the last event
    };

    RequestFraming(const CentralLimits &limits, const RequestGate &gate, Events events);

    void feed(QByteArrayView bytes);

    bool isRefused() const { return m_state == State::Refused; }
    // Bytes looked at since the connection opened.
    qint64 parsed() const { return m_parsed; }
    // Where the request being parsed (or refused) starts, and its body.
    qint64 requestStart() const { return m_requestStart; }
    qint64 bodyStart() const { return m_bodyStart; }
    // Some of a request has come: a deadline then owes the client an answer.
    bool requestStarted() const { return m_headStarted || !m_head.isEmpty(); }

private:
    enum class State { Head, Body, Refused };

    void headComplete();
    void complete();
    void refuse(const Refusal &refusal);

    CentralLimits m_limits;
    RequestGate m_gate;
    Events m_events;
    State m_state = State::Head;
    QByteArray m_head;
    bool m_lastWasCR = false;
    bool m_headStarted = false;
    qint64 m_bodyLeft = 0;
    qint64 m_parsed = 0;
    qint64 m_requestStart = 0;
    qint64 m_bodyStart = 0;
};

} // namespace saduak
