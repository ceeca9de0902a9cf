// The branch database's health as an operator meets it, through the real saduak-hub program: a
// file with a damaged page of its ticket table is refused at start with the way to restore it
// (instead of a queue served as empty), and `saduak-hub check` names the damage.
#include <hub/branchhub.h>
#include <queue/queuemanager.h>

#include <programprocess.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace saduak;
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
};

QTEST_GUILESS_MAIN(TestHubStorage)
#include "tst_hubstorage.moc"
