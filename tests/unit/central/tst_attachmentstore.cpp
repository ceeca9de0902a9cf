// AttachmentStore: complaints.attachmentPart rows indexed as IngestStore stores them (any order,
// any batch), a file put together only when all its parts are there and they add up to what the
// complaint's record names (size, SHA-256, type), a part that does not read as one stored and
// logged but not indexed (so a good copy from another branch still counts), and one branch's
// index row for a file that two branches sent. The _postgres variant runs it on PostgreSQL.
#include <attachmentrule.h>
#include <attachmentstore.h>
#include <branchstore.h>
#include <centraldatabase.h>
#include <ingeststore.h>
#include <personaldatacipher.h>
#include <postgrescluster.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;
using namespace saduak;
using complaints::AttachmentRule;

namespace {

constexpr qint64 kPart = AttachmentRule::partBytes;

// A "PNG" of three parts, the last one short: the signature is all AttachmentRule::typeOf reads.
QByteArray threePartFile()
{
    QByteArray bytes = "\x89PNG\r\n\x1a\n"_ba;
    for (qint64 i = 0; bytes.size() < 2 * kPart + 100; ++i)
        bytes += char((i * 7919) % 251);
    return bytes.left(2 * kPart + 100);
}

using Change = std::function<void(QJsonObject &)>;

IngestRow partRow(const QByteArray &bytes, int index, qint64 seq, const Change &change = {})
{
    const int count = int((bytes.size() + kPart - 1) / kPart);
    QJsonObject payload {{u"sha256"_s, AttachmentRule::sha256Of(bytes)},
        {u"type"_s, AttachmentRule::typeOf(bytes).value_or(u"image/png"_s)},
        {u"size"_s, bytes.size()}, {u"index"_s, index}, {u"count"_s, count},
        {u"data"_s, QString::fromLatin1(bytes.mid(index * kPart, kPart).toBase64())}};
    if (change)
        change(payload);
    return {QUuid::createUuid().toString(QUuid::WithoutBraces), seq, AttachmentStore::partKind(),
        QJsonDocument(payload).toJson(QJsonDocument::Compact), 1795680000000};
}

} // namespace

class TestAttachmentStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralDatabase> m_central;
    std::unique_ptr<PersonalDataCipher> m_cipher
        = PersonalDataCipher::fromKey(QByteArray(PersonalDataCipher::kKeyBytes, 'k'));
    qint64 m_b001 = 0, m_b002 = 0;
    int m_centrals = 0;

    bool ingest(qint64 branch, const QList<IngestRow> &rows, int inserted)
    {
        QString why;
        const std::optional<IngestOutcome> outcome = m_central->ingest().ingest(branch, rows, &why);
        if (!outcome)
            qWarning("ingest failed: %s", qPrintable(why));
        return outcome && outcome->inserted == inserted;
    }
    // The index rows of a file: part_index:branch code, in order.
    QStringList indexOf(const QString &sha256)
    {
        QSqlQuery q(m_central->database().connection());
        q.prepare(u"SELECT p.part_index, b.code FROM complaint_attachment_part p "
                  "JOIN branch b ON b.id = p.branch_id WHERE p.sha256 = ? ORDER BY p.part_index"_s);
        q.addBindValue(sha256);
        QStringList out;
        if (!q.exec())
            return {u"query failed"_s};
        while (q.next())
            out << q.value(0).toString() + u':' + q.value(1).toString();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        StorageError error;
        m_central.reset();
        m_central = CentralDatabase::open(
            test::centralLocation(m_dir, u"central"_s + QString::number(++m_centrals)), &error);
        QVERIFY2(m_central, qPrintable(error.detail));
        QString why;
        QVERIFY2(m_central->branches().enrol(u"B001"_s, u"Central World"_s, &why), qPrintable(why));
        QVERIFY2(m_central->branches().enrol(u"B002"_s, u"Siam"_s, &why), qPrintable(why));
        m_b001 = m_central->branches().byCode(u"B001"_s)->id;
        m_b002 = m_central->branches().byCode(u"B002"_s)->id;
        m_central->ingest().setCipher(m_cipher.get());
    }

    void cleanup() { m_central.reset(); }

    void aFileIsWholeOnlyWithAllItsPartsInAnyOrder()
    {
        const QByteArray bytes = threePartFile();
        const QString sha256 = AttachmentRule::sha256Of(bytes);
        AttachmentStore &store = m_central->attachments();
        QVERIFY(ingest(m_b001, {partRow(bytes, 2, 1)}, 1));
        QVERIFY(ingest(m_b001, {partRow(bytes, 0, 2)}, 1));
        const QSet<QString> failed {u"failed"_s};
        QCOMPARE(store.arrived({sha256}).value_or(failed), QSet<QString> {});
        QCOMPARE(store.file(sha256, bytes.size(), u"image/png"_s).outcome,
            AttachmentStore::File::Outcome::NotArrived);
        QVERIFY(ingest(m_b001, {partRow(bytes, 1, 3)}, 1));
        QCOMPARE(
            store.arrived({sha256, u"f"_s.repeated(64)}).value_or(failed), QSet<QString> {sha256});
        const AttachmentStore::File file = store.file(sha256, bytes.size(), u"image/png"_s);
        QCOMPARE(file.outcome, AttachmentStore::File::Outcome::Assembled);
        QCOMPARE(file.bytes, bytes);
        // The bytes are sealed in the rows: not readable in the payload column.
        QSqlQuery q(m_central->database().connection());
        QVERIFY(q.exec(u"SELECT payload FROM ingested_row"_s));
        while (q.next())
            QVERIFY(!q.value(0).toString().contains(u"data"_s));
    }

    void aPartThatDoesNotReadIsKeptButNotIndexed_data()
    {
        QTest::addColumn<Change>("change");
        QTest::newRow("sha256 in capitals") << Change([](QJsonObject &p) {
            p.insert(u"sha256"_s, p.value(u"sha256"_s).toString().toUpper());
        });
        QTest::newRow("a GIF") << Change(
            [](QJsonObject &p) { p.insert(u"type"_s, u"image/gif"_s); });
        QTest::newRow("size 0") << Change([](QJsonObject &p) { p.insert(u"size"_s, 0); });
        QTest::newRow("over 5 MiB") << Change([](QJsonObject &p) {
            p.insert(u"size"_s, AttachmentRule::maxBytes + 1);
            p.insert(u"count"_s, 41);
        });
        QTest::newRow("size not an integer")
            << Change([](QJsonObject &p) { p.insert(u"size"_s, 262244.5); });
        QTest::newRow("count not the size's")
            << Change([](QJsonObject &p) { p.insert(u"count"_s, 4); });
        QTest::newRow("index past the end")
            << Change([](QJsonObject &p) { p.insert(u"index"_s, 3); });
        QTest::newRow("index negative") << Change([](QJsonObject &p) { p.insert(u"index"_s, -1); });
        QTest::newRow("data not base64")
            << Change([](QJsonObject &p) { p.insert(u"data"_s, u"#not base64#"_s); });
        QTest::newRow("data a byte short") << Change([](QJsonObject &p) {
            const QByteArray data
                = QByteArray::fromBase64(p.value(u"data"_s).toString().toLatin1());
            p.insert(u"data"_s, QString::fromLatin1(data.chopped(1).toBase64()));
        });
        QTest::newRow("no data") << Change([](QJsonObject &p) { p.remove(u"data"_s); });
    }
    void aPartThatDoesNotReadIsKeptButNotIndexed()
    {
        QFETCH(Change, change);
        const QByteArray bytes = threePartFile();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"is no attachment part"_s));
        QVERIFY(ingest(m_b001, {partRow(bytes, 1, 1, change)}, 1));
        QCOMPARE(m_central->ingest().rowCount(m_b001), 1);
        QSqlQuery q(m_central->database().connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM complaint_attachment_part"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void aGoodCopyIndexesWhatABadOneDidNot()
    {
        const QByteArray bytes = threePartFile();
        const QString sha256 = AttachmentRule::sha256Of(bytes);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"is no attachment part"_s));
        QVERIFY(ingest(m_b001,
            {partRow(bytes, 0, 1),
                partRow(bytes, 1, 2, [](QJsonObject &p) { p.insert(u"data"_s, u"AAAA"_s); }),
                partRow(bytes, 2, 3)},
            3));
        QCOMPARE(indexOf(sha256), (QStringList {u"0:B001"_s, u"2:B001"_s}));
        // B002 sends the same file: only the part B001's copy lacked is indexed, as B002's.
        QVERIFY(
            ingest(m_b002, {partRow(bytes, 0, 1), partRow(bytes, 1, 2), partRow(bytes, 2, 3)}, 3));
        QCOMPARE(indexOf(sha256), (QStringList {u"0:B001"_s, u"1:B002"_s, u"2:B001"_s}));
        const AttachmentStore::File file
            = m_central->attachments().file(sha256, bytes.size(), u"image/png"_s);
        QCOMPARE(file.outcome, AttachmentStore::File::Outcome::Assembled);
        QCOMPARE(file.bytes, bytes);
    }

    void partsThatDoNotAddUpToTheRecordAreNeverServed_data()
    {
        QTest::addColumn<qint64>("size"); // as the complaint's record says, from the file's
        QTest::addColumn<QString>("type");
        QTest::addColumn<Change>("change"); // of every part
        QTest::addColumn<int>("outcome");
        using Outcome = AttachmentStore::File::Outcome;
        QTest::newRow("whole") << qint64(0) << u"image/png"_s << Change()
                               << int(Outcome::Assembled);
        QTest::newRow("the record says JPEG")
            << qint64(0) << u"image/jpeg"_s << Change() << int(Outcome::Damaged);
        QTest::newRow("the record says a byte less")
            << qint64(-1) << u"image/png"_s << Change() << int(Outcome::Damaged);
        QTest::newRow("parts and record say PDF, the bytes are a PNG")
            << qint64(0) << u"application/pdf"_s
            << Change([](QJsonObject &p) { p.insert(u"type"_s, u"application/pdf"_s); })
            << int(Outcome::Damaged);
        QTest::newRow("a part of another file's bytes") << qint64(
            0) << u"image/png"_s << Change([](QJsonObject &p) {
            if (p.value(u"index"_s).toInt() == 1)
                p.insert(u"data"_s, QString::fromLatin1(QByteArray(kPart, 'x').toBase64()));
        }) << int(Outcome::Damaged);
        QTest::newRow("the record names a file too big")
            << AttachmentRule::maxBytes + 1 << u"image/png"_s << Change() << int(Outcome::Damaged);
    }
    void partsThatDoNotAddUpToTheRecordAreNeverServed()
    {
        QFETCH(qint64, size);
        QFETCH(QString, type);
        QFETCH(Change, change);
        QFETCH(int, outcome);
        const QByteArray bytes = threePartFile();
        QVERIFY(ingest(m_b001,
            {partRow(bytes, 0, 1, change), partRow(bytes, 1, 2, change),
                partRow(bytes, 2, 3, change)},
            3));
        const qint64 named = size > AttachmentRule::maxBytes ? size : bytes.size() + size;
        const AttachmentStore::File file
            = m_central->attachments().file(AttachmentRule::sha256Of(bytes), named, type);
        QCOMPARE(int(file.outcome), outcome);
        QCOMPARE(file.bytes.isEmpty(), outcome != int(AttachmentStore::File::Outcome::Assembled));
    }
};

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
