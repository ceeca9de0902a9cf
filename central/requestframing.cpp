#include "requestframing.h"

#include <QList>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// RFC 9110 5.6.2: the characters of a header name (and of a method).
bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

QString bearerToken(QByteArrayView value)
{
    const QByteArray v = value.trimmed().toByteArray();
    if (v.size() > 7 && v.left(7).compare("bearer "_ba, Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(v.mid(7).trimmed());
    return {};
}

} // namespace

RequestFraming::RequestFraming(const CentralLimits &limits, const RequestGate &gate, Events events)
    : m_limits(limits), m_gate(gate), m_events(std::move(events))
{ }

void RequestFraming::feed(QByteArrayView bytes)
{
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype pos = 0;
    while (pos < size && m_state != State::Refused) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_bodyLeft, size - pos);
            m_bodyLeft -= take;
            pos += take;
            m_parsed += take;
            if (m_bodyLeft == 0)
                complete();
            continue;
        }
        for (; pos < size && m_state == State::Head;) {
            const char c = data[pos++];
            ++m_parsed;
            // RFC 9112 2.2: a bare CR is invalid, and a bare LF is where parsers disagree
            // (Qt's ends a head at LF LF): refused, so the limiter and the HTTP server can
            // never see a request end in different places.
            if (m_lastWasCR != (c == '\n')) {
                refuse({400, "Bad Request"_ba, u"badRequest"_s,
                    u"every line of the request line and headers must end in CRLF"_s});
                return;
            }
            m_lastWasCR = c == '\r';
            m_head.append(c);
            if (m_head.size() > m_limits.maxHeaderBytes) {
                refuse({431, "Request Header Fields Too Large"_ba, u"headersTooLarge"_s,
                    u"request line and headers are over "_s
                        + QString::number(m_limits.maxHeaderBytes) + u" bytes"_s});
                return;
            }
            if (c == '\n') {
                if (m_head.size() == 2) {
                    m_head.clear(); // an empty line before a request line is ignored
                } else if (m_head.endsWith("\r\n\r\n")) {
                    headComplete();
                    break;
                }
            } else if (c != '\r' && !m_headStarted) {
                m_headStarted = true;
                if (m_events.headStarted)
                    m_events.headStarted();
            }
        }
    }
}

void RequestFraming::headComplete()
{
    const QByteArray head = std::exchange(m_head, {});
    // Every LF has its CR (checked as the bytes came): lines split at LF, CR dropped.
    QList<QByteArray> lines = head.first(head.size() - 4).split('\n');
    for (QByteArray &line : lines)
        if (line.endsWith('\r'))
            line.chop(1);
    const auto bad = [this](const QString &reason) {
        refuse({400, "Bad Request"_ba, u"badRequest"_s, reason});
    };
    const QList<QByteArray> requestLine = lines.first().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || requestLine[1].isEmpty()
        || (requestLine[2] != "HTTP/1.1"_ba && requestLine[2] != "HTTP/1.0"_ba))
        return bad(u"the request line is not: METHOD SP target SP HTTP/1.1"_s);
    qint64 length = 0;
    bool haveLength = false;
    bool haveAuthorization = false;
    QByteArray authorization;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.startsWith(' ') || line.startsWith('\t'))
            return bad(u"folded header lines are not accepted"_s);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || !isToken(QByteArrayView(line).first(colon)))
            return bad(u"a header line is not name: value"_s);
        const QByteArray name = line.first(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding"_ba) {
            refuse({411, "Length Required"_ba, u"lengthRequired"_s,
                u"send the body with Content-Length; Transfer-Encoding is not accepted"_s});
            return;
        }
        if (name == "content-length"_ba) {
            // RFC 9112 6.3: two lengths (even equal ones) are where framing attacks live.
            if (haveLength)
                return bad(u"more than one Content-Length"_s);
            haveLength = true;
            if (value.isEmpty() || value.size() > 18
                || !std::all_of(
                    value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
                return bad(u"bad Content-Length"_s);
            length = value.toLongLong();
        }
        if (name == "authorization"_ba && !haveAuthorization) {
            haveAuthorization = true; // the first one counts, as for the route
            authorization = value;
        }
    }
    m_bodyStart = m_parsed;
    if (length > m_limits.maxBodyBytes) {
        refuse({413, "Payload Too Large"_ba, u"tooLarge"_s,
            u"body of "_s + QString::number(length) + u" bytes is over the limit of "_s
                + QString::number(m_limits.maxBodyBytes) + u" bytes"_s,
            length});
        return;
    }
    // The token before the body: an unknown client never gets a byte buffered.
    const QString path = QUrl::fromEncoded(requestLine[1]).path();
    if (m_gate.needsToken && m_gate.needsToken(requestLine[0], path)) {
        const QString token = bearerToken(authorization);
        const RequestGate::TokenCheck check = token.isEmpty() || !m_gate.knowsToken
            ? RequestGate::TokenCheck::Unknown
            : m_gate.knowsToken(token);
        if (check == RequestGate::TokenCheck::StorageFailed) {
            refuse({503, "Service Unavailable"_ba, u"storageFailed"_s,
                u"central cannot reach its database; retry later"_s, length});
            return;
        }
        if (check != RequestGate::TokenCheck::Known) {
            refuse({401, "Unauthorized"_ba, u"unauthorized"_s,
                u"missing or unknown branch token (Authorization: Bearer <token>)"_s, length});
            return;
        }
    }
    m_bodyLeft = length;
    if (length == 0) {
        complete();
        return;
    }
    m_state = State::Body;
    if (m_events.bodyStarted)
        m_events.bodyStarted(length);
}

void RequestFraming::complete()
{
    m_state = State::Head;
    m_headStarted = false;
    m_requestStart = m_parsed;
    if (m_events.requestComplete)
        m_events.requestComplete();
}

void RequestFraming::refuse(const Refusal &refusal)
{
    m_state = State::Refused;
    if (m_events.refused)
        m_events.refused(refusal);
}

} // namespace saduak
