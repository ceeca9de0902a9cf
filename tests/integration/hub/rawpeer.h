#pragma once

// A bare protocol peer over a real WebSocket, for what HubClient would never send (bad input,
// repeated ids) and for replaying the documented session byte for byte.
#include <QAbstractSocket>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QWebSocket>

class RawPeer
{
public:
    explicit RawPeer(const QString &url)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            received.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        socket.open(QUrl(url));
    }

    bool waitConnected()
    {
        return QTest::qWaitFor(
            [this] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }

    void send(const QJsonObject &m)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact)));
    }

    // The answer to id (reply, welcome or error), waiting for it; empty if none came.
    QJsonObject answer(const QString &id)
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (const QJsonObject &m : std::as_const(received))
                    if (m.value(QStringLiteral("re")).toString() == id)
                        found = m;
                return !found.isEmpty();
            },
            5000);
        return found;
    }

    QJsonObject lastOfType(const QString &type, int timeoutMs = 5000)
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (const QJsonObject &m : std::as_const(received))
                    if (m.value(QStringLiteral("type")).toString() == type)
                        found = m;
                return !found.isEmpty();
            },
            timeoutMs);
        return found;
    }

    bool hello(const QString &token)
    {
        send({{QStringLiteral("type"), QStringLiteral("hello")},
            {QStringLiteral("id"), QStringLiteral("h1")},
            {QStringLiteral("protocols"), QJsonArray {1}}, {QStringLiteral("token"), token}});
        return answer(QStringLiteral("h1")).value(QStringLiteral("type")).toString()
            == QStringLiteral("welcome");
    }

    QWebSocket socket;
    QList<QJsonObject> received;
};
