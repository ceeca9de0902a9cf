// Complaints at central (ComplaintStore, ComplaintIntake): a branch's complaints.complaint row
// files a complaint once, in its batch's transaction, without its personal data; a change follows
// core's workflow and publishes complaint-status in the same transaction, or changes nothing;
// the list puts overdue complaints first. The _postgres variant runs it on PostgreSQL.
#include <branchstore.h>
#include <centraldatabase.h>
#include <complaintintake.h>
#include <complaintstore.h>
#include <ingestrequest.h>
#include <ingeststore.h>
#include <personaldatacipher.h>
#include <postgrescluster.h>
#include <referencelogstore.h>
#include <trackingnumber.h>

#include <domain/bangkoktime.h>
#include <storage/writetransaction.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::complaints;
using Outcome = ComplaintStore::ChangeResult::Outcome;

namespace {

// What must never leave the sealed row: the complainant, the contact, the subject, the text.
const QStringList kPersonal {u"1101700203451"_s, u"สมชาย"_s, u"ใจดี"_s, u"0812345678"_s,
    u"somchai@example.com"_s, u"ถนนพัง"_s, u"หลุมลึกหน้าบ้านเลขที่ 99/1"_s};

qint64 bangkokMs(QDate day, QTime time = QTime(12, 0))
{
    return QDateTime(day, time, BangkokTime::zone()).toMSecsSinceEpoch();
}

const QDate kToday(2026, 12, 7);
const qint64 kNow = bangkokMs(kToday);

QString numberOf(const QString &branch, int sequence, QDate day = kToday)
{
    return TrackingNumber::make(branch, day, sequence)->text();
}

QByteArray complaintPayload(const QString &number, qint64 filedAtMs,
    const QString &category = u"roads"_s, const QString &tambon = u"100101"_s)
{
    const QJsonObject payload {{u"trackingNumber"_s, number}, {u"filedAtMs"_s, filedAtMs},
        {u"dueAtMs"_s, dueAtMs(filedAtMs)}, {u"category"_s, category}, {u"subject"_s, u"ถนนพัง"_s},
        {u"description"_s, u"หลุมลึกหน้าบ้านเลขที่ 99/1"_s},
        {u"area"_s,
            QJsonObject {{u"province"_s, tambon.left(2)}, {u"amphoe"_s, tambon.left(4)},
                {u"tambon"_s, tambon}}},
        {u"location"_s, QJsonValue::Null},
        {u"complainant"_s,
            QJsonObject {{u"citizenId"_s, u"1101700203451"_s}, {u"prefix"_s, u"นาย"_s},
                {u"firstName"_s, u"สมชาย"_s}, {u"lastName"_s, u"ใจดี"_s}}},
        {u"contact"_s,
            QJsonObject {{u"phone"_s, u"0812345678"_s}, {u"email"_s, u"somchai@example.com"_s}}},
        {u"channel"_s, u"counter"_s}, {u"counter"_s, 3}, {u"staff"_s, u"สมหญิง"_s}};
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

IngestRow rowOf(
    qint64 seq, const QByteArray &payload, const QString &kind = ComplaintIntake::kind())
{
    return {QUuid::createUuid().toString(QUuid::WithoutBraces), seq, kind, payload, kNow};
}

} // namespace

class TestComplaintStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralDatabase> m_central;
    std::unique_ptr<PersonalDataCipher> m_cipher
        = PersonalDataCipher::fromKey(QByteArray(PersonalDataCipher::kKeyBytes, 'k'));
    qint64 m_branch = 0;
    int m_centrals = 0;

    ComplaintStore &store() { return m_central->complaints(); }

    // Files a complaint of B001 through the ingest, as a batch of the branch does.
    QString file(int sequence, qint64 filedAtMs = kNow, const QString &tambon = u"100101"_s)
    {
        const QString number = numberOf(u"B001"_s, sequence);
        QString why;
        const auto outcome = m_central->ingest().ingest(m_branch,
            {rowOf(sequence, complaintPayload(number, filedAtMs, u"roads"_s, tambon))}, &why);
        return outcome && outcome->inserted == 1 ? number : QString();
    }

    qint64 statusSeq() { return m_central->reference().lastSeq(ComplaintStore::statusDataset()); }

    QJsonObject statusItem(const QString &number)
    {
        const auto page = m_central->reference().page(ComplaintStore::statusDataset(), 0, 10000);
        for (const ReferenceItem &item : page->items)
            if (item.key == number)
                return QJsonDocument::fromJson(item.payload).object();
        return {};
    }

    // Every column of the complaint tables as text, to look for personal data in.
    QString complaintTablesText()
    {
        QString text;
        for (const QString &table : {u"complaint"_s, u"complaint_history"_s}) {
            QSqlQuery q(m_central->database().connection());
            if (!q.exec(u"SELECT * FROM "_s + table))
                return u"cannot read "_s + table;
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    text += q.value(i).toString() + u'\n';
        }
        return text;
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
        m_branch = m_central->branches().byCode(u"B001"_s)->id;
        m_central->ingest().setCipher(m_cipher.get());
        QVERIFY2(
            m_central->reference().upsert(u"complaint-categories"_s,
                {{u"roads"_s, R"({"code":"roads","th":"ถนน","en":"Roads"})"_ba},
                    {u"nuisance"_s, R"({"code":"nuisance","th":"เหตุรำคาญ","en":"Nuisance"})"_ba}},
                nullptr, &why),
            qPrintable(why));
    }

    void cleanup() { m_central.reset(); }

    void aRowFilesItsComplaintOnceWithoutPersonalData()
    {
        const QString number = numberOf(u"B001"_s, 42);
        const qint64 filedAt = kNow - 3600000;
        const QList<IngestRow> rows {rowOf(1, complaintPayload(number, filedAt)),
            rowOf(2, R"({"type":"ticket.issued"})"_ba, u"event"_s)};
        QString why;
        auto outcome = m_central->ingest().ingest(m_branch, rows, &why);
        QVERIFY2(outcome, qPrintable(why));
        QCOMPARE(outcome->inserted, 2);
        // The same rows again (a lost answer): duplicates, and nothing more of the complaint.
        outcome = m_central->ingest().ingest(m_branch, rows, &why);
        QVERIFY2(outcome, qPrintable(why));
        QCOMPARE(outcome->duplicates.size(), 2);

        const auto all = store().list({}, kNow, &why);
        QVERIFY2(all, qPrintable(why));
        QCOMPARE(all->size(), 1);
        const ComplaintStore::Lookup found = store().get(number.toLower().remove(u'-'), kNow);
        QVERIFY(found.complaint);
        const CentralComplaint &c = *found.complaint;
        QCOMPARE(c.trackingNumber, number);
        QCOMPARE(c.branchCode, u"B001"_s);
        QCOMPARE(toString(c.state), toString(ComplaintState::Received));
        QCOMPARE(c.filedAtMs, filedAt);
        QCOMPARE(c.dueAtMs, dueAtMs(filedAt));
        QCOMPARE(c.category, u"roads"_s);
        QCOMPARE(c.provinceCode, u"10"_s);
        QCOMPARE(c.amphoeCode, u"1001"_s);
        QCOMPARE(c.tambonCode, u"100101"_s);
        QCOMPARE(c.history.size(), 1);
        QCOMPARE(c.history.first().action, u"file"_s);
        QCOMPARE(c.history.first().actor, u"B001"_s);
        QCOMPARE(c.history.first().atMs, filedAt);
        // Published at filing: another branch can look it up before the desk acts.
        QCOMPARE(statusSeq(), 1);
        QCOMPARE(statusItem(number).value(u"state"_s).toString(), u"received"_s);

        const QString tables = complaintTablesText();
        for (const QString &personal : kPersonal)
            QVERIFY2(!tables.contains(personal), qPrintable(personal));
        // The desk reads the record whole through the key.
        const ComplaintStore::Lookup whole = store().whole(number, kNow);
        QVERIFY2(whole.complaint, qPrintable(whole.storageFailure));
        QCOMPARE(whole.filed.value(u"complainant"_s).toObject().value(u"firstName"_s).toString(),
            u"สมชาย"_s);
        QCOMPARE(whole.filed.value(u"subject"_s).toString(), u"ถนนพัง"_s);
    }

    void aSecondRowWithTheSameNumberKeepsTheFirstFiling()
    {
        const QString number = file(7, kNow - 1000);
        QVERIFY(!number.isEmpty());
        QString why;
        const auto outcome = m_central->ingest().ingest(
            m_branch, {rowOf(8, complaintPayload(number, kNow, u"nuisance"_s))}, &why);
        QVERIFY2(outcome, qPrintable(why));
        QCOMPARE(outcome->inserted, 1); // the row is kept: nothing of a branch's is dropped
        const CentralComplaint c = *store().get(number, kNow).complaint;
        QCOMPARE(c.category, u"roads"_s);
        QCOMPARE(c.filedAtMs, kNow - 1000);
        QCOMPARE(c.history.size(), 1);
    }

    void aChangeMovesTheStateAndPublishesIt()
    {
        const QString number = file(1);
        QVERIFY(!number.isEmpty());
        const qint64 before = statusSeq();
        ChangeRequest request;
        request.action = ComplaintAction::Register;
        request.category = u"nuisance"_s;
        request.note = u"รับเรื่องไว้พิจารณา"_s;
        ComplaintStore::ChangeResult result = store().change(number, request, u"officer1"_s, kNow);
        QVERIFY2(result.isChanged(), qPrintable(result.message.toString() + result.why));
        QCOMPARE(toString(result.state), toString(ComplaintState::Registered));

        request = {};
        request.action = ComplaintAction::Forward;
        request.agency = u"สำนักงานเขตบางรัก"_s;
        result = store().change(number, request, u"officer2"_s, kNow + 1000);
        QVERIFY2(result.isChanged(), qPrintable(result.message.toString() + result.why));
        QCOMPARE(toString(result.state), toString(ComplaintState::Forwarded));

        const CentralComplaint c = *store().get(number, kNow).complaint;
        QCOMPARE(toString(c.state), toString(ComplaintState::Forwarded));
        QCOMPARE(c.category, u"nuisance"_s);
        QCOMPARE(c.agency, u"สำนักงานเขตบางรัก"_s);
        QCOMPARE(c.history.size(), 3);
        QCOMPARE(c.history.at(1).actor, u"officer1"_s);
        QCOMPARE(c.history.at(1).action, u"register"_s);
        QCOMPARE(toString(c.history.at(1).state), toString(ComplaintState::Registered));
        QCOMPARE(c.history.at(1).note, u"รับเรื่องไว้พิจารณา"_s);
        QCOMPARE(c.history.at(2).atMs, kNow + 1000);

        // One new change_seq a change: a branch's cursor sees each.
        QCOMPARE(statusSeq(), before + 2);
        const auto page = m_central->reference().page(ComplaintStore::statusDataset(), before, 10);
        QCOMPARE(page->items.size(), 1); // an item once, at its last change
        QCOMPARE(page->cursor, before + 2);
        const QJsonObject status = QJsonDocument::fromJson(page->items.first().payload).object();
        QCOMPARE(status.value(u"trackingNumber"_s).toString(), number);
        QCOMPARE(status.value(u"state"_s).toString(), u"forwarded"_s);
        QCOMPARE(status.value(u"category"_s).toString(), u"nuisance"_s);
        QCOMPARE(status.value(u"agency"_s).toString(), u"สำนักงานเขตบางรัก"_s);
        QCOMPARE(status.value(u"reopenCount"_s).toInt(), 0);
        QCOMPARE(status.value(u"dueAtMs"_s).toInteger(), c.dueAtMs);
        const QJsonArray history = status.value(u"history"_s).toArray();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(1).toObject(),
            (QJsonObject {{u"state"_s, u"registered"_s}, {u"atMs"_s, kNow},
                {u"note"_s, u"รับเรื่องไว้พิจารณา"_s}}));
        // Who acted stays at central.
        QVERIFY(!page->items.first().payload.contains("officer"));
    }

    void reopeningIsCounted()
    {
        const QString number = file(1);
        ChangeRequest reject;
        reject.action = ComplaintAction::Reject;
        reject.note = u"ไม่อยู่ในอำนาจ"_s;
        QVERIFY(store().change(number, reject, u"officer"_s, kNow).isChanged());
        ChangeRequest reopen;
        reopen.action = ComplaintAction::Reopen;
        reopen.note = u"ผู้ร้องส่งหลักฐานเพิ่ม"_s;
        const auto result = store().change(number, reopen, u"officer"_s, kNow + 1);
        QVERIFY(result.isChanged());
        QCOMPARE(toString(result.state), toString(ComplaintState::Reopened));
        QCOMPARE(store().get(number, kNow).complaint->reopenCount, 1);
        QCOMPARE(statusItem(number).value(u"reopenCount"_s).toInt(), 1);
    }

    void aRefusedChangeChangesNothing_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("duplicateOf");
        QTest::addColumn<QString>("code");
        const int resolve = int(ComplaintAction::Resolve);
        const int reject = int(ComplaintAction::Reject);
        const int reg = int(ComplaintAction::Register);
        const int dup = int(ComplaintAction::MarkDuplicate);
        QTest::newRow("resolve while received")
            << resolve << u"แก้ไขแล้ว"_s << QString() << QString() << u"notAllowedInState"_s;
        QTest::newRow("reject without a note")
            << reject << u"  "_s << QString() << QString() << u"noteNeeded"_s;
        QTest::newRow("register without a category")
            << reg << QString() << QString() << QString() << u"categoryNeeded"_s;
        QTest::newRow("register with an unknown category")
            << reg << QString() << u"parking"_s << QString() << u"categoryUnknown"_s;
        QTest::newRow("duplicate of a complaint central lacks")
            << dup << QString() << QString() << numberOf(u"B001"_s, 999) << u"originalUnknown"_s;
        QTest::newRow("duplicate of itself")
            << dup << QString() << QString() << numberOf(u"B001"_s, 1) << u"originalIsItself"_s;
    }

    void aRefusedChangeChangesNothing()
    {
        QFETCH(int, action);
        QFETCH(QString, note);
        QFETCH(QString, category);
        QFETCH(QString, duplicateOf);
        QFETCH(QString, code);
        const QString number = file(1);
        QCOMPARE(number, numberOf(u"B001"_s, 1));
        const qint64 seq = statusSeq();
        const QJsonObject status = statusItem(number);
        const QString tables = complaintTablesText();

        ChangeRequest request;
        request.action = ComplaintAction(action);
        request.note = note;
        request.category = category;
        request.duplicateOf = duplicateOf;
        const auto result = store().change(number, request, u"officer"_s, kNow);
        QCOMPARE(result.outcome, Outcome::Refused);
        QCOMPARE(result.refusalCode, code);
        QVERIFY(!result.message.toString().isEmpty());
        QCOMPARE(complaintTablesText(), tables); // state, version, history: all as they were
        QCOMPARE(statusSeq(), seq);
        QCOMPARE(statusItem(number), status);
    }

    void twoOfficersAtOnceCannotBothChangeIt()
    {
        // Officer A's change is under way: its transaction has rejected the complaint and not
        // committed yet. Officer B registers it meanwhile, from another connection.
        const QString number = file(1);
        const qint64 seq = statusSeq();
        WriteTransaction a(m_central->database().connection());
        QVERIFY(a.isActive());
        {
            QSqlQuery q(m_central->database().connection());
            q.prepare(u"UPDATE complaint SET state = 'rejected', version = version + 1 "
                      "WHERE tracking_number = ?"_s);
            q.addBindValue(number);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        const QString location = m_central->database().path();
        std::atomic<int> outcome = -1;
        QThread *b = QThread::create([&] {
            std::unique_ptr<CentralDatabase> desk = CentralDatabase::open(location);
            ChangeRequest request;
            request.action = ComplaintAction::Register;
            request.category = u"roads"_s;
            if (desk)
                outcome = int(desk->complaints().change(number, request, u"B"_s, kNow).outcome);
        });
        b->start();
        const bool postgres = m_central->database().isPostgres();
        if (postgres) {
            // PostgreSQL (READ COMMITTED): B read the committed complaint, passed the check and
            // now waits for A's row; SQLite: B waits at BEGIN IMMEDIATE and reads after A.
            std::unique_ptr<CentralDatabase> watcher = CentralDatabase::open(location);
            QVERIFY(watcher);
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    QSqlQuery q(watcher->database().connection());
                    return q.exec(u"SELECT count(*) FROM pg_stat_activity "
                                  "WHERE wait_event_type = 'Lock'"_s)
                        && q.next() && q.value(0).toInt() > 0;
                }(),
                20000);
        }
        QVERIFY(a.commit());
        QVERIFY(b->wait(30000));
        delete b;
        // B's check was against what it read, A's state is what stands: a conflict on
        // PostgreSQL, a refusal on SQLite (B read A's state). Never both.
        QCOMPARE(outcome.load(), int(postgres ? Outcome::Conflict : Outcome::Refused));
        const CentralComplaint c = *store().get(number, kNow).complaint;
        QCOMPARE(toString(c.state), u"rejected"_s);
        QCOMPARE(c.history.size(), 1);
        QCOMPARE(statusSeq(), seq);
    }

    void aCodeThatReadsAsAnEnrolledOneInANumberIsNotEnrolled()
    {
        // B001 is enrolled (init): b-001 would file B001-… numbers too.
        QString why;
        QVERIFY(!m_central->branches().enrol(u"b-001"_s, u"Another"_s, &why));
        QVERIFY2(why.contains(u"B001"_s), qPrintable(why));
        QVERIFY(!m_central->branches().enrol(u"B_0_01"_s, u"Another"_s, &why));
        QVERIFY2(m_central->branches().enrol(u"B-002"_s, u"Bang Rak"_s, &why), qPrintable(why));
    }

    void anUnknownNumberIsNotFound()
    {
        ChangeRequest request;
        request.action = ComplaintAction::Register;
        request.category = u"roads"_s;
        auto result = store().change(numberOf(u"B001"_s, 5), request, u"officer"_s, kNow);
        QCOMPARE(result.outcome, Outcome::NotFound);
        QVERIFY(result.message.toString().contains(numberOf(u"B001"_s, 5)));
        result = store().change(u"B001-691207-0005-00"_s, request, u"officer"_s, kNow);
        QCOMPARE(result.outcome, Outcome::NotFound); // check digits wrong: not a number
        const ComplaintStore::Lookup lookup = store().get(numberOf(u"B001"_s, 5), kNow);
        QVERIFY(!lookup.complaint);
        QVERIFY(!lookup.storageFailed());
    }

    void theListPutsOverdueFirstAndFilters()
    {
        // Filed 30 and 20 days ago (both past due), and today; the one of 20 days ago is
        // rejected, so the complainant was told: not overdue.
        const QString old = file(1, bangkokMs(kToday.addDays(-30)), u"100101"_s);
        const QString told = file(2, bangkokMs(kToday.addDays(-20)), u"100102"_s);
        const QString recent = file(3, bangkokMs(kToday), u"500101"_s);
        const QString older = file(4, bangkokMs(kToday.addDays(-40)), u"500102"_s);
        ChangeRequest reject;
        reject.action = ComplaintAction::Reject;
        reject.note = u"ไม่ใช่เรื่องร้องเรียน"_s;
        QVERIFY(store().change(told, reject, u"officer"_s, kNow).isChanged());

        const auto numbers = [&](const ComplaintFilter &filter) {
            QStringList out;
            QString why;
            const auto list = store().list(filter, kNow, &why);
            if (!list)
                return QStringList {why};
            for (const CentralComplaint &c : *list)
                out << c.trackingNumber + (c.overdue ? u" overdue"_s : QString());
            return out;
        };
        QCOMPARE(
            numbers({}), (QStringList {older + u" overdue"_s, old + u" overdue"_s, recent, told}));
        ComplaintFilter filter;
        filter.overdueOnly = true;
        QCOMPARE(numbers(filter), (QStringList {older + u" overdue"_s, old + u" overdue"_s}));
        filter = {};
        filter.state = ComplaintState::Rejected;
        QCOMPARE(numbers(filter), QStringList {told});
        filter = {};
        filter.area = u"50"_s; // a province
        QCOMPARE(numbers(filter), (QStringList {older + u" overdue"_s, recent}));
        filter.area = u"100102"_s; // a tambon
        QCOMPARE(numbers(filter), QStringList {told});
        filter = {};
        filter.branchCode = u"B002"_s;
        QCOMPARE(numbers(filter), QStringList {});
        filter.branchCode = u"B001"_s;
        filter.category = u"roads"_s;
        filter.limit = 2;
        QCOMPARE(numbers(filter).size(), 2);
    }

    void intakeRefusesWhatCannotBeTheBranchsComplaint_data()
    {
        QTest::addColumn<QString>("enrolledCode");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("refusal"); // a part of the reason; empty: kept
        const QString own = numberOf(u"B001"_s, 1);
        QTest::newRow("its own number") << u"B001"_s << complaintPayload(own, kNow) << QString();
        QTest::newRow("its own, enrolled with lower case and a dash")
            << u"b-001"_s << complaintPayload(own, kNow) << QString();
        QTest::newRow("another branch's number")
            << u"B001"_s << complaintPayload(numberOf(u"B002"_s, 1), kNow) << u"B002"_s;
        QTest::newRow("a number of a branch whose code begins like it")
            << u"B00"_s << complaintPayload(own, kNow) << u"names branch B001"_s;
        QTest::newRow("not a number")
            << u"B001"_s << complaintPayload(u"B001-691207-0001-00"_s, kNow) << u"trackingNumber"_s;
        QTest::newRow("no number") << u"B001"_s << R"({"filedAtMs":1})"_ba << u"trackingNumber"_s;
        QTest::newRow("no filing time")
            << u"B001"_s << QJsonDocument(QJsonObject {{u"trackingNumber"_s, own}}).toJson()
            << u"filedAtMs"_s;
    }

    void intakeRefusesWhatCannotBeTheBranchsComplaint()
    {
        QFETCH(QString, enrolledCode);
        QFETCH(QByteArray, payload);
        QFETCH(QString, refusal);
        IngestRequest batch;
        batch.rows = {rowOf(1, R"({"type":"ticket.issued"})"_ba, u"event"_s), rowOf(3, payload),
            rowOf(4, payload, u"complaints.record"_s)};
        batch.refused = {{2, u"{bad}"_s, u"uuid must be a UUID"_s}, {5, u"x"_s, u"kind"_s}};
        ComplaintIntake::refuseUnfit(batch, enrolledCode);
        QStringList kept;
        for (const IngestRow &row : batch.rows)
            kept << QString::number(row.seq);
        QList<qint64> refusedSeqs;
        for (const RefusedRow &row : batch.refused)
            refusedSeqs << row.seq;
        if (refusal.isEmpty()) {
            QCOMPARE(kept, (QStringList {u"1"_s, u"3"_s, u"4"_s}));
            QCOMPARE(refusedSeqs, (QList<qint64> {2, 5}));
            return;
        }
        // The rest of the batch stays; another kind is not read as a complaint.
        QCOMPARE(kept, (QStringList {u"1"_s, u"4"_s}));
        QCOMPARE(refusedSeqs, (QList<qint64> {2, 3, 5})); // in seq order for the answer
        QVERIFY2(
            batch.refused.at(1).reason.contains(refusal), qPrintable(batch.refused.at(1).reason));
        QCOMPARE(batch.refused.at(1).uuid, batch.refused.at(1).uuid.toLower());
    }
};

QTEST_GUILESS_MAIN(TestComplaintStore)
#include "tst_complaintstore.moc"
