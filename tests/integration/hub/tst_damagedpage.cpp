// A damaged page in the middle of a table, found while the hub runs (the check at start passed;
// the disk went bad later). Reading through it must be a storage error, never a shorter answer:
// with the first rows read and the rest lost, a board showed 0 waiting while statistics counted
// 199, and a replay looked complete. Each test damages one real page of the real file.
#include "rawpeer.h"

#include <hub/branchhub.h>
#include <hub/hubserver.h>
#include <queue/queuemanager.h>
#include <storage/database.h>
#include <sync/outboxpushstore.h>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

class TestDamagedPage : public QObject
{
    Q_OBJECT

    static constexpr int kTickets = 400; // enough rows for every table to span many pages

    QTemporaryDir m_dir;
    std::unique_ptr<BranchHub> m_hub;

    QString databasePath() const { return m_dir.filePath(u"branch.sqlite"_s); }

    // Overwrites a leaf page from the middle of table with bytes no page can hold, in the file
    // itself, and drops the hub's cached copy of it (SQLite keeps pages it read; a bad disk
    // would not be noticed until the page is read again). The WAL is checkpointed first so the
    // page's only copy is the one in the file.
    void damageMiddlePageOf(const QString &table)
    {
        QSqlQuery q(m_hub->database().connection());
        QVERIFY2(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
        const qint64 pageSize = q.value(0).toLongLong();
        QVERIFY(q.prepare(u"SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' "
                          "ORDER BY pageno"_s));
        q.addBindValue(table);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QList<qint64> pages;
        while (q.next())
            pages.append(q.value(0).toLongLong());
        q.finish();
        QVERIFY2(pages.size() >= 3, qPrintable(table + u" has too few pages"_s));
        const qint64 page = pages.at(pages.size() / 2);

        QFile file(databasePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((page - 1) * pageSize));
        QVERIFY(file.write(QByteArray(pageSize, char(0xA5))) == pageSize);
        file.close();
        QVERIFY(q.exec(u"PRAGMA shrink_memory"_s));
    }

    std::unique_ptr<RawPeer> connectedBoard()
    {
        QString why;
        const auto paired = m_hub->devices().pair(Device::Role::Supervisor, u"supervisor"_s, 0, &why);
        if (!paired)
            return nullptr;
        auto peer = std::make_unique<RawPeer>(m_hub->server()->url());
        if (!peer->waitConnected() || !peer->hello(paired->token))
            return nullptr;
        return peer;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(databasePath());
        BranchHub::Options options;
        options.databasePath = databasePath();
        options.queue.openAllDay = true; // the test runs at any hour with the real clock
        StorageError error;
        m_hub = BranchHub::open(options, &error);
        QVERIFY2(m_hub, qPrintable(error.detail));
        for (int i = 0; i < kTickets; ++i)
            QVERIFY(m_hub->queue().issueTicket(u"A"_s).ok());
        QString why;
        QVERIFY2(m_hub->listen(QHostAddress::LocalHost, 0, &why), qPrintable(why));
    }

    void cleanup() { m_hub.reset(); }

    // The board's picture of the queue: before, all 400 waiting; after the damage, the hub says
    // it cannot read the queue instead of showing the rows before the bad page.
    void aSnapshotThroughADamagedPageIsAStorageError()
    {
        // A001 at counter 1, so the picture holds a counter's ticket as well as the waiting.
        QVERIFY(m_hub->queue().openCounter(1).ok());
        QVERIFY(m_hub->queue().callNext(1).ok());
        const auto before = m_hub->queue().snapshot();
        QVERIFY(before);
        QCOMPARE(before->queues.first().waiting.size(), kTickets - 1);

        damageMiddlePageOf(u"ticket"_s);
        if (QTest::currentTestFailed())
            return;

        QString why;
        QVERIFY(!m_hub->queue().snapshot(&why));
        QVERIFY2(why.contains(u"malformed"_s), qPrintable(why));

        auto board = connectedBoard();
        QVERIFY(board);
        board->send({{u"type"_s, u"snapshot"_s}, {u"id"_s, u"s1"_s}});
        const QJsonObject answer = board->answer(u"s1"_s);
        QCOMPARE(answer.value(u"type"_s).toString(), u"error"_s);
        QCOMPARE(answer.value(u"code"_s).toString(), u"storage"_s);
        QVERIFY(answer.value(u"message"_s).toString().contains(u"saduak-hub check"_s));
    }

    // The day's figures and a replay of the events read the event table: part of it is neither
    // the day's figures nor everything since afterSeq. (The figures are not asked before the
    // damage: the hub keeps what it read whole and then reads only newer events.)
    void statisticsAndReplayThroughADamagedPageAreStorageErrors()
    {
        damageMiddlePageOf(u"event"_s);
        if (QTest::currentTestFailed())
            return;

        QString why;
        QVERIFY(!m_hub->queue().statistics(&why));
        QVERIFY2(why.contains(u"malformed"_s), qPrintable(why));

        auto board = connectedBoard();
        QVERIFY(board);
        board->send({{u"type"_s, u"statistics"_s}, {u"id"_s, u"st"_s}});
        QCOMPARE(board->answer(u"st"_s).value(u"code"_s).toString(), u"storage"_s);
        board->send({{u"type"_s, u"subscribe"_s}, {u"id"_s, u"sub"_s}, {u"afterSeq"_s, 1}});
        const QJsonObject answer = board->answer(u"sub"_s);
        QCOMPARE(answer.value(u"type"_s).toString(), u"error"_s);
        QCOMPARE(answer.value(u"code"_s).toString(), u"storage"_s);
        QVERIFY2(board->lastOfType(u"event"_s, 0).isEmpty(), "no part of the replay is sent");
    }

    // What goes to central: the rows before a bad page are not all there is to send.
    void theOutboxThroughADamagedPageIsAnError()
    {
        OutboxPushStore store(m_hub->database());
        QString why;
        QVERIFY(store.nextBatch(kTickets * 2, &why).size() >= kTickets);
        QVERIFY(why.isEmpty());

        damageMiddlePageOf(u"outbox"_s);
        if (QTest::currentTestFailed())
            return;
        const QList<PushRow> rows = store.nextBatch(kTickets * 2, &why);
        QVERIFY2(why.contains(u"malformed"_s), qPrintable(why));
        QVERIFY(rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDamagedPage)
#include "tst_damagedpage.moc"
