// `saduak --serve` (the branch in the counter program, serving the LAN) keeps the hub's limits
// from its own settings file, as saduak-hub does (docs/deployment.md, "The branch hub").
#include <saduak/branchsession.h>
#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <shell/appsettings.h>

#include "rawpeer.h"
#include <testcerts.h>

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

// The counter program serving (saduak --serve) on address, port 0, its database in folder.
BranchSession::Options servingOptions(const QTemporaryDir &folder, const QHostAddress &address)
{
    BranchSession::Options options;
    options.databasePath = folder.filePath(u"branch.sqlite"_s);
    options.moduleFolder = folder.filePath(u"no-modules"_s);
    options.serve = true;
    options.listenAddress = address;
    options.port = 0;
    return options;
}

} // namespace

class TestServeLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servingTakesTheHubLimitsFromItsSettings()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"saduak.ini"_s));
        settings.raw().setValue(u"hub/maxConnections"_s, 1);
        BranchSession::Options options = servingOptions(dir, QHostAddress::LocalHost);
        StorageError error;
        QString serveError;
        auto session = BranchSession::open(options, settings, &error, &serveError);
        QVERIFY2(session, qPrintable(error.detail));
        QVERIFY2(serveError.isEmpty(), qPrintable(serveError));
        const QString url = session->hub()->server()->url();
        const QString token
            = session->hub()->devices().pair(Device::Role::Display, u"Board"_s, 0)->token;

        RawPeer board(url);
        QVERIFY(board.waitConnected());
        QVERIFY(board.hello(token));
        RawPeer oneTooMany(url);
        QSignalSpy closed(&oneTooMany.socket, &QWebSocket::disconnected);
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(int(oneTooMany.socket.closeCode()), HubServer::kCloseFull);
    }

    // Serving the LAN with no certificate in its settings, the counter program's hub makes its
    // own beside the database and serves wss:// with it; the key file is the owner's alone.
    void servingTheLanWithoutACertificateUsesTheHubsOwn()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"saduak.ini"_s));
        BranchSession::Options options = servingOptions(dir, QHostAddress::Any);
        StorageError error;
        QString serveError;
        auto session = BranchSession::open(options, settings, &error, &serveError);
        QVERIFY2(session, qPrintable(error.detail));
        QVERIFY2(serveError.isEmpty(), qPrintable(serveError));
        QVERIFY(session->hub()->server()->url().startsWith(u"wss://"_s));
        QVERIFY(QFileInfo::exists(dir.filePath(u"branch-hub.crt"_s)));
        QCOMPARE(QFileInfo(dir.filePath(u"branch-hub.key"_s)).permissions()
                & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                    | QFileDevice::WriteUser),
            QFileDevice::Permissions());
    }

    // hub/tlsCert and hub/tlsKey in the counter program's settings (relative: to the settings
    // file's folder) are the certificate it serves, on loopback too; the pin is that key's.
    void servingTakesTheCertificateFromItsSettings()
    {
        QTemporaryDir dir;
        const test::TestCerts certs = test::makeCerts(dir.filePath(u"tls"_s));
        QVERIFY(!certs.pin.isEmpty());
        AppSettings settings(dir.filePath(u"saduak.ini"_s));
        settings.raw().setValue(u"hub/tlsCert"_s, u"tls/server.crt"_s);
        settings.raw().setValue(u"hub/tlsKey"_s, u"tls/server.key"_s);
        BranchSession::Options options = servingOptions(dir, QHostAddress::LocalHost);
        StorageError error;
        QString serveError;
        auto session = BranchSession::open(options, settings, &error, &serveError);
        QVERIFY2(session, qPrintable(error.detail));
        QVERIFY2(serveError.isEmpty(), qPrintable(serveError));
        QVERIFY(session->hub()->server()->url().startsWith(u"wss://"_s));
        QCOMPARE(session->hub()->server()->pin(), certs.pin);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"branch-hub.key"_s))); // not its own

        // A certificate meant but missing keeps the PC off the LAN, with the reason.
        QTemporaryDir other;
        AppSettings broken(other.filePath(u"saduak.ini"_s));
        broken.raw().setValue(u"hub/tlsCert"_s, u"missing.crt"_s);
        broken.raw().setValue(u"hub/tlsKey"_s, u"missing.key"_s);
        options.databasePath = other.filePath(u"branch.sqlite"_s);
        auto offLan = BranchSession::open(options, broken, &error, &serveError);
        QVERIFY2(offLan, qPrintable(error.detail));
        QVERIFY2(serveError.contains(u"missing.crt"_s), qPrintable(serveError));
        QVERIFY(!offLan->hub()->server());
    }
};

QTEST_MAIN(TestServeLimits)
#include "tst_servelimits.moc"
