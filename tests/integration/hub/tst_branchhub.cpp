// A site sets the queue's rules in a settings file; the hub follows them.
#include <hub/branchhub.h>
#include <queue/queuemanager.h>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace saduak;

class TestBranchHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheQueueRulesFromSettings_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<int>("recallPause");
        QTest::addColumn<int>("maxRecalls");
        QTest::addColumn<int>("rolloverHour");
        const QueueSettings defaults;
        QTest::newRow("nothing set keeps the defaults")
            << u""_s << defaults.recallPauseSeconds << defaults.maxRecalls << defaults.rolloverHour;
        QTest::newRow("a site's own rules")
            << u"[queue]\nrecallPauseSeconds=10\nmaxRecalls=5\nrolloverHour=2\n"_s << 10 << 5 << 2;
        QTest::newRow("nonsense is ignored, key by key")
            << u"[queue]\nrecallPauseSeconds=soon\nmaxRecalls=-1\nrolloverHour=7\n"_s
            << defaults.recallPauseSeconds << defaults.maxRecalls << 7;
    }

    void readsTheQueueRulesFromSettings()
    {
        QFETCH(QString, ini);
        QFETCH(int, recallPause);
        QFETCH(int, maxRecalls);
        QFETCH(int, rolloverHour);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"hub.ini"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ini.toUtf8());
        file.close();
        const QSettings settings(file.fileName(), QSettings::IniFormat);
        const QueueSettings q = BranchHub::queueSettingsFrom(settings);
        QCOMPARE(q.recallPauseSeconds, recallPause);
        QCOMPARE(q.maxRecalls, maxRecalls);
        QCOMPARE(q.rolloverHour, rolloverHour);
    }

    void refusesASecondLiveHubOnTheSameFile()
    {
        QTemporaryDir dir;
        BranchHub::Options options;
        options.databasePath = dir.filePath(u"branch.sqlite"_s);
        options.queue.openAllDay = true; // the test runs at any hour with the real clock
        StorageError error;
        auto first = BranchHub::open(options, &error);
        QVERIFY2(first, qPrintable(error.detail));

        // A second program on the same file would run a queue of its own beside the first.
        StorageError refused;
        QVERIFY(!BranchHub::open(options, &refused));
        QVERIFY2(refused.message.contains(u"already open"_s), qPrintable(refused.message));
        QVERIFY(refused.message.contains(QString::number(QCoreApplication::applicationPid())));

        // Pairing a device beside the running hub is fine.
        BranchHub::Options pairing = options;
        pairing.exclusive = false;
        QVERIFY(BranchHub::open(pairing, &error));

        // Once the first hub is gone (closed, or killed: see tst_hubprocess) the file is free.
        first.reset();
        QVERIFY2(BranchHub::open(options, &error), qPrintable(error.message));
    }

    // A lock that cannot be made is not "open in another program (process 0)": the operator is
    // told which fault it is and where. /sys refuses new files to everyone, root included, so this
    // runs the same as root (CI) and as a user; a file-size limit of 0 stands in for a full disk
    // (the lock's first byte fails with EFBIG, as it fails with ENOSPC on a full disk).
    void saysWhyTheLockCannotBeTaken_data()
    {
        QTest::addColumn<QString>("where"); // "sys", "file-as-folder", "no-room"
        QTest::addColumn<QString>("says");
        QTest::newRow("a folder no one may write") << u"sys"_s << u"may not write"_s;
        QTest::newRow("a file where the folder should be")
            << u"file-as-folder"_s << u"is a file, not a folder"_s;
        QTest::newRow("no room for the lock's first byte") << u"no-room"_s << u"is full"_s;
    }

    void saysWhyTheLockCannotBeTaken()
    {
        QFETCH(QString, where);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"branches"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        BranchHub::Options options;
        options.databasePath = where == u"sys"_s ? u"/sys/saduak-branch.sqlite"_s
            : where == u"file-as-folder"_s        ? dir.filePath(u"branches/branch.sqlite"_s)
                                                  : dir.filePath(u"branch.sqlite"_s);
        options.queue.openAllDay = true;
        if (where == u"sys"_s)
            QVERIFY(QFileInfo(u"/sys"_s).isDir());

        StorageError error;
        std::unique_ptr<BranchHub> hub;
        if (where == u"no-room"_s) {
            rlimit before {};
            QVERIFY(getrlimit(RLIMIT_FSIZE, &before) == 0);
            const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
            rlimit none = before;
            none.rlim_cur = 0;
            QVERIFY(setrlimit(RLIMIT_FSIZE, &none) == 0);
            hub = BranchHub::open(options, &error);
            setrlimit(RLIMIT_FSIZE, &before);
            std::signal(SIGXFSZ, oldHandler);
        } else {
            hub = BranchHub::open(options, &error);
        }
        QVERIFY(!hub);
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        QVERIFY2(error.message.contains(options.databasePath + u".hub-lock"_s),
            qPrintable(error.message));
        QVERIFY2(!error.message.contains(u"already open"_s), qPrintable(error.message));
    }

    void theHubRecallsAsTheSiteSet()
    {
        QTemporaryDir dir;
        BranchHub::Options options;
        options.databasePath = dir.filePath(u"branch.sqlite"_s);
        options.queue.openAllDay = true; // the test runs at any hour with the real clock
        options.queue.recallPauseSeconds = 0; // this site lets officers recall at once
        StorageError error;
        auto hub = BranchHub::open(options, &error);
        QVERIFY2(hub, qPrintable(error.detail));
        QueueManager &queue = hub->queue();
        QVERIFY(queue.issueTicket(u"A"_s).ok());
        QVERIFY(queue.openCounter(1).ok());
        const QueueResult called = queue.callNext(1);
        QVERIFY(called.ok());
        QVERIFY(queue.recall(1, called.ticket->id).ok());
    }

    // The settings file that holds the branch's token for central is for the hub's user alone:
    // open to other users of the PC, the hub says so (and how to close it) when it starts sync.
    void warnsWhenTheCentralTokenIsReadableByOthers()
    {
        QTemporaryDir dir;
        BranchHub::Options options;
        options.databasePath = dir.filePath(u"branch.sqlite"_s);
        StorageError error;
        auto hub = BranchHub::open(options, &error);
        QVERIFY2(hub, qPrintable(error.detail));
        const QString path = dir.filePath(u"hub.ini"_s);
        {
            QSettings write(path, QSettings::IniFormat);
            // Nothing listens here: sync only starts, and keeps its rows.
            write.setValue(u"central/url"_s, u"http://127.0.0.1:9/"_s);
            write.setValue(u"central/token"_s, u"secret"_s);
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        QSettings open(path, QSettings::IniFormat);
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(u"holds central/token.*other users.*chmod 600"_s));
        QVERIFY(hub->startSyncFrom(open));

        // Made private: not a word.
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QTest::failOnWarning(QRegularExpression(u"central/token"_s));
        QSettings closed(path, QSettings::IniFormat);
        QVERIFY(hub->startSyncFrom(closed));
    }
};

QTEST_GUILESS_MAIN(TestBranchHub)
#include "tst_branchhub.moc"
