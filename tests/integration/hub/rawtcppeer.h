#pragma once

// A WebSocket peer written by hand over a real TCP socket, for what no WebSocket library does: a
// peer that stops reading (and so never answers a ping or takes a reply), one that connects from
// another loopback address (127.0.0.2), one that sends frames of its own making. Header only.
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include <QtEndian>

class RawTcpPeer
{
public:
    // Connects (from `from`, if given) and does the WebSocket handshake; false if it failed.
    bool open(quint16 port, const QHostAddress &from = {})
    {
        if (!from.isNull() && !socket.bind(from))
            return false;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!QTest::qWaitFor(
                [this] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
            return false;
        socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                     "Sec-WebSocket-Version: 13\r\n\r\n");
        const bool answered = QTest::qWaitFor(
            [this] {
                m_in += socket.readAll();
                return m_in.contains("\r\n\r\n")
                    || socket.state() != QAbstractSocket::ConnectedState;
            },
            5000);
        if (!answered || !m_in.startsWith("HTTP/1.1 101"))
            return false;
        m_in.remove(0, m_in.indexOf("\r\n\r\n") + 4);
        return true;
    }

    // One client frame: masked (with a zero key, so the payload goes as it is).
    static QByteArray frame(const QByteArray &payload, quint8 opcode = 0x1, bool fin = true)
    {
        QByteArray f;
        f.append(char((fin ? 0x80 : 0x00) | opcode));
        if (payload.size() < 126) {
            f.append(char(0x80 | payload.size()));
        } else if (payload.size() < 65536) {
            f.append(char(0x80 | 126));
            f.append(char(payload.size() >> 8));
            f.append(char(payload.size() & 0xff));
        } else {
            f.append(char(0x80 | 127));
            for (int shift = 56; shift >= 0; shift -= 8)
                f.append(char((quint64(payload.size()) >> shift) & 0xff));
        }
        f.append(QByteArray(4, '\0'));
        return f + payload;
    }

    void send(const QJsonObject &m)
    {
        socket.write(frame(QJsonDocument(m).toJson(QJsonDocument::Compact)));
    }

    // The text messages from the hub read so far (unfragmented, as the hub sends them).
    QList<QJsonObject> messages()
    {
        m_in += socket.readAll();
        QList<QJsonObject> out;
        qsizetype at = 0;
        while (m_in.size() - at >= 2) {
            const quint8 opcode = quint8(m_in.at(at)) & 0x0f;
            qint64 length = quint8(m_in.at(at + 1)) & 0x7f;
            qsizetype header = 2;
            if (length == 126) {
                if (m_in.size() - at < 4)
                    break;
                length = qFromBigEndian<quint16>(m_in.constData() + at + 2);
                header = 4;
            } else if (length == 127) {
                if (m_in.size() - at < 10)
                    break;
                length = qint64(qFromBigEndian<quint64>(m_in.constData() + at + 2));
                header = 10;
            }
            if (m_in.size() - at - header < length)
                break;
            if (opcode == 0x1)
                out.append(QJsonDocument::fromJson(m_in.mid(at + header, length)).object());
            at += header + length;
        }
        return out;
    }

    // The first message of `type`, waiting for it; empty if none came.
    QJsonObject waitFor(const QString &type)
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (const QJsonObject &m : messages())
                    if (m.value(QStringLiteral("type")).toString() == type)
                        found = m;
                return !found.isEmpty();
            },
            5000);
        return found;
    }

    // From now on the socket takes nothing more from the kernel: what the hub sends piles up in
    // the kernel's buffers and then in the hub, and pings go unanswered.
    void stopReading() { socket.setReadBufferSize(1); }

    QTcpSocket socket;

private:
    QByteArray m_in;
};
