// Central's schema changes keep what central already holds. Migration 0005 rebuilds ingested_row
// (without the per-row branch check): a central stored at version 4 opens at the latest version
// with every row, in the same arrival order, the same payloads (personal data still sealed and
// readable), and goes on taking batches after them. SQLite here; the _postgres variant on a
// throw-away PostgreSQL cluster, where the rebuild must also move the identity sequence.
#include <branchstore.h>
#include <centraldatabase.h>
#include <ingeststore.h>
#include <personaldatacipher.h>
#include <postgrescluster.h>

#include <storage/database.h>
#include <storage/migration.h>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

IngestRow row(qint64 seq, const QByteArray &payload)
{
    return {QUuid::createUuid().toString(QUuid::WithoutBraces), seq, u"event"_s, payload,
        1795680000000 + seq};
}

// Central's own migrations up to version (copied out of the resources into folder).
MigrationSet centralMigrationsUpTo(int version, const QString &folder)
{
    const MigrationSet all = CentralDatabase::migrations();
    for (const Migration &m : all.migrations()) {
        if (m.version > version)
            continue;
        QFile file(folder + u'/' + m.name);
        if (!file.open(QIODevice::WriteOnly) || file.write(m.sql.toUtf8()) < 0)
            return {};
    }
    return MigrationSet::fromFolder(u"central"_s, folder);
}

} // namespace

class TestCentralMigration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void rowsSurviveTheIngestRebuild()
    {
        QVERIFY(m_dir.isValid());
        const QString location = test::centralLocation(m_dir);
        const std::unique_ptr<PersonalDataCipher> cipher
            = PersonalDataCipher::fromKey(QByteArray(PersonalDataCipher::kKeyBytes, 'k'));
        const QByteArray complaint
            = R"({"citizen":{"firstName":"สมชาย","phone":"0812345678"},"complaintNo":"C-1"})"_ba;

        // Two branches' batches, interleaved as they arrive: arrival order is not seq order.
        const QList<IngestRow> a1 = {row(1, R"({"n":1})"), row(2, complaint)};
        const QList<IngestRow> b1 = {row(1, R"({"n":"b1"})"), row(2, R"({"n":"b2"})")};
        const QList<IngestRow> a2 = {row(3, R"({"n":3})")};
        {
            const QString folder = m_dir.filePath(u"upto4"_s);
            QVERIFY(QDir().mkpath(folder));
            const MigrationSet upTo4 = centralMigrationsUpTo(4, folder);
            QCOMPARE(upTo4.latestVersion(), 4);
            Database::Options options;
            options.migrations = {&upTo4};
            StorageError error;
            std::unique_ptr<Database> db = Database::open(location, options, &error);
            QVERIFY2(db, qPrintable(error.detail));
            // Today's BranchStore on the schema of version 4: enrol's INSERT names only columns
            // version 4 has; its ids come from enrol (byCode reads revoked_at_ms, from 0006).
            BranchStore branches(*db);
            QString why;
            const auto enrolledA = branches.enrol(u"A"_s, u"Branch A"_s, &why);
            QVERIFY2(enrolledA, qPrintable(why));
            const auto enrolledB = branches.enrol(u"B"_s, u"Branch B"_s, &why);
            QVERIFY2(enrolledB, qPrintable(why));
            IngestStore ingest(*db);
            ingest.setCipher(cipher.get());
            const qint64 a = enrolledA->branch.id;
            const qint64 b = enrolledB->branch.id;
            QVERIFY2(ingest.ingest(a, a1, &why), qPrintable(why));
            QVERIFY2(ingest.ingest(b, b1, &why), qPrintable(why));
            QVERIFY2(ingest.ingest(a, a2, &why), qPrintable(why));
            QCOMPARE(db->schemaVersion(u"central"_s), 4);
        }

        StorageError error;
        std::unique_ptr<CentralDatabase> central = CentralDatabase::open(location, &error);
        QVERIFY2(central, qPrintable(error.detail));
        QCOMPARE(central->database().schemaVersion(u"central"_s),
            CentralDatabase::migrations().latestVersion());
        IngestStore &ingest = central->ingest();
        ingest.setCipher(cipher.get());
        const qint64 a = central->branches().byCode(u"A"_s)->id;
        const qint64 b = central->branches().byCode(u"B"_s)->id;
        QVERIFY(!central->branches().byCode(u"A"_s)->revoked()); // 0006: enrolled before, not revoked
        QVERIFY(central->branches().byCode(u"A"_s)->area.isEmpty()); // 0011: no area given yet

        // A new batch after the rebuild: on PostgreSQL it would collide with a copied id if
        // the identity sequence had not moved past them.
        const QList<IngestRow> a3 = {row(4, R"({"n":4})"), row(5, R"({"n":5})")};
        QString why;
        const std::optional<IngestOutcome> outcome = ingest.ingest(a, a3, &why);
        QVERIFY2(outcome, qPrintable(why));
        QCOMPARE(outcome->inserted, 2);

        const QList<IngestRow> expectedA = a1 + a2 + a3;
        const QList<IngestStore::StoredRow> storedA = ingest.rowsOf(a, &why);
        QCOMPARE(storedA.size(), expectedA.size());
        for (qsizetype i = 0; i < storedA.size(); ++i) {
            QCOMPARE(storedA.at(i).uuid, expectedA.at(i).uuid);
            QCOMPARE(storedA.at(i).branchSeq, expectedA.at(i).seq);
            QCOMPARE(ingest.payloadOf(a, expectedA.at(i).uuid, &why),
                std::optional<QByteArray>(expectedA.at(i).payload));
        }
        QCOMPARE(ingest.rowsOf(b, &why).size(), b1.size());
        QCOMPARE(ingest.payloadOf(b, b1.at(1).uuid, &why), std::optional<QByteArray>(b1.at(1).payload));

        // Arrival order across branches is kept too: A's first batch, B's, A's second, A's third.
        QSqlQuery q(central->database().connection());
        QVERIFY(q.exec(u"SELECT uuid FROM ingested_row ORDER BY id"_s));
        QStringList arrival;
        while (q.next())
            arrival << q.value(0).toString();
        QStringList expected;
        for (const auto &batch : {a1, b1, a2, a3})
            for (const IngestRow &r : batch)
                expected << r.uuid;
        QCOMPARE(arrival, expected);
    }
};

QTEST_GUILESS_MAIN(TestCentralMigration)
#include "tst_centralmigration.moc"
