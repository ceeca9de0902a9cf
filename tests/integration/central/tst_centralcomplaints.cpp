// Complaints at a real saduak-central on loopback (issue 15; docs/central-api.md, "Complaints"):
// a branch's complaints.complaint row is kept as a complaint once however often it is sent, a
// number of another branch is refused for good and the rest of its batch stored, and a change
// made through the store or `saduak-central complaint` reaches the branches as a complaint-status
// item after their cursor, with nothing of the complainant in it; a refused change changes
// nothing. The _postgres variant runs it all on PostgreSQL.
#include "centralprocess.h"
#include "rawhttp.h"

#include <centraldatabase.h>
#include <complaintstore.h>
#include <postgrescluster.h>
#include <trackingnumber.h>

#include <domain/bangkoktime.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

// What the complainant gave: none of it may reach a branch in complaint-status.
const QStringList kPersonal {u"3100600123456"_s, u"สมศรี"_s, u"มีสุข"_s, u"0891234567"_s,
    u"somsri@example.com"_s, u"น้ำท่วมซอย"_s, u"ท่อระบายน้ำอุดตันหน้าบ้าน"_s};

QString numberOf(const QString &branch, int sequence)
{
    return complaints::TrackingNumber::make(branch, QDate(2026, 12, 7), sequence)->text();
}

QJsonObject complaintRow(const QString &uuid, qint64 seq, const QString &number)
{
    const qint64 filedAt
        = QDateTime(QDate(2026, 12, 7), QTime(10, 30), BangkokTime::zone()).toMSecsSinceEpoch();
    const QJsonObject payload {{u"trackingNumber"_s, number}, {u"filedAtMs"_s, filedAt},
        {u"dueAtMs"_s, complaints::dueAtMs(filedAt)}, {u"category"_s, u"roads"_s},
        {u"subject"_s, u"น้ำท่วมซอย"_s}, {u"description"_s, u"ท่อระบายน้ำอุดตันหน้าบ้าน"_s},
        {u"area"_s,
            QJsonObject {
                {u"province"_s, u"10"_s}, {u"amphoe"_s, u"1004"_s}, {u"tambon"_s, u"100401"_s}}},
        {u"location"_s, QJsonObject {{u"latitude"_s, 13.7291}, {u"longitude"_s, 100.5232}}},
        {u"complainant"_s,
            QJsonObject {{u"citizenId"_s, u"3100600123456"_s}, {u"prefix"_s, u"นาง"_s},
                {u"firstName"_s, u"สมศรี"_s}, {u"lastName"_s, u"มีสุข"_s}}},
        {u"contact"_s,
            QJsonObject {{u"phone"_s, u"0891234567"_s}, {u"email"_s, u"somsri@example.com"_s}}},
        {u"channel"_s, u"kiosk"_s}, {u"counter"_s, 0}, {u"staff"_s, QJsonValue::Null}};
    return {{u"uuid"_s, uuid}, {u"seq"_s, seq}, {u"kind"_s, u"complaints.complaint"_s},
        {u"payload"_s, payload}, {u"createdAt"_s, filedAt}};
}

QJsonObject eventRow(const QString &uuid, qint64 seq)
{
    return {{u"uuid"_s, uuid}, {u"seq"_s, seq}, {u"kind"_s, u"event"_s},
        {u"payload"_s, QJsonObject {{u"type"_s, u"ticket.issued"_s}}},
        {u"createdAt"_s, qint64(1795680000000)}};
}

// The complaint-status payload docs/central-api.md shows under "Complaints".
QJsonObject documentedStatus()
{
    QFile doc(QStringLiteral(SADUAK_CENTRAL_API_DOC));
    if (!doc.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype section = text.indexOf(u"\n## Complaints\n"_s);
    const qsizetype start = text.indexOf(u"```json\n"_s, section);
    const qsizetype end = text.indexOf(u"```"_s, start + 8);
    if (section < 0 || start < 0 || end < 0)
        return {};
    return QJsonDocument::fromJson(text.mid(start + 8, end - start - 8).toUtf8()).object();
}

QByteArray batchOf(const QJsonArray &rows)
{
    return QJsonDocument(QJsonObject {{u"rows"_s, rows}}).toJson(QJsonDocument::Compact);
}

const QString kUuid1 = u"c0a1b2c3-0000-4000-8000-000000000001"_s;
const QString kUuid2 = u"c0a1b2c3-0000-4000-8000-000000000002"_s;
const QString kUuid3 = u"c0a1b2c3-0000-4000-8000-000000000003"_s;
const QString kUuid4 = u"c0a1b2c3-0000-4000-8000-000000000004"_s;
const QString kUuid5 = u"c0a1b2c3-0000-4000-8000-000000000005"_s;

} // namespace

class TestCentralComplaints : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralProcess> m_central;
    QByteArray m_authB001;
    QByteArray m_authB002;
    qint64 m_cursor = 0; // complaint-status, as a branch that applied every page holds it

    RawResponse push(const QByteArray &auth, const QJsonArray &rows) const
    {
        return rawHttp(m_central->port(),
            httpRequest("POST"_ba, "/v1/ingest"_ba, {auth, "Content-Type: application/json"_ba},
                batchOf(rows)));
    }

    RawResponse statusAfter(qint64 cursor) const
    {
        return rawHttp(m_central->port(),
            httpRequest("GET"_ba,
                "/v1/reference/complaint-status?after="_ba + QByteArray::number(cursor),
                {m_authB001}));
    }

    // The lines of `saduak-central complaints` (the operator's list).
    QStringList listed(const QStringList &extra = {}) const
    {
        QString out, err;
        if (m_central->command(QStringList {u"complaints"_s} + extra, &out, &err) != 0)
            return {u"failed: "_s + err};
        return out.isEmpty() ? QStringList {} : out.split(u'\n');
    }

    // The items after m_cursor; moves m_cursor on as a branch does. Checks what every item must
    // be: a complaint's status, nothing personal.
    QJsonArray pullStatus()
    {
        const RawResponse page = statusAfter(m_cursor);
        if (page.status != 200)
            return {QString::fromUtf8(page.body)};
        const qint64 cursor = page.json().value(u"cursor"_s).toInteger();
        if (cursor < m_cursor || page.json().value(u"more"_s).toBool())
            return {u"bad cursor"_s};
        m_cursor = cursor;
        for (const QString &personal : kPersonal)
            if (QString::fromUtf8(page.body).contains(personal))
                return {QString(u"personal data: "_s + personal)};
        return page.json().value(u"items"_s).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_central = std::make_unique<CentralProcess>(centralLocation(m_dir));
        const QString b001 = m_central->enrol(u"B001"_s, u"Central World"_s);
        const QString b002 = m_central->enrol(u"B002"_s, u"Bang Rak"_s);
        QVERIFY(!b001.isEmpty() && !b002.isEmpty());
        m_authB001 = "Authorization: Bearer "_ba + b001.toLatin1();
        m_authB002 = "Authorization: Bearer "_ba + b002.toLatin1();
        QFile categories(m_dir.filePath(u"categories.jsonl"_s));
        QVERIFY(categories.open(QIODevice::WriteOnly));
        categories.write(
            QJsonDocument(QJsonObject {{u"code"_s, u"roads"_s}, {u"th"_s, u"ถนนและสาธารณูปโภค"_s},
                              {u"en"_s, u"Roads and public works"_s}})
                .toJson(QJsonDocument::Compact)
            + '\n');
        categories.close();
        QString out, err;
        QCOMPARE(
            m_central->command({u"import-reference"_s, u"--dataset"_s, u"complaint-categories"_s,
                                   u"--file"_s, categories.fileName(), u"--key-field"_s, u"code"_s},
                &out, &err),
            0);
        QVERIFY(m_central->start() != 0);
    }

    void aComplaintSentTwiceIsKeptOnce()
    {
        const QString number = numberOf(u"B001"_s, 1);
        const QJsonArray rows {complaintRow(kUuid1, 1, number), eventRow(kUuid2, 2)};
        RawResponse r = push(m_authB001, rows);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"inserted"_s).toInt(), 2);
        // The answer was lost: the hub sends the same rows again.
        r = push(m_authB001, rows);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"inserted"_s).toInt(), 0);
        QCOMPARE(r.json().value(u"duplicates"_s).toArray().size(), 2);

        const QStringList lines = listed();
        QCOMPARE(lines.size(), 1);
        const QStringList fields = lines.first().split(u'\t');
        QCOMPARE(fields.value(0), number);
        QCOMPARE(fields.value(1), u"B001"_s);
        QCOMPARE(fields.value(2), u"received"_s);
        QCOMPARE(fields.value(3), u"roads"_s);
        QCOMPARE(fields.value(4), u"100401"_s);
        for (const QString &personal : kPersonal)
            QVERIFY2(!lines.first().contains(personal), qPrintable(personal));

        // Filed is published too: every branch can look the number up.
        const QJsonArray items = pullStatus();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(u"key"_s).toString(), number);
        QCOMPARE(items.first()[u"payload"_s][u"state"_s].toString(), u"received"_s);
    }

    void aNumberOfAnotherBranchIsRefusedAndTheRestStored()
    {
        const QString foreign = numberOf(u"B002"_s, 1);
        const QString own = numberOf(u"B001"_s, 2);
        const RawResponse r = push(m_authB001,
            {eventRow(kUuid3, 3), complaintRow(kUuid4, 4, foreign), complaintRow(kUuid5, 5, own)});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"acknowledged"_s).toObject(),
            (QJsonObject {{u"fromSeq"_s, 3}, {u"toSeq"_s, 5}}));
        QCOMPARE(r.json().value(u"inserted"_s).toInt(), 2);
        const QJsonArray refused = r.json().value(u"refused"_s).toArray();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first()[u"seq"_s].toInt(), 4);
        QCOMPARE(refused.first()[u"uuid"_s].toString(), kUuid4);
        const QString reason = refused.first()[u"reason"_s].toString();
        QVERIFY2(reason.contains(u"B002"_s) && reason.contains(u"B001"_s), qPrintable(reason));
        // Refused for good: the same answer again, and nothing of it kept.
        const RawResponse again = push(m_authB001, {complaintRow(kUuid4, 4, foreign)});
        QCOMPARE(again.json().value(u"refused"_s).toArray().size(), 1);
        QCOMPARE(again.json().value(u"inserted"_s).toInt(), 0);
        const QStringList lines = listed();
        QCOMPARE(lines.size(), 2);
        QVERIFY(!lines.join(u'\n').contains(foreign));
        // B002 may file its own number.
        const RawResponse b002 = push(
            m_authB002, {complaintRow(u"c0a1b2c3-0000-4000-8000-0000000000b2"_s, 1, foreign)});
        QCOMPARE(b002.json().value(u"inserted"_s).toInt(), 1);
        QCOMPARE(listed({u"--category"_s, u"roads"_s}).size(), 3);
        QCOMPARE(pullStatus().size(), 2); // B001's second and B002's first
    }

    void nothingOfTheComplainantIsReadableInCentralsFiles()
    {
        if (m_central->dbPath().startsWith(u"postgresql://"_s))
            QSKIP("reads central's SQLite files byte by byte (tst_centralpersonaldata's way)");
        // The complaint tables hold the number, times, category and area: the complainant and
        // the text are only in the sealed row. The database and its write-ahead log, as stored.
        QByteArray bytes;
        for (const QString &suffix : {QString(), u"-wal"_s}) {
            QFile file(m_central->dbPath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.contains(numberOf(u"B001"_s, 1).toUtf8())); // the complaint is there
        for (const QString &personal : kPersonal)
            QVERIFY2(!bytes.contains(personal.toUtf8()), qPrintable(personal));
    }

    void aChangeThroughTheStoreReachesTheBranches()
    {
        // Central's desk (next) calls the store in central's process; here a second connection
        // to the same database, beside the running central.
        StorageError error;
        const std::unique_ptr<CentralDatabase> desk
            = CentralDatabase::open(m_central->dbPath(), &error);
        QVERIFY2(desk, qPrintable(error.detail));
        complaints::ChangeRequest request;
        request.action = complaints::ComplaintAction::Register;
        request.category = u"roads"_s;
        request.note = u"รับเรื่องแล้ว จะส่งให้สำนักงานเขต"_s;
        const auto result
            = desk->complaints().change(numberOf(u"B001"_s, 1), request, u"officer.a"_s);
        QVERIFY2(result.isChanged(), qPrintable(result.message.toString() + result.why));

        const qint64 before = m_cursor;
        const QJsonArray items = pullStatus();
        QCOMPARE(items.size(), 1);
        QVERIFY(m_cursor > before);
        const QJsonObject status = items.first()[u"payload"_s].toObject();
        QCOMPARE(status.value(u"trackingNumber"_s).toString(), numberOf(u"B001"_s, 1));
        QCOMPARE(status.value(u"state"_s).toString(), u"registered"_s);
        const QJsonArray history = status.value(u"history"_s).toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1)[u"note"_s].toString(), u"รับเรื่องแล้ว จะส่งให้สำนักงานเขต"_s);
        QVERIFY(!QJsonDocument(status).toJson().contains("officer.a"));
        // Up to date: nothing more after the new cursor.
        QCOMPARE(pullStatus().size(), 0);
    }

    void aChangeThroughTheCommandReachesTheBranches()
    {
        QString out, err;
        const int exit = m_central->command(
            {u"complaint"_s, u"--tracking"_s, numberOf(u"B001"_s, 1).toLower(), u"--action"_s,
                u"forward"_s, u"--agency"_s, u"สำนักงานเขตปทุมวัน"_s, u"--actor"_s, u"officer.b"_s},
            &out, &err);
        QVERIFY2(exit == 0, qPrintable(err));
        QVERIFY2(out.startsWith(numberOf(u"B001"_s, 1) + u"\tforwarded\t"_s), qPrintable(out));
        const QJsonArray items = pullStatus();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first()[u"payload"_s][u"state"_s].toString(), u"forwarded"_s);
        QCOMPARE(items.first()[u"payload"_s][u"agency"_s].toString(), u"สำนักงานเขตปทุมวัน"_s);
        QVERIFY(listed({u"--state"_s, u"forwarded"_s}).value(0).endsWith(u"\tสำนักงานเขตปทุมวัน"_s));
        // What the document shows a client is what central sends, field for field.
        const QJsonObject documented = documentedStatus();
        const QJsonObject sent = items.first()[u"payload"_s].toObject();
        QCOMPARE(sent.keys(), documented.keys());
        QCOMPARE(sent.value(u"history"_s).toArray().size(), 3);
        QCOMPARE(sent.value(u"history"_s)[0].toObject().keys(),
            documented.value(u"history"_s)[0].toObject().keys());
        QCOMPARE(sent.value(u"dueAtMs"_s), documented.value(u"dueAtMs"_s)); // filed the same day
        QCOMPARE(
            sent.value(u"history"_s)[0][u"atMs"_s], documented.value(u"history"_s)[0][u"atMs"_s]);
    }

    void aRefusedChangeChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString number = numberOf(u"B001"_s, 1);
        QTest::newRow("close while forwarded") << QStringList {u"--tracking"_s, number,
            u"--action"_s, u"close"_s, u"--note"_s, u"แจ้งผู้ร้องทางโทรศัพท์แล้ว"_s}
                                               << 1 << u"is not allowed"_s;
        QTest::newRow("askInformation without a note") << QStringList {u"--tracking"_s, number,
            u"--action"_s, u"askInformation"_s} << 1 << u"needs a note"_s;
        QTest::newRow("no such action") << QStringList {u"--tracking"_s, number, u"--action"_s,
            u"delete"_s} << 2 << u"markDuplicate"_s;
        QTest::newRow("no such complaint") << QStringList {u"--tracking"_s, numberOf(u"B001"_s, 77),
            u"--action"_s, u"start"_s} << 1 << numberOf(u"B001"_s, 77);
        QTest::newRow("no tracking number")
            << QStringList {u"--action"_s, u"start"_s} << 2 << u"--tracking"_s;
    }

    void aRefusedChangeChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QStringList before = listed();
        QString out, err;
        QCOMPARE(
            m_central->command(QStringList {u"complaint"_s} + arguments, &out, &err), exitCode);
        QVERIFY2(out.isEmpty(), qPrintable(out));
        QVERIFY2(!err.isEmpty() && err.contains(message), qPrintable(err));
        QCOMPARE(listed(), before);
        QCOMPARE(pullStatus().size(), 0); // no change for the branches either
    }

    void theListShowsOverdueOnlyWhenAsked()
    {
        // Filed 7 December 2026: due on the 22nd; overdue on any later day this runs.
        const bool pastDue = BangkokTime::nowUtcMs()
            > complaints::dueAtMs(QDateTime(QDate(2026, 12, 7), QTime(10, 30), BangkokTime::zone())
                                      .toMSecsSinceEpoch());
        const QStringList overdue = listed({u"--overdue"_s});
        QCOMPARE(overdue.size(), pastDue ? 3 : 0);
        for (const QString &line : listed())
            QCOMPARE(line.split(u'\t').value(7), pastDue ? u"overdue"_s : QString());
    }
};

QTEST_GUILESS_MAIN(TestCentralComplaints)
#include "tst_centralcomplaints.moc"
