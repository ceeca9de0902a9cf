#pragma once
// HTTP/1.1 over a plain QTcpSocket, for tests that must send exactly the bytes they mean
// (malformed input, oversized headers) and read exactly what came back.

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

namespace saduak::test {

struct RawResponse
{
    int status = 0; // 0: no (complete) answer
    QByteArray head;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Sends request (complete bytes) to 127.0.0.1:port and reads one answer, framed by its
// Content-Length, or until the server closes.
inline RawResponse rawHttp(quint16 port, const QByteArray &request, int timeoutMs = 10000)
{
    RawResponse r;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(timeoutMs))
        return r;
    socket.write(request);
    QByteArray in;
    qint64 needed = -1;
    (void)QTest::qWaitFor(
        [&] {
            in += socket.readAll();
            const qsizetype end = in.indexOf("\r\n\r\n");
            if (end >= 0 && needed < 0) {
                needed = 0;
                for (const QByteArray &line : in.left(end).split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        needed = line.mid(15).trimmed().toLongLong();
                needed += end + 4;
            }
            return (needed >= 0 && in.size() >= needed)
                || socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    in += socket.readAll();
    const qsizetype end = in.indexOf("\r\n\r\n");
    if (end < 0 || !in.startsWith("HTTP/1.1 "))
        return r;
    r.head = in.left(end);
    r.body = in.mid(end + 4);
    if (needed >= 0 && in.size() < needed)
        return r; // cut short
    r.status = in.mid(9, 3).toInt();
    return r;
}

// A request with Host and Content-Length added.
inline QByteArray httpRequest(const QByteArray &method, const QByteArray &path,
    const QList<QByteArray> &headers = {}, const QByteArray &body = {})
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray &h : headers)
        out += h + "\r\n";
    if (!body.isEmpty() || method == "POST")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

} // namespace saduak::test
