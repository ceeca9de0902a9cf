// IngestStore with personal data: what a row's kind does not declare readable is sealed in the
// row's own transaction, the stored payload keeps the rest, payloadOf gives the original back, and a value that does not
// authenticate (moved, another key) is an error, never a payload with parts missing.
#include <branchstore.h>
#include <centraldatabase.h>
#include <ingeststore.h>
#include <personaldatacipher.h>
#include <postgrescluster.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

const QByteArray kComplaint = QJsonDocument::fromJson(
    R"({"complaintNo":"C-7","category":"road","district":"บางรัก",
        "citizen":{"firstName":"สมชาย","lastName":"ใจดี","phone":"0812345678",
            "address":{"houseNo":"99/1","road":"สีลม","province":"กรุงเทพมหานคร"}}})"_ba)
                                  .toJson(QJsonDocument::Compact);
const QByteArray kEvent
    = R"({"counter":2,"seq":1,"serviceCode":"idcard","ticketNumber":"A001","type":"ticket.issued"})"_ba;

IngestRow row(qint64 seq, const QByteArray &payload, const QString &kind = u"complaints.record"_s)
{
    return {QUuid::createUuid().toString(QUuid::WithoutBraces), seq, kind, payload, 1795680000000};
}

QByteArray keyOf(char fill)
{
    return QByteArray(PersonalDataCipher::kKeyBytes, fill);
}

} // namespace

class TestIngestStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralDatabase> m_central;
    std::unique_ptr<PersonalDataCipher> m_cipher = PersonalDataCipher::fromKey(keyOf('k'));
    qint64 m_branch = 0;
    int m_centrals = 0;

    QVariant column(const QString &column, const QString &uuid)
    {
        QSqlQuery q(m_central->database().connection());
        q.prepare(u"SELECT "_s + column + u" FROM ingested_row WHERE uuid = ?"_s);
        q.addBindValue(uuid);
        return q.exec() && q.next() ? q.value(0) : QVariant(u"no row"_s);
    }

private Q_SLOTS:
    void init()
    {
        StorageError error;
        m_central.reset();
        // A new, empty central each time: a SQLite file, or a PostgreSQL database for the
        // _postgres variant.
        m_central = CentralDatabase::open(
            test::centralLocation(m_dir, u"central"_s + QString::number(++m_centrals)), &error);
        QVERIFY2(m_central, qPrintable(error.detail));
        QString why;
        QVERIFY2(m_central->branches().enrol(u"B001"_s, u"Central World"_s, &why), qPrintable(why));
        m_branch = m_central->branches().byCode(u"B001"_s)->id;
        m_central->ingest().setCipher(m_cipher.get());
    }

    void cleanup() { m_central.reset(); }

    void undeclaredFieldsAreSealedAndDeclaredOnesStayReadable()
    {
        IngestStore &store = m_central->ingest();
        QCOMPARE(store.checkKey(), IngestStore::KeyCheck::NothingSealed);
        // A key twice: whichever value the parse keeps, the other must not reach the disk.
        const QByteArray twice
            = R"({"seq":3,"type":"ticket.issued","serviceCode":"idcard","serviceCode":{"name":"สมหญิง"}})"_ba;
        const QList<IngestRow> rows {
            row(1, kComplaint), row(2, kEvent, u"event"_s), row(3, twice, u"event"_s)};
        QString why;
        QVERIFY2(store.ingest(m_branch, rows, &why), qPrintable(why));

        // A module record is sealed whole: nothing of it is readable without the key.
        QCOMPARE(column(u"payload"_s, rows[0].uuid).toString(), u"{}"_s);
        QVERIFY(!column(u"personal"_s, rows[0].uuid).toByteArray().isEmpty());
        // A queue event is all declared: nothing sealed, the payload readable.
        QVERIFY(column(u"personal"_s, rows[1].uuid).isNull());
        QCOMPARE(column(u"payload"_s, rows[1].uuid).toString().toUtf8(), kEvent);
        const QString third = column(u"payload"_s, rows[2].uuid).toString();
        QVERIFY2(!third.contains(u"สมหญิง"_s) && third.contains(u"ticket.issued"_s),
            qPrintable(third));

        QCOMPARE(
            store.payloadOf(m_branch, rows[0].uuid, &why), std::optional<QByteArray>(kComplaint));
        QCOMPARE(store.payloadOf(m_branch, rows[1].uuid, &why), std::optional<QByteArray>(kEvent));
        QCOMPARE(store.checkKey(), IngestStore::KeyCheck::Opens);
        QCOMPARE(store.payloadOf(m_branch, u"no-such-row"_s, &why), std::nullopt);
    }

    void withoutAKeyPersonalDataIsNeverStored()
    {
        IngestStore &store = m_central->ingest();
        store.setCipher(nullptr);
        QString why;
        // A batch of events alone needs no key.
        QVERIFY(store.ingest(m_branch, {row(1, kEvent, u"event"_s)}, &why));
        // One personal row refuses its whole batch, the event before it too.
        QCOMPARE(store.ingest(m_branch, {row(2, kEvent, u"event"_s), row(3, kComplaint)}, &why),
            std::nullopt);
        QVERIFY(why.contains(u"no key"_s));
        QCOMPARE(store.rowCount(m_branch), 1);
    }

    void valueMovedToAnotherRowDoesNotOpen()
    {
        IngestStore &store = m_central->ingest();
        const QList<IngestRow> rows {row(1, kComplaint), row(2, kComplaint)};
        QVERIFY(store.ingest(m_branch, rows));
        // Someone with write access to the file copies one row's sealed value over another's.
        QSqlQuery q(m_central->database().connection());
        q.prepare(u"UPDATE ingested_row SET personal = ? WHERE uuid = ?"_s);
        q.addBindValue(column(u"personal"_s, rows[0].uuid).toByteArray());
        q.addBindValue(rows[1].uuid);
        QVERIFY(q.exec());
        QString why;
        QCOMPARE(store.payloadOf(m_branch, rows[1].uuid, &why), std::nullopt);
        QVERIFY2(why.contains(u"cannot be decrypted"_s), qPrintable(why));
        QVERIFY(store.payloadOf(m_branch, rows[0].uuid));
    }

    void anotherKeyDoesNotOpen()
    {
        IngestStore &store = m_central->ingest();
        const QList<IngestRow> rows {row(1, kComplaint), row(2, kEvent, u"event"_s)};
        QVERIFY(store.ingest(m_branch, rows));
        const auto other = PersonalDataCipher::fromKey(keyOf('o'));
        store.setCipher(other.get());
        QString why;
        QCOMPARE(store.payloadOf(m_branch, rows[0].uuid, &why), std::nullopt);
        QVERIFY2(why.contains(u"key"_s), qPrintable(why));
        QCOMPARE(store.checkKey(), IngestStore::KeyCheck::DoesNotOpen);
        // A row with nothing sealed reads with any key.
        QCOMPARE(store.payloadOf(m_branch, rows[1].uuid), std::optional<QByteArray>(kEvent));
        store.setCipher(nullptr);
        QCOMPARE(store.checkKey(), IngestStore::KeyCheck::DoesNotOpen);
        QCOMPARE(store.payloadOf(m_branch, rows[0].uuid, &why), std::nullopt);
        QVERIFY2(why.contains(u"key file"_s), qPrintable(why));
    }

    void duplicateDeliveryKeepsTheFirstSealedValue()
    {
        IngestStore &store = m_central->ingest();
        const IngestRow complaint = row(1, kComplaint);
        QVERIFY(store.ingest(m_branch, {complaint}));
        const QByteArray first = column(u"personal"_s, complaint.uuid).toByteArray();
        const auto again = store.ingest(m_branch, {complaint});
        QVERIFY(again);
        QCOMPARE(again->duplicates, QStringList {complaint.uuid});
        QCOMPARE(column(u"personal"_s, complaint.uuid).toByteArray(), first);
        QCOMPARE(store.payloadOf(m_branch, complaint.uuid), std::optional<QByteArray>(kComplaint));
    }

    // What a branch sent comes back byte for byte, whatever the text holds: on PostgreSQL a
    // batch travels as array literals (IngestStore::insertAsArrays), where quotes, backslashes,
    // braces, commas and the word NULL have meanings of their own.
    void anyTextComesBackExactlyAndInTheBranchOrder()
    {
        const QStringList texts = {u"quote \" inside"_s, u"back\\slash \\\" both"_s,
            u"{braces}, commas, (parens)"_s, u"NULL"_s, u""_s, u"บรรทัด\nใหม่ \t แท็บ"_s,
            u"emoji \U0001F600 and \u0000 nul"_s, u"'single' ''quotes''"_s, u" spaces "_s};
        QList<IngestRow> rows;
        for (const QString &text : texts)
            rows << row(rows.size() + 1,
                QJsonDocument(QJsonObject {{u"note"_s, text}}).toJson(QJsonDocument::Compact),
                u"event"_s);
        rows << row(rows.size() + 1, kComplaint); // personal data: a bytea beside them
        IngestRow again = rows.at(2); // the same uuid twice in one batch: stored once, the first
        again.seq = rows.size() + 1;
        again.payload = R"({"note":"second"})"_ba;
        rows << again;

        IngestStore &store = m_central->ingest();
        QString why;
        const std::optional<IngestOutcome> outcome = store.ingest(m_branch, rows, &why);
        QVERIFY2(outcome, qPrintable(why));
        QCOMPARE(outcome->inserted, rows.size() - 1);
        QCOMPARE(outcome->duplicates, QStringList {again.uuid});
        for (qsizetype i = 0; i + 1 < rows.size(); ++i)
            QCOMPARE(store.payloadOf(m_branch, rows.at(i).uuid, &why),
                std::optional<QByteArray>(rows.at(i).payload));
        // Central's arrival order is the branch's order.
        const QList<IngestStore::StoredRow> stored = store.rowsOf(m_branch, &why);
        QCOMPARE(stored.size(), rows.size() - 1);
        for (qsizetype i = 0; i < stored.size(); ++i) {
            QCOMPARE(stored.at(i).uuid, rows.at(i).uuid);
            QCOMPARE(stored.at(i).branchSeq, rows.at(i).seq);
            QCOMPARE(stored.at(i).kind, rows.at(i).kind);
        }
    }
};

QTEST_GUILESS_MAIN(TestIngestStore)
#include "tst_ingeststore.moc"
