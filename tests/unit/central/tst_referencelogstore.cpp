// Central's reference data log (ReferenceLogStore): change_seq given out in commit order by
// writers that take the writers' lock, pages after a cursor, unchanged items that keep their
// change_seq, and compaction that makes older cursors too old. On SQLite by default; the
// tst_referencelogstore_postgres variant runs the same on PostgreSQL
// (SADUAK_TEST_CENTRAL=postgres).
#include <centraldatabase.h>
#include <postgrescluster.h>
#include <referencelogstore.h>

#include <QHash>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

const QString kSet = u"land-parcels"_s;

QList<ReferenceLogStore::Upsert> items(const QString &prefix, int count, int version = 1)
{
    QList<ReferenceLogStore::Upsert> list;
    for (int i = 0; i < count; ++i)
        list.append({prefix + QString::number(i),
            QStringLiteral(R"({"rai":%1,"v":%2})").arg(i).arg(version).toUtf8()});
    return list;
}

} // namespace

class TestReferenceLogStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString newLocation(const QString &name) const
    {
        return centralOnPostgres() ? centralLocation(m_dir, name)
                                   : m_dir.filePath(name + u".sqlite"_s);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pagesFollowTheCursor()
    {
        StorageError error;
        auto central = CentralDatabase::open(newLocation(u"pages"_s), &error);
        QVERIFY2(central, qPrintable(error.detail));
        ReferenceLogStore &store = central->reference();
        ReferenceLogStore::Counts counts;
        QVERIFY(store.upsert(kSet, items(u"D"_s, 25), &counts));
        QCOMPARE(counts.changed, 25);
        QCOMPARE(store.lastSeq(kSet), 25);

        // The same items again: nothing changes, nothing for the branches to download.
        counts = {};
        QVERIFY(store.upsert(kSet, items(u"D"_s, 25), &counts));
        QCOMPARE(counts.changed, 0);
        QCOMPARE(counts.unchanged, 25);
        QCOMPARE(store.lastSeq(kSet), 25);

        auto page = store.page(kSet, 0, 10);
        QVERIFY(page && !page->cursorTooOld);
        QCOMPARE(page->items.size(), 10);
        QCOMPARE(page->cursor, 10);
        QVERIFY(page->more);
        page = store.page(kSet, 20, 10);
        QCOMPARE(page->items.size(), 5);
        QCOMPARE(page->cursor, 25);
        QVERIFY(!page->more);
        page = store.page(kSet, 25, 10);
        QVERIFY(page->items.isEmpty() && !page->more);
        QCOMPARE(page->cursor, 25);
        // A cursor this central never gave: too old (a database restored from a backup).
        QVERIFY(store.page(kSet, 26, 10)->cursorTooOld);
        // Another data set has its own log.
        QVERIFY(store.page(u"admin-areas"_s, 0, 10)->items.isEmpty());

        // A changed item and a deleted one come after the cursor, once each.
        QVERIFY(store.upsert(kSet, {{u"D3"_s, R"({"rai":3,"v":2})"_ba}}, nullptr));
        QVERIFY(store.remove(kSet, {u"D4"_s, u"D4"_s, u"no-such-key"_s}, &counts));
        QCOMPARE(counts.deleted, 1);
        page = store.page(kSet, 25, 10);
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->items.at(0).key, u"D3"_s);
        QCOMPARE(page->items.at(0).payload, R"({"rai":3,"v":2})"_ba);
        QCOMPARE(page->items.at(1).key, u"D4"_s);
        QVERIFY(page->items.at(1).deleted);
        QCOMPARE(page->cursor, 27);
    }

    void compactionMakesOlderCursorsTooOld()
    {
        StorageError error;
        auto central = CentralDatabase::open(newLocation(u"compaction"_s), &error);
        QVERIFY2(central, qPrintable(error.detail));
        ReferenceLogStore &store = central->reference();
        QVERIFY(store.upsert(kSet, items(u"D"_s, 10), nullptr)); // seq 1..10
        QVERIFY(store.remove(kSet, {u"D2"_s}, nullptr)); // seq 11
        QVERIFY(store.upsert(kSet, items(u"E"_s, 5), nullptr)); // seq 12..16
        const auto before = store.page(kSet, 0, 3);
        QCOMPARE(before->minCursor, 0);

        const auto compaction = store.compact(kSet);
        QVERIFY(compaction);
        QCOMPARE(compaction->dropped, 1);
        QCOMPARE(compaction->minCursor, 11);
        QCOMPARE(store.itemCount(kSet, true), 14);

        // Behind the dropped tombstone: that branch would keep D2 for ever.
        QVERIFY(store.page(kSet, 5, 100)->cursorTooOld);
        // At or after it: nothing was lost.
        QVERIFY(!store.page(kSet, 11, 100)->cursorTooOld);
        QCOMPARE(store.page(kSet, 11, 100)->items.size(), 5);
        // A read from 0 may always start, and may go on below minCursor while the minCursor it
        // began with is still the data set's (floor).
        const auto first = store.page(kSet, 0, 3);
        QVERIFY(!first->cursorTooOld);
        QCOMPARE(first->minCursor, 11);
        QVERIFY(!store.page(kSet, first->cursor, 3, first->minCursor)->cursorTooOld);
        // A read from 0 that began before the compaction (floor 0) must start again.
        QVERIFY(store.page(kSet, first->cursor, 3, before->minCursor)->cursorTooOld);

        // Compacting with nothing to drop leaves minCursor, so reads in progress go on.
        const auto again = store.compact(kSet);
        QCOMPARE(again->dropped, 0);
        QCOMPARE(again->minCursor, 11);
        QVERIFY(!store.page(kSet, first->cursor, 3, first->minCursor)->cursorTooOld);

        // The newest change a compacted deletion: a read to the end still ends at or past
        // minCursor, so the branch can go on from there.
        QVERIFY(store.remove(kSet, {u"E4"_s}, nullptr)); // seq 17
        QCOMPARE(store.compact(kSet)->minCursor, 17);
        const auto whole = store.page(kSet, 0, 100);
        QVERIFY(!whole->more);
        QCOMPARE(whole->items.last().changeSeq, 15); // E3
        QCOMPARE(whole->cursor, 17);
        QVERIFY(!store.page(kSet, whole->cursor, 100)->cursorTooOld);
    }

    void concurrentWritersAreSerialized()
    {
        // Two connections writing at once. Without the writers' lock, both would number their
        // changes from the same last_seq: duplicates, and on PostgreSQL a cursor that passes
        // changes still to commit. With it, change_seq runs 1..N without a gap or a duplicate
        // and each transaction's changes are one unbroken run.
        const QString location = newLocation(u"writers"_s);
        {
            StorageError error;
            auto central = CentralDatabase::open(location, &error); // migrated once
            QVERIFY2(central, qPrintable(error.detail));
        }
        constexpr int kBatches = 15;
        constexpr int kPerBatch = 200;
        QStringList failures;
        QMutex failuresLock;
        auto writer = [&](const QString &name) {
            StorageError error;
            auto central = CentralDatabase::open(location, &error);
            if (!central) {
                QMutexLocker locker(&failuresLock);
                failures << error.detail;
                return;
            }
            for (int b = 0; b < kBatches; ++b) {
                QString why;
                if (!central->reference().upsert(kSet,
                        items(name + u'-' + QString::number(b) + u'-', kPerBatch), nullptr, &why)) {
                    QMutexLocker locker(&failuresLock);
                    failures << why;
                    return;
                }
            }
        };
        std::unique_ptr<QThread> one(QThread::create(writer, u"A"_s));
        std::unique_ptr<QThread> two(QThread::create(writer, u"B"_s));
        one->start();
        two->start();
        QVERIFY(one->wait(60000));
        QVERIFY(two->wait(60000));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_s)));

        StorageError error;
        auto central = CentralDatabase::open(location, &error);
        QVERIFY(central);
        const auto page = central->reference().page(kSet, 0, 2 * kBatches * kPerBatch);
        QVERIFY(page);
        QCOMPARE(page->items.size(), 2 * kBatches * kPerBatch);
        QHash<QString, QList<qint64>> seqsOfBatch;
        for (qsizetype i = 0; i < page->items.size(); ++i) {
            const ReferenceItem &item = page->items.at(i);
            QCOMPARE(item.changeSeq, qint64(i + 1)); // 1..N, in order, no gap, no duplicate
            seqsOfBatch[item.key.section(u'-', 0, 1)] << item.changeSeq;
        }
        QCOMPARE(seqsOfBatch.size(), 2 * kBatches);
        for (const QList<qint64> &seqs : std::as_const(seqsOfBatch))
            QCOMPARE(seqs.last() - seqs.first() + 1, qint64(kPerBatch));
    }
};

QTEST_GUILESS_MAIN(TestReferenceLogStore)
#include "tst_referencelogstore.moc"
