// The branch database's health as an operator meets it, through the real saduak-hub program: a
// file with a damaged page of its ticket table is refused at start with the way to restore it
// (instead of a queue served as empty), and `saduak-hub check` names the damage. And
// `saduak-hub backup FILE` copies a hub's database while a kiosk keeps taking tickets: the copy is
// whole and holds every ticket acknowledged before the backup began.
#include <hub/branchhub.h>
#include <queue/queuemanager.h>
#include <queuelink/hubclient.h>
#include <storage/databasecheck.h>

#include <programprocess.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace saduak;
using saduak::test::HubProcess;
using saduak::test::runToEnd;

class TestHubStorage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString dbPath() const { return m_dir.filePath(u"branch.sqlite"_s); }

    // A branch's day: enough tickets that the ticket table spans many pages. The hub is closed
    // after, so the WAL is checkpointed into the file and the file alone holds every row.
    bool makeBranchWithTickets(int tickets)
    {
        BranchHub::Options options;
        options.databasePath = dbPath();
        options.queue.openAllDay = true; // the test runs at any hour with the real clock
        StorageError error;
        auto hub = BranchHub::open(options, &error);
        if (!hub) {
            qWarning() << error.detail;
            return false;
        }
        for (int i = 0; i < tickets; ++i) {
            if (!hub->queue().issueTicket(i % 2 ? u"A"_s : u"B"_s).ok())
                return false;
        }
        return true;
    }

    // The number of a leaf page of the ticket table, from SQLite's dbstat (compiled into Debian's
    // libsqlite3); 0 if there is none. Read-write though it only reads: a read-only connection
    // would leave a -wal behind, and the damage must go into the file itself.
    int ticketLeafPage(int *pageSize) const
    {
        sqlite3 *db = nullptr;
        int page = 0;
        if (sqlite3_open_v2(QFile::encodeName(dbPath()).constData(), &db, SQLITE_OPEN_READWRITE,
                nullptr)
            == SQLITE_OK) {
            sqlite3_stmt *st = nullptr;
            if (sqlite3_prepare_v2(db,
                    "SELECT pageno, pgsize FROM dbstat WHERE name = 'ticket' AND pagetype = "
                    "'leaf' ORDER BY pageno LIMIT 1 OFFSET 2",
                    -1, &st, nullptr)
                    == SQLITE_OK
                && sqlite3_step(st) == SQLITE_ROW) {
                page = sqlite3_column_int(st, 0);
                *pageSize = sqlite3_column_int(st, 1);
            }
            sqlite3_finalize(st);
        }
        sqlite3_close(db);
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makeBranchWithTickets(400));
    }

    void aWholeDatabaseChecksWhole()
    {
        const auto check = runToEnd(QStringLiteral(SADUAK_HUB_BINARY),
            {u"check"_s, u"--db"_s, dbPath(), u"--language"_s, u"en"_s});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains(u"is whole"_s), qPrintable(check.out));
    }

    void aDamagedPageIsRefusedAtStartAndNamedByCheck()
    {
        int pageSize = 0;
        const int page = ticketLeafPage(&pageSize);
        QVERIFY2(page > 1, "dbstat found no third leaf page of the ticket table");
        QVERIFY(!QFile::exists(dbPath() + u"-wal"_s));
        {
            // The middle of the page: its cell pointers and the start of its rows, as a failing
            // sector or a bad copy leaves them.
            QFile file(dbPath());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(qint64(page - 1) * pageSize + 8));
            QVERIFY(file.write(QByteArray(pageSize / 2, '\xA5')) == pageSize / 2);
        }

        // The hub refuses to serve it, says it is damaged and how to get the branch back.
        const auto start = runToEnd(QStringLiteral(SADUAK_HUB_BINARY),
            {u"--db"_s, dbPath(), u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s,
                u"--language"_s, u"en"_s});
        QVERIFY2(!start.out.contains(u"listening on port"_s), qPrintable(start.out));
        QVERIFY2(start.exitCode > 0, qPrintable(start.out + start.err));
        QVERIFY2(start.err.contains(u"is damaged"_s), qPrintable(start.err));
        QVERIFY2(start.err.contains(u"saduak-hub backup"_s), qPrintable(start.err));
        QVERIFY2(start.err.contains(u"pulls the reference data from central again"_s),
            qPrintable(start.err));

        // check names what SQLite found and fails.
        const auto check = runToEnd(QStringLiteral(SADUAK_HUB_BINARY),
            {u"check"_s, u"--db"_s, dbPath(), u"--language"_s, u"en"_s});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(u"is damaged"_s), qPrintable(check.out));
        QVERIFY2(check.out.contains(u"page "_s + QString::number(page))
                || check.out.contains(u"malformed"_s),
            qPrintable(check.out));
    }

    void backsUpALiveHubWhileAKioskTakesTickets()
    {
        const QString live = m_dir.filePath(u"live.sqlite"_s);
        const QString copy = m_dir.filePath(u"backup/live-copy.sqlite"_s);
        QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
        const QString ini = m_dir.filePath(u"live.ini"_s);
        QSettings(ini, QSettings::IniFormat).setValue(u"queue/openAllDay"_s, true);
        HubProcess hub(QStringLiteral(SADUAK_HUB_BINARY), live);
        const QString token = hub.pair(u"kiosk"_s, u"Kiosk 1"_s);
        QVERIFY(!token.isEmpty());
        QVERIFY2(hub.start(0, {u"--settings"_s, ini}), qPrintable(hub.program().read()));

        // The kiosk takes a ticket, and the next as soon as one is answered, for the whole test.
        HubClient kiosk(QUrl(hub.url()), token);
        kiosk.start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.state(), HubClient::State::Ready, 10000);
        QSet<QString> acknowledged;
        bool writing = true;
        std::function<void()> takeOne = [&] {
            kiosk.send(u"issueTicket"_s, {{u"service"_s, u"A"_s}}, [&](const QJsonObject &reply) {
                if (reply.value(u"ok"_s).toBool())
                    acknowledged.insert(
                        reply.value(u"ticket"_s).toObject().value(u"id"_s).toString());
                if (writing)
                    takeOne();
            });
        };
        takeOne();
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= 30, 20000);

        const QSet<QString> beforeBackup = acknowledged;
        QProcess backup;
        QSignalSpy finished(&backup, &QProcess::finished);
        backup.start(QStringLiteral(SADUAK_HUB_BINARY),
            {u"backup"_s, copy, u"--db"_s, live, u"--language"_s, u"en"_s});
        QVERIFY(finished.wait(30000));
        const QString said = QString::fromUtf8(backup.readAll());
        QCOMPARE(backup.exitCode(), 0);
        QVERIFY2(said.contains(u"Backed up"_s), qPrintable(said));
        // The kiosk went on while the copy was made, and goes on after it.
        const int afterBackup = int(acknowledged.size());
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() > afterBackup, 10000);
        writing = false;

        // Only this user may read the copy: it holds personal data, as the database does.
        QCOMPARE(QFileInfo(copy).permissions() & (QFile::ReadGroup | QFile::ReadOther),
            QFileDevice::Permissions());
        QVERIFY(!QFile::exists(copy + u".partial"_s));
        const DatabaseCheck::Result check
            = DatabaseCheck::runOnFile(copy, DatabaseCheck::Depth::Full);
        QVERIFY2(check.whole(), qPrintable(check.problems.join(u"; "_s) + check.why));
        QSet<QString> inCopy;
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open_v2(
                         QFile::encodeName(copy).constData(), &db, SQLITE_OPEN_READWRITE, nullptr),
                SQLITE_OK);
            sqlite3_stmt *st = nullptr;
            QCOMPARE(sqlite3_prepare_v2(db, "SELECT id FROM ticket", -1, &st, nullptr), SQLITE_OK);
            while (sqlite3_step(st) == SQLITE_ROW)
                inCopy.insert(QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(st, 0))));
            sqlite3_finalize(st);
            sqlite3_close(db);
        }
        for (const QString &id : beforeBackup)
            QVERIFY2(inCopy.contains(id), qPrintable(id));
        // And nothing the hub never acknowledged: the copy is one moment of the real file.
        QVERIFY(inCopy.size() <= acknowledged.size() + 1);

        // A backup never overwrites one.
        const auto again = runToEnd(QStringLiteral(SADUAK_HUB_BINARY),
            {u"backup"_s, copy, u"--db"_s, live, u"--language"_s, u"en"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"exists already"_s), qPrintable(again.err));
    }

    // A database file, or its folder, the hub may not write is refused at start, naming the path
    // and what to do, instead of "check the disk and that the file is not damaged". Root may write any file, so
    // as root (CI) the hub runs as the user nobody on a file nobody owns read-only, in a folder
    // nobody owns; as a user, on the user's own file made read-only. Either way the real program
    // meets a file the kernel will not let it write.
    // Whether a user other than the owner may run the program: the file and every folder above it
    // open to others (the build's libraries lie in the same tree).
    static bool othersMayRun(const QString &program)
    {
        QString path = QFileInfo(program).absoluteFilePath();
        while (!path.isEmpty()) {
            struct stat st {};
            if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !(st.st_mode & S_IXOTH))
                return false;
            if (path == u"/"_s)
                break;
            path = QFileInfo(path).absolutePath();
        }
        return true;
    }

    void refusesAReadOnlyDatabaseAtStart_data()
    {
        QTest::addColumn<bool>("folderReadOnly"); // else the file
        QTest::newRow("a read-only file") << false;
        QTest::newRow("a read-only folder") << true;
    }

    void refusesAReadOnlyDatabaseAtStart()
    {
        QFETCH(bool, folderReadOnly);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"branch.sqlite"_s);
        {
            BranchHub::Options options;
            options.databasePath = path;
            StorageError error;
            QVERIFY2(BranchHub::open(options, &error), qPrintable(error.detail));
        }
        const bool asRoot = ::geteuid() == 0;
        if (asRoot && !othersMayRun(QStringLiteral(SADUAK_HUB_BINARY)))
            QSKIP("as root the hub runs as the user nobody, who cannot reach this build (a clone "
                  "in a private folder such as /root); clone under /tmp or /srv to run this test");
        constexpr uid_t nobody = 65534;
        const QByteArray folderName = QFile::encodeName(dir.path());
        const QByteArray fileName = QFile::encodeName(path);
        if (asRoot) {
            // The file is nobody's either way; the folder is nobody's only if it is writable.
            QVERIFY(::chown(fileName.constData(), nobody, nobody) == 0);
            if (!folderReadOnly)
                QVERIFY(::chown(folderName.constData(), nobody, nobody) == 0);
            QVERIFY(::chmod(folderName.constData(), 0755) == 0);
        }
        if (folderReadOnly)
            QVERIFY(::chmod(folderName.constData(), 0555) == 0);
        else
            QVERIFY(::chmod(fileName.constData(), 0400) == 0);

        QProcess hub;
        if (asRoot) {
            hub.setChildProcessModifier([] {
                // In the child, before exec: drop to nobody for good.
                if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0)
                    ::_exit(125);
            });
        }
        QSignalSpy finished(&hub, &QProcess::finished);
        hub.start(QStringLiteral(SADUAK_HUB_BINARY),
            {u"--db"_s, path, u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--language"_s,
                u"en"_s});
        QString out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += QString::fromUtf8(hub.readAll());
                return out.contains(u"listening on port"_s) || !finished.isEmpty();
            },
            30000));
        hub.kill();
        hub.waitForFinished(5000);
        out += QString::fromUtf8(hub.readAllStandardError());
        QVERIFY2(!out.contains(u"listening on port"_s), qPrintable(out));
        QCOMPARE(hub.exitCode(), 1);
        QVERIFY2(out.contains(u"may not write "_s + path), qPrintable(out));
        QVERIFY2(!out.contains(u"damaged"_s), qPrintable(out));
        QVERIFY(::chmod(folderName.constData(), 0700) == 0); // so QTemporaryDir can remove it
    }
};

QTEST_GUILESS_MAIN(TestHubStorage)
#include "tst_hubstorage.moc"
