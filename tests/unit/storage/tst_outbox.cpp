#include "storagetestsupport.h"

#include <storage/database.h>
#include <storage/migration.h>
#include <storage/outbox.h>
#include <storage/writetransaction.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class tst_Outbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MigrationSet m_core = MigrationSet::core();
    int m_files = 0;

    std::unique_ptr<Database> openCore()
    {
        Database::Options options;
        options.migrations = {&m_core};
        return Database::open(m_dir.filePath(u"db%1.sqlite"_s.arg(++m_files)), options);
    }

    static OutboxRow eventRow()
    {
        OutboxRow row;
        row.kind = u"event"_s;
        row.payload = QJsonObject {{u"type"_s, u"ticketCalled"_s}, {u"ticket"_s, u"A001"_s}};
        return row;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void appendOutsideTransactionIsRefused()
    {
        auto db = openCore();
        QVERIFY(db);
        QString why;
        QVERIFY(Outbox::append(*db, eventRow(), &why).isEmpty());
        QVERIFY2(why.contains(u"transaction"_s), qPrintable(why));
        QCOMPARE(Outbox::pendingCount(*db), 0);
    }

    void rolledBackAppendLeavesNoRow()
    {
        auto db = openCore();
        QVERIFY(db);
        {
            WriteTransaction tx(db->connection());
            QString why;
            QVERIFY2(!Outbox::append(*db, eventRow(), &why).isEmpty(), qPrintable(why));
            QCOMPARE(Outbox::pendingCount(*db), 1);
        }
        QCOMPARE(Outbox::pendingCount(*db), 0);
    }

    void committedAppendStays()
    {
        auto db = openCore();
        QVERIFY(db);
        WriteTransaction tx(db->connection());
        const QString uuid = Outbox::append(*db, eventRow());
        QVERIFY(!uuid.isEmpty());
        QVERIFY(tx.commit());
        QCOMPARE(Outbox::pendingCount(*db), 1);
        QCOMPARE(rows(*db, u"SELECT uuid, kind FROM outbox"_s), QStringList {uuid + u"|event"_s});
    }

    void generatesUuidWhenNoneIsGiven()
    {
        auto db = openCore();
        QVERIFY(db);
        WriteTransaction tx(db->connection());
        const QString first = Outbox::append(*db, eventRow());
        const QString second = Outbox::append(*db, eventRow());
        QVERIFY(!QUuid::fromString(first).isNull());
        QVERIFY(!first.startsWith(u'{'));
        QVERIFY(first != second);
        QVERIFY(tx.commit());
    }

    void keepsGivenUuidInOneSpelling_data()
    {
        QTest::addColumn<QString>("given");
        QTest::newRow("plain") << u"6f1c2b0e-8d3a-4c52-9a57-0d2b9e4f7a11"_s;
        QTest::newRow("braces and capitals") << u"{6F1C2B0E-8D3A-4C52-9A57-0D2B9E4F7A11}"_s;
    }

    void keepsGivenUuidInOneSpelling()
    {
        QFETCH(QString, given);
        auto db = openCore();
        QVERIFY(db);
        WriteTransaction tx(db->connection());
        OutboxRow row = eventRow();
        row.uuid = given;
        const QString stored = Outbox::append(*db, row);
        QCOMPARE(stored, u"6f1c2b0e-8d3a-4c52-9a57-0d2b9e4f7a11"_s);
        QVERIFY(tx.commit());
        QCOMPARE(scalar(*db, u"SELECT uuid FROM outbox"_s).toString(), stored);
    }

    void refusesBadRows_data()
    {
        QTest::addColumn<QString>("uuid");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("createdAtMs");
        QTest::addColumn<QString>("whyContains");
        QTest::newRow("uuid that is not a uuid")
            << u"A001"_s << u"event"_s << qint64(0) << u"not a UUID"_s;
        QTest::newRow("empty kind") << QString() << QString() << qint64(0) << u"kind"_s;
        QTest::newRow("negative time") << QString() << u"event"_s << qint64(-1) << u"negative"_s;
    }

    void refusesBadRows()
    {
        QFETCH(QString, uuid);
        QFETCH(QString, kind);
        QFETCH(qint64, createdAtMs);
        QFETCH(QString, whyContains);
        auto db = openCore();
        QVERIFY(db);
        WriteTransaction tx(db->connection());
        OutboxRow row = eventRow();
        row.uuid = uuid;
        row.kind = kind;
        row.createdAtMs = createdAtMs;
        QString why;
        QVERIFY(Outbox::append(*db, row, &why).isEmpty());
        QVERIFY2(why.contains(whyContains), qPrintable(why));
        QCOMPARE(Outbox::pendingCount(*db), 0);
    }

    void refusesDuplicateUuid()
    {
        auto db = openCore();
        QVERIFY(db);
        WriteTransaction tx(db->connection());
        OutboxRow row = eventRow();
        row.uuid = Outbox::append(*db, row);
        QVERIFY(!row.uuid.isEmpty());
        QString why;
        QVERIFY(Outbox::append(*db, row, &why).isEmpty());
        QVERIFY2(why.contains(u"UNIQUE"_s), qPrintable(why));
    }

    void payloadRoundTripsAsCompactJson()
    {
        auto db = openCore();
        QVERIFY(db);
        OutboxRow row;
        row.kind = u"complaints.record"_s;
        row.payload = QJsonObject {
            {u"subject"_s, u"ไฟถนนดับ หน้าตลาด"_s},
            {u"counter"_s, 3},
            {u"amount"_s, 12.5},
            {u"anonymous"_s, false},
            {u"tags"_s, QJsonArray {u"ถนน"_s, u"ไฟฟ้า"_s}},
            {u"citizen"_s, QJsonObject {{u"district"_s, u"บางรัก"_s}}},
        };
        WriteTransaction tx(db->connection());
        QVERIFY(!Outbox::append(*db, row).isEmpty());
        QVERIFY(tx.commit());

        const QString stored = scalar(*db, u"SELECT payload FROM outbox"_s).toString();
        QCOMPARE(
            stored, QString::fromUtf8(QJsonDocument(row.payload).toJson(QJsonDocument::Compact)));
        QVERIFY(!stored.contains(u'\n'));
        QCOMPARE(QJsonDocument::fromJson(stored.toUtf8()).object(), row.payload);
    }

    void createdAtDefaultsToNowAndKeepsGivenTime()
    {
        auto db = openCore();
        QVERIFY(db);
        WriteTransaction tx(db->connection());
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QString now = Outbox::append(*db, eventRow());
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        OutboxRow given = eventRow();
        given.createdAtMs = 1'700'000'000'000;
        const QString old = Outbox::append(*db, given);
        QVERIFY(tx.commit());

        const qint64 stamped
            = scalar(*db, u"SELECT created_at_ms FROM outbox WHERE uuid = '"_s + now + u"'"_s)
                  .toLongLong();
        QVERIFY(stamped >= before && stamped <= after);
        QCOMPARE(scalar(*db, u"SELECT created_at_ms FROM outbox WHERE uuid = '"_s + old + u"'"_s)
                     .toLongLong(),
            1'700'000'000'000);
    }

    void pendingCountIgnoresAcknowledgedRows()
    {
        auto db = openCore();
        QVERIFY(db);
        WriteTransaction tx(db->connection());
        for (int i = 0; i < 3; ++i)
            QVERIFY(!Outbox::append(*db, eventRow()).isEmpty());
        QVERIFY(tx.commit());
        QVERIFY(exec(
            *db, u"UPDATE outbox SET acked_at_ms = 1 WHERE seq = (SELECT min(seq) FROM outbox)"_s));
        QCOMPARE(Outbox::pendingCount(*db), 2);
    }

    // Rows central acknowledged long enough ago go, oldest first and a slice at a time; rows
    // acknowledged recently and rows never acknowledged (pending, or refused for good) stay.
    void pruneDeletesOnlyRowsAcknowledgedBeforeTheCutOff()
    {
        auto db = openCore();
        QVERIFY(db);
        WriteTransaction tx(db->connection());
        for (int i = 0; i < 6; ++i)
            QVERIFY(!Outbox::append(*db, eventRow()).isEmpty());
        QVERIFY(tx.commit());
        // seq 1-3 acknowledged at 1000, 2000, 3000; seq 4 at 9000; 5 and 6 pending.
        QVERIFY(exec(*db, u"UPDATE outbox SET acked_at_ms = seq * 1000 WHERE seq <= 3"_s));
        QVERIFY(exec(*db, u"UPDATE outbox SET acked_at_ms = 9000 WHERE seq = 4"_s));
        auto remaining = [&] {
            QStringList seqs;
            QSqlQuery q(db->connection());
            q.exec(u"SELECT seq FROM outbox ORDER BY seq"_s);
            while (q.next())
                seqs << q.value(0).toString();
            return seqs.join(u',');
        };
        QString why;
        QCOMPARE(Outbox::pruneAcknowledged(*db, 5000, 2, &why), 2); // a slice: the oldest two
        QCOMPARE(remaining(), u"3,4,5,6"_s);
        QCOMPARE(Outbox::pruneAcknowledged(*db, 5000, 100, &why), 1);
        QCOMPARE(remaining(), u"4,5,6"_s);
        QCOMPARE(Outbox::pruneAcknowledged(*db, 5000, 100, &why), 0);
        QCOMPARE(Outbox::pendingCount(*db), 2);
        QCOMPARE(Outbox::pruneAcknowledged(*db, 9001, 100, &why), 1);
        QCOMPARE(remaining(), u"5,6"_s);
    }

    void pendingCountWithoutOutboxTableIsMinusOne()
    {
        auto db = Database::open(m_dir.filePath(u"no-outbox.sqlite"_s), {});
        QVERIFY(db);
        QCOMPARE(Outbox::pendingCount(*db), -1);
    }
};

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
