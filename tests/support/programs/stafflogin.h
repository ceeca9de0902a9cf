#pragma once
// A person logged in at a paired counter or supervisor PC of a running saduak-hub, over the LAN
// with the device's own token, as that PC's log-in screen does (docs/hub-protocol.md "Logging
// in"): for tests that run the real programs and are about something else. The session belongs
// to the device, not to the connection, so the PC's program started with the same token finds the
// person logged in (staffSession) until close of day. Make the account first with
// HubProcess::addStaff (saduak-hub add-staff). Header only; link saduak_queuelink.

#include <queuelink/hubclient.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>
#include <QUrl>

namespace saduak::test {

// True when the hub answered that user is logged in at the device; else why holds its answer.
inline bool logInAt(const QString &hubUrl, const QString &token, const QString &user,
    const QByteArray &password, QString *why = nullptr)
{
    HubClient client(QUrl(hubUrl), token);
    client.setBackoff(50, 500);
    client.start();
    if (!QTest::qWaitFor([&] { return client.state() == HubClient::State::Ready; }, 20000)) {
        if (why)
            *why = QStringLiteral("the hub did not welcome the device: ") + client.lastError();
        return false;
    }
    QJsonObject reply;
    client.send(QStringLiteral("logIn"),
        {{QStringLiteral("user"), user}, {QStringLiteral("password"), QString::fromUtf8(password)}},
        [&](const QJsonObject &r) { reply = r; });
    (void)QTest::qWaitFor([&] { return !reply.isEmpty(); }, 20000);
    const bool in = reply.value(QStringLiteral("staff"))
                        .toObject()
                        .value(QStringLiteral("user"))
                        .toString()
        == user;
    if (!in && why)
        *why = QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact));
    client.stop();
    return in;
}

} // namespace saduak::test
