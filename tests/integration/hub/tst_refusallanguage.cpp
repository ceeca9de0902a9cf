// A hub speaking English (saduak-hub --language en, a real process) refuses a Thai counter PC's
// command: the device shows the reason in Thai, from the untranslated text the hub sends beside
// its own English message, and in English again after a live switch.
#include <domain/translatabletext.h>
#include <i18n/translation.h>
#include <queuelink/queuelink.h>
#include <queuelink/remotequeuelink.h>

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace saduak;

class TestRefusalLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachDeviceSeesRefusalsInItsOwnLanguage()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"branch.sqlite"_s);
        QProcess pair;
        pair.start(QStringLiteral(SADUAK_HUB_BINARY),
            {u"pair-device"_s, u"--db"_s, db, u"--role"_s, u"supervisor"_s, u"--name"_s,
                u"Office"_s}); // may act for any counter, even one that does not exist
        QVERIFY(pair.waitForFinished(30000) && pair.exitCode() == 0);
        const QString token = QString::fromUtf8(pair.readAllStandardOutput()).trimmed();
        // A supervisor who logs in at the PC, as the operator adds one (password on stdin).
        QProcess addStaff;
        addStaff.start(QStringLiteral(SADUAK_HUB_BINARY),
            {u"add-staff"_s, u"--db"_s, db, u"--user"_s, u"anong"_s, u"--name"_s, u"Anong"_s,
                u"--role"_s, u"supervisor"_s});
        QVERIFY(addStaff.waitForStarted(30000));
        addStaff.write("a long enough password\n");
        addStaff.closeWriteChannel();
        QVERIFY2(addStaff.waitForFinished(30000) && addStaff.exitCode() == 0,
            addStaff.readAllStandardError().constData());

        QProcess hub;
        hub.start(QStringLiteral(SADUAK_HUB_BINARY),
            {u"--db"_s, db, u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--language"_s,
                u"en"_s});
        QString out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += QString::fromUtf8(hub.readAllStandardOutput());
                return out.contains(u"listening on port"_s);
            },
            30000));
        const QString port = QRegularExpression(u"port (\\d+)"_s).match(out).captured(1);

        QTranslator thai;
        QVERIFY(loadTranslation(thai, Language::Thai));
        QCoreApplication::installTranslator(&thai);
        setInstalledLanguage(Language::Thai);

        RemoteQueueLink link(QUrl(u"ws://127.0.0.1:"_s + port), token);
        link.start();
        std::optional<QueueReply> loggedIn;
        link.logIn(u"anong"_s, u"a long enough password"_s,
            [&](const QueueReply &r) { loggedIn = r; });
        QTRY_VERIFY_WITH_TIMEOUT(loggedIn.has_value(), 10000);
        QVERIFY2(loggedIn->ok, qPrintable(loggedIn->code));
        std::optional<QueueReply> reply;
        link.callNext(42, [&](const QueueReply &r) { reply = r; });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10000);
        QCOMPARE(reply->code, u"counterNotFound"_s);
        QCOMPARE(reply->message, u"There is no counter 42."_s); // the hub's own language
        QCOMPARE(reply->shownMessage(), u"ไม่มีช่องบริการ 42"_s); // this device's

        QCoreApplication::removeTranslator(&thai);
        setInstalledLanguage(Language::English);
        QCOMPARE(reply->shownMessage(), u"There is no counter 42."_s);

        hub.kill();
        hub.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestRefusalLanguage)
#include "tst_refusallanguage.moc"
