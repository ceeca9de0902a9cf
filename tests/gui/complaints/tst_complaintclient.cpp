// The complaints panel on a client PC: the hub is another process's (here a second BranchSession
// serving the LAN on loopback), so the panel hears of filings only while the link is up. A
// complaint filed while this PC was away is listed once the link is back (hubLinkRestored), not at
// the next filing.
#include "complaintbranch.h"

#include <hub/branchhub.h>
#include <hub/hubserver.h>
#include <saduak/hostmodulecontext.h>
#include <sdk/moduleinfo.h>
#include <shell/counterwindow.h>

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

const QJsonObject kComplaint {{u"category"_s, u"roads"_s}, {u"subject"_s, u"ทางเท้าแตก"_s},
    {u"description"_s, u"หน้าตลาดบางรัก"_s}, {u"province"_s, u"10"_s}, {u"amphoe"_s, u"1004"_s},
    {u"tambon"_s, u"100401"_s}, {u"privacyAcknowledged"_s, true}};

} // namespace

class TestComplaintClient : public QObject
{
    Q_OBJECT

private:
    // Files a complaint at the hub PC, as its own desk part would.
    static bool fileAtTheHub(ComplaintBranch &hub)
    {
        ModuleInfo info;
        info.id = u"complaints"_s;
        HostModuleContext context(
            info, &hub.session().queue(), hub.settings().raw(), hub.session().desk());
        std::optional<ModuleReply> reply;
        context.call(u"file"_s, kComplaint, [&](const ModuleReply &r) { reply = r; });
        if (!QTest::qWaitFor([&] { return reply.has_value(); }) || !reply->ok) {
            qWarning() << "not filed:"
                       << (reply ? reply->code + u' ' + reply->message : u"no answer"_s);
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void aComplaintFiledWhileThisPcWasAwayIsListedWhenTheHubIsBack()
    {
        ComplaintBranch hub;
        QString why;
        QVERIFY2(hub.open(&why, {}, 0), qPrintable(why));
        const quint16 port = hub.session().hub()->server()->port();
        QVERIFY(port != 0);

        AppSettings settings(hub.path(u"counter2.ini"_s));
        BranchSession::Options options;
        options.moduleFolder = qEnvironmentVariable("SADUAK_MODULE_DIR");
        options.hubUrl = QUrl(u"ws://127.0.0.1:%1"_s.arg(port));
        options.hubToken = hub.pairCounter(2);
        StorageError error;
        auto client = BranchSession::open(options, settings, &error);
        QVERIFY2(client, qPrintable(error.detail));
        QVERIFY(QTest::qWaitFor([&] { return client->isReady(); }, 10000));
        CounterWindow counter(client->shellContext(&hub.language()));
        counter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&counter));
        auto *view = counter.findChild<QTableView *>(u"complaintList"_s);
        QVERIFY2(view, "no complaints panel on the client counter");

        // While the link is up the hub's event brings each filing.
        QVERIFY(fileAtTheHub(hub));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 10000);

        // The hub goes; it files one more before this PC can reach it again (its LAN port opens
        // only afterwards), so no event of it ever reaches this PC.
        hub.close();
        QVERIFY2(hub.open(&why), qPrintable(why));
        QVERIFY(fileAtTheHub(hub));
        QVERIFY2(hub.session().hub()->listen(QHostAddress::LocalHost, port, &why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 20000);
        client->shutDown();
    }
};

QTEST_MAIN(TestComplaintClient)
#include "tst_complaintclient.moc"
