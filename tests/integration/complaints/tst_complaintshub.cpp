// The complaints module's hub part through a real hub (modules/complaints/README.md, "Hub
// commands"): the real plugin (complaints.so) loaded by the hub's module loader, a BranchHub on a
// SQLite file in a temporary folder, devices on real WebSockets sending the JSON a third-party
// client would. The hub's clock is the test's, so days in Bangkok and due times are exact. The
// reference data is put in the hub's copy the way its reference puller stores a page from
// central (ReferenceStore::applyPage): the real admin-areas seed, the categories, and central's
// complaint-status items.
#include <attachmentrule.h>
#include <complaintform.h>
#include <complaintworkflow.h>
#include <trackingnumber.h>

#include <domain/bangkoktime.h>
#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubmodules.h>
#include <hub/hubserver.h>
#include <modulehost/moduleloader.h>
#include <sync/referencestore.h>

#include <seatedstaff.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include "rawpeer.h"

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::complaints;

namespace {

// 7 Dec 2026 15:00 in Bangkok (08:00 UTC): BE 2569, so numbers read B001-691207-….
const qint64 kMorning = QDateTime(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
const QString kCitizenId = u"1101700203450"_s;
const QString kFirstName = u"สมหญิง"_s;
const QString kPhone = u"081-234-5678"_s;

// Whether text holds the complainant's ID, name, phone (as typed or as kept) or e-mail.
bool holdsThePerson(const QString &text)
{
    for (const QString &personal : {kCitizenId, kFirstName, kPhone, u"0812345678"_s, u"somying"_s})
        if (text.contains(personal))
            return true;
    return false;
}

QJsonObject textOf(const QJsonObject &error)
{
    return error.value(u"text"_s).toObject();
}

// A complaint as the kiosk's form sends it: about Phra Borom Maha Ratchawang, Phra Nakhon, Bangkok.
QJsonObject form(const QString &id, const QString &subject = u"ไฟทางดับทั้งซอย"_s)
{
    return {{u"type"_s, u"complaints.file"_s}, {u"id"_s, id}, {u"category"_s, u"roads"_s},
        {u"subject"_s, subject}, {u"description"_s, u"ไฟส่องทางในซอยดับมาสองสัปดาห์แล้ว"_s},
        {u"province"_s, u"10"_s}, {u"amphoe"_s, u"1001"_s}, {u"tambon"_s, u"100101"_s},
        {u"latitude"_s, 13.7500}, {u"longitude"_s, 100.4913},
        {u"complainant"_s,
            QJsonObject {{u"citizenId"_s, kCitizenId}, {u"prefix"_s, u"นางสาว"_s},
                {u"firstName"_s, kFirstName}, {u"lastName"_s, u"ใจดี"_s}}},
        {u"phone"_s, kPhone}, {u"email"_s, u"somying@example.org"_s},
        {u"privacyAcknowledged"_s, true}};
}

QJsonObject query(const QString &type, const QString &id, QJsonObject fields = {})
{
    fields.insert(u"type"_s, type);
    fields.insert(u"id"_s, id);
    return fields;
}

// A photo as a scanner or a phone makes it: the JPEG signature, then bytes that are the same on
// every run (seeded), so the test knows every byte the hub must give back.
QByteArray photo(qint64 size, quint32 seed = 7, QByteArray signature = "\xFF\xD8\xFF\xE0")
{
    QByteArray bytes = signature;
    QRandomGenerator random(seed);
    while (bytes.size() < size)
        bytes.append(char(random.bounded(256)));
    bytes.truncate(size);
    return bytes;
}

// One complaints.attach message: the chunk of bytes at offset.
QJsonObject chunk(const QString &id, const QString &sha256, qint64 size, const QString &type,
    qint64 offset, const QByteArray &bytes)
{
    return {{u"type"_s, u"complaints.attach"_s}, {u"id"_s, id}, {u"sha256"_s, sha256},
        {u"size"_s, double(size)}, {u"mediaType"_s, type}, {u"offset"_s, double(offset)},
        {u"data"_s, QString::fromLatin1(bytes.toBase64())}};
}

} // namespace

class TestComplaintsHub : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir->filePath(name); }

    bool openHub()
    {
        BranchHub::Options options;
        options.databasePath = path(u"branch.sqlite"_s);
        options.queue.openAllDay = true;
        options.modules = m_loader->modules();
        options.settings = m_settings.get();
        options.clock = [this] { return m_now; };
        StorageError error;
        m_hub = BranchHub::open(options, &error);
        if (!m_hub) {
            qWarning() << "hub did not open:" << error.detail;
            return false;
        }
        return m_hub->listen(QHostAddress::LocalHost, 0);
    }

    void restartHub()
    {
        m_peers.clear();
        m_hub.reset();
        QVERIFY(openHub());
    }

    // A counter or supervisor PC comes with an officer of its kind logged in there (staffUser, or
    // one named after the role): these tests are about complaints, not about logging in.
    RawPeer &connected(
        Device::Role role, const QString &name, int counter = 0, const QString &staffUser = {})
    {
        QString why;
        const auto pairing = m_hub->devices().pair(role, name, counter, &why);
        if (!pairing)
            qFatal("pairing failed: %s", qPrintable(why));
        if (role == Device::Role::Counter || role == Device::Role::Supervisor) {
            const StaffRole person
                = role == Device::Role::Counter ? StaffRole::Counter : StaffRole::Supervisor;
            if (!test::seatStaff(m_hub->database(), pairing->device.id, person, &why, staffUser))
                qFatal("nobody seated at %s: %s", qPrintable(name), qPrintable(why));
        }
        m_tokens.insert(name, pairing->token);
        return reconnected(name);
    }

    // The device called name on a new connection (its link dropped), with the token it has.
    RawPeer &reconnected(const QString &name)
    {
        m_peers.push_back(std::make_unique<RawPeer>(m_hub->server()->url()));
        RawPeer &peer = *m_peers.back();
        if (!peer.waitConnected() || !peer.hello(m_tokens.value(name)))
            qFatal("no hello for %s", qPrintable(name));
        return peer;
    }

    QJsonObject ask(RawPeer &peer, const QJsonObject &message)
    {
        peer.send(message);
        return peer.answer(message.value(u"id"_s).toString());
    }

    // One page of a data set as the reference puller stores what central sent.
    void putReference(const QString &dataset, const QList<PulledItem> &items)
    {
        ReferenceStore store(m_hub->database());
        QString why;
        const qint64 after = store.state(dataset).cursor;
        QVERIFY2(store.applyPage(dataset, after, items, after + 1, true, 0, m_now, &why),
            qPrintable(why));
    }

    void putStatus(const QJsonObject &status)
    {
        putReference(u"complaint-status"_s,
            {{status.value(u"trackingNumber"_s).toString(),
                QJsonDocument(status).toJson(QJsonDocument::Compact)}});
    }

    QList<QJsonObject> outboxRecords()
    {
        QSqlQuery q(m_hub->database().connection());
        if (!q.exec(
                u"SELECT payload FROM outbox WHERE kind = 'complaints.complaint' ORDER BY seq"_s))
            qFatal("outbox unreadable");
        QList<QJsonObject> records;
        while (q.next())
            records << QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        return records;
    }

    // The outbox's rows of one kind, in the order central gets them.
    QList<QJsonObject> outboxRows(const QString &kind)
    {
        QSqlQuery q(m_hub->database().connection());
        q.prepare(u"SELECT payload FROM outbox WHERE kind = ? ORDER BY seq"_s);
        q.addBindValue(kind);
        if (!q.exec())
            qFatal("outbox unreadable");
        QList<QJsonObject> rows;
        while (q.next())
            rows << QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        return rows;
    }

    // The kinds of the outbox's rows but the hub's staff audit (a refused command is one of
    // those, written a moment after the refusal): what the module sent to central.
    QStringList outboxKinds()
    {
        QSqlQuery q(m_hub->database().connection());
        if (!q.exec(u"SELECT kind FROM outbox WHERE kind <> 'staff.audit' ORDER BY seq"_s))
            qFatal("outbox unreadable");
        QStringList kinds;
        while (q.next())
            kinds << q.value(0).toString();
        return kinds;
    }

    // Sends a file the way a counter does: chunk after chunk, each from what the hub says it
    // holds, until it is stored. The last answer.
    QJsonObject sendFile(RawPeer &peer, const QString &idPrefix, const QByteArray &bytes,
        const QString &type = u"image/jpeg"_s, qint64 from = 0)
    {
        const QString sha256 = AttachmentRule::sha256Of(bytes);
        QJsonObject answer;
        qint64 offset = from;
        for (int n = 0; n < 1000; ++n) {
            answer = ask(peer,
                chunk(idPrefix + QString::number(n), sha256, bytes.size(), type, offset,
                    bytes.mid(offset, AttachmentRule::chunkBytes)));
            if (answer.value(u"type"_s).toString() != u"reply"_s
                || answer.value(u"stored"_s).toBool())
                return answer;
            offset = qint64(answer.value(u"received"_s).toDouble());
        }
        return answer;
    }

    // A complaint at the counter carrying the files named.
    QJsonObject withAttachments(const QString &id, const QJsonArray &attachments)
    {
        QJsonObject message = form(id);
        message.insert(u"attachments"_s, attachments);
        return message;
    }

    int hubRows(const QString &sql)
    {
        QSqlQuery q(m_hub->database().connection());
        if (!q.exec(sql) || !q.next())
            qFatal("unreadable: %s", qPrintable(sql));
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // The hub's module folder holds the program's complaints plugin alone.
        QVERIFY(QDir().mkpath(path(u"modules"_s)));
        QVERIFY(QFile::link(qEnvironmentVariable("SADUAK_MODULE_DIR") + u"/complaints.so"_s,
            path(u"modules/complaints.so"_s)));
        m_loader = std::make_unique<ModuleLoader>();
        m_loader->loadFolder(path(u"modules"_s));
        QCOMPARE(m_loader->modules().size(), 1);
        m_settings = std::make_unique<QSettings>(path(u"hub.ini"_s), QSettings::IniFormat);
        m_settings->setValue(u"modules/complaints/branchCode"_s, u"B001"_s);
        m_now = kMorning;
        QVERIFY(openHub());
        QCOMPARE(m_hub->modules().running(), QStringList {u"complaints"_s});

        // A hub that has not heard from central yet has no reference data at all: the tests named
        // so start from it (the plugin's bundled seeds answer until central sends a set).
        if (QByteArray(QTest::currentTestFunction()).startsWith("beforeCentral"))
            return;
        // The real seed of admin-areas (db/reference/admin-areas.jsonl) and the categories.
        QFile areas(QStringLiteral(SADUAK_SOURCE_DIR "/db/reference/admin-areas.jsonl"));
        QVERIFY(areas.open(QIODevice::ReadOnly));
        QList<PulledItem> items;
        while (!areas.atEnd()) {
            const QByteArray line = areas.readLine().trimmed();
            if (!line.isEmpty())
                items.append(
                    {QJsonDocument::fromJson(line).object().value(u"key"_s).toString(), line});
        }
        QVERIFY(items.size() > 8000);
        putReference(u"admin-areas"_s, items);
        QList<PulledItem> categories;
        for (const auto &[code, th, en] : {std::tuple {"nuisance", "เหตุเดือดร้อนรำคาญ", "Nuisance"},
                 std::tuple {"roads", "ถนนและสาธารณูปโภค", "Roads and public works"},
                 std::tuple {"other", "อื่น ๆ", "Other"}})
            categories.append({QString::fromUtf8(code),
                QJsonDocument(
                    QJsonObject {{u"code"_s, QString::fromUtf8(code)},
                        {u"th"_s, QString::fromUtf8(th)}, {u"en"_s, QString::fromUtf8(en)}})
                    .toJson(QJsonDocument::Compact)});
        putReference(u"complaint-categories"_s, categories);
    }

    void cleanup()
    {
        m_peers.clear();
        m_tokens.clear();
        m_hub.reset();
        m_settings.reset();
        m_loader.reset();
        m_dir.reset();
    }

    // The kiosk files; a counter hears of it and finds it by the number as a person types it.
    void aComplaintFiledAtTheKioskIsFoundAtACounter()
    {
        RawPeer &kiosk = connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        RawPeer &counter = connected(Device::Role::Counter, u"Counter 3"_s, 3);
        QVERIFY(ask(counter, query(u"subscribe"_s, u"s-1"_s)).value(u"type"_s) == u"reply"_s);

        const QJsonObject filed = ask(kiosk, form(u"k-1"_s));
        QCOMPARE(filed.value(u"type"_s).toString(), u"reply"_s);
        const QString number = filed.value(u"trackingNumber"_s).toString();
        const QString expected = TrackingNumber::make(u"B001"_s, QDate(2026, 12, 7), 1)->text();
        QCOMPARE(number, expected);
        QVERIFY(number.startsWith(u"B001-691207-0001-"_s));
        QCOMPARE(qint64(filed.value(u"filedAtMs"_s).toDouble()), kMorning);
        QCOMPARE(qint64(filed.value(u"dueAtMs"_s).toDouble()), complaints::dueAtMs(kMorning));

        // Every screen is told the number, and nothing else.
        const QJsonObject event = counter.lastOfType(u"moduleEvent"_s);
        QCOMPARE(event.value(u"name"_s).toString(), u"complaints.filed"_s);
        QCOMPARE(event.value(u"data"_s).toObject(), (QJsonObject {{u"trackingNumber"_s, number}}));

        // Typed at the counter in lower case without dashes: the counter's screen sees the subject.
        QString typed = number.toLower();
        typed.remove(u'-');
        const QJsonObject atCounter
            = ask(counter, query(u"complaints.lookup"_s, u"l-1"_s, {{u"trackingNumber"_s, typed}}));
        QCOMPARE(atCounter.value(u"trackingNumber"_s).toString(), number);
        QCOMPARE(atCounter.value(u"state"_s).toString(), u"received"_s);
        QCOMPARE(atCounter.value(u"category"_s).toString(), u"roads"_s);
        QCOMPARE(atCounter.value(u"subject"_s).toString(), u"ไฟทางดับทั้งซอย"_s);
        QCOMPARE(atCounter.value(u"overdue"_s).toBool(), false);
        QCOMPARE(atCounter.value(u"history"_s).toArray(),
            (QJsonArray {QJsonObject {{u"state"_s, u"received"_s}, {u"atMs"_s, double(kMorning)},
                {u"note"_s, QString()}}}));
        // The kiosk (a public screen) gets no subject.
        const QJsonObject atKiosk
            = ask(kiosk, query(u"complaints.lookup"_s, u"l-2"_s, {{u"trackingNumber"_s, number}}));
        QCOMPARE(atKiosk.value(u"state"_s).toString(), u"received"_s);
        QVERIFY(!atKiosk.contains(u"subject"_s));

        // No answer, no event carries who complained or how to reach them.
        const QJsonObject listed = ask(counter, query(u"complaints.list"_s, u"l-3"_s));
        QCOMPARE(listed.value(u"complaints"_s).toArray().size(), 1);
        for (const RawPeer *peer : {&kiosk, &counter})
            for (const QJsonObject &m : peer->received) {
                const QString text = QString::fromUtf8(QJsonDocument(m).toJson());
                QVERIFY2(!holdsThePerson(text), qPrintable(text));
            }
    }

    void aRepeatedRequestFilesOnce()
    {
        RawPeer &kiosk = connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        const QString first = ask(kiosk, form(u"k-1"_s)).value(u"trackingNumber"_s).toString();
        QVERIFY(first.startsWith(u"B001-691207-0001-"_s));
        kiosk.received.clear();
        // The link dropped before the answer: the kiosk sends the same request again.
        QCOMPARE(ask(kiosk, form(u"k-1"_s)).value(u"trackingNumber"_s).toString(), first);
        QCOMPARE(outboxRecords().size(), 1);
        QCOMPARE(hubRows(u"SELECT count(*) FROM complaints_complaint"_s), 1);
        kiosk.received.clear();
        QVERIFY(ask(kiosk, form(u"k-2"_s))
                    .value(u"trackingNumber"_s)
                    .toString()
                    .startsWith(u"B001-691207-0002-"_s));
    }

    // The day's sequence lives in the branch file: a restarted hub goes on from it, and the next
    // day in Bangkok (17:00 UTC, not midnight UTC) starts again at 0001.
    void numbersGoOnAfterARestartAndStartAgainOnANewBangkokDay()
    {
        // 23:59:59 in Bangkok on 7 December.
        m_now = QDateTime(QDate(2026, 12, 7), QTime(16, 59, 59), Qt::UTC).toMSecsSinceEpoch();
        RawPeer *kiosk = &connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        QVERIFY(ask(*kiosk, form(u"k-1"_s))
                    .value(u"trackingNumber"_s)
                    .toString()
                    .startsWith(u"B001-691207-0001-"_s));
        QVERIFY(ask(*kiosk, form(u"k-2"_s))
                    .value(u"trackingNumber"_s)
                    .toString()
                    .startsWith(u"B001-691207-0002-"_s));

        restartHub();
        kiosk = &connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        QVERIFY(ask(*kiosk, form(u"k-3"_s))
                    .value(u"trackingNumber"_s)
                    .toString()
                    .startsWith(u"B001-691207-0003-"_s));

        m_now += 1000; // 00:00:00 on 8 December in Bangkok, still 7 December in UTC
        const QJsonObject nextDay = ask(*kiosk, form(u"k-4"_s));
        QCOMPARE(nextDay.value(u"trackingNumber"_s).toString(),
            TrackingNumber::make(u"B001"_s, QDate(2026, 12, 8), 1)->text());
        QVERIFY(ask(*kiosk, form(u"k-5"_s))
                    .value(u"trackingNumber"_s)
                    .toString()
                    .startsWith(u"B001-691208-0002-"_s));
    }

    // A day's numbers end at 9999: the 10000th complaint is refused, not given a number twice.
    void theTenThousandthComplaintOfADayIsRefused()
    {
        RawPeer &kiosk = connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        QVERIFY(ask(kiosk, form(u"k-1"_s))
                    .value(u"trackingNumber"_s)
                    .toString()
                    .startsWith(u"B001-691207-0001-"_s));
        QSqlQuery q(m_hub->database().connection());
        QVERIFY(q.exec(u"UPDATE complaints_day_sequence SET last_sequence = 9998"_s));
        QVERIFY(ask(kiosk, form(u"k-2"_s))
                    .value(u"trackingNumber"_s)
                    .toString()
                    .startsWith(u"B001-691207-9999-"_s));
        const QJsonObject refused = ask(kiosk, form(u"k-3"_s));
        QCOMPARE(refused.value(u"code"_s).toString(), u"dayFull"_s);
        QCOMPARE(outboxRecords().size(), 2);
        m_now += 86400 * 1000LL; // the next day has its own
        kiosk.received.clear();
        QVERIFY(ask(kiosk, form(u"k-3"_s))
                    .value(u"trackingNumber"_s)
                    .toString()
                    .startsWith(u"B001-691208-0001-"_s));
    }

    void withoutABranchCodeNothingIsFiled_data()
    {
        QTest::addColumn<QVariant>("branchCode");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QJsonArray>("args");
        const QString setting = u"modules/complaints/branchCode"_s;
        QTest::newRow("missing")
            << QVariant()
            << u"This branch has no branch code for complaints yet (the hub's "
               u"setting %1), so no complaint can be filed. Please call support."_s
            << QJsonArray {setting};
        QTest::newRow("not a code")
            << QVariant(u"b-01"_s)
            << u"The branch code for complaints (the hub's setting %1) is \"%2\", which is not a "
               u"branch code (1 to 8 capital letters A-Z and digits), so no complaint can be "
               u"filed. Please call support."_s
            << QJsonArray {setting, u"b-01"_s};
    }

    void withoutABranchCodeNothingIsFiled()
    {
        QFETCH(QVariant, branchCode);
        QFETCH(QString, source);
        QFETCH(QJsonArray, args);
        if (branchCode.isValid())
            m_settings->setValue(u"modules/complaints/branchCode"_s, branchCode);
        else
            m_settings->remove(u"modules/complaints/branchCode"_s);
        RawPeer &kiosk = connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        const QJsonObject refused = ask(kiosk, form(u"k-1"_s));
        QCOMPARE(refused.value(u"type"_s).toString(), u"error"_s);
        QCOMPARE(refused.value(u"code"_s).toString(), u"notConfigured"_s);
        QCOMPARE(textOf(refused).value(u"context"_s).toString(),
            u"saduak::complaints::ComplaintsHubPart"_s);
        QCOMPARE(textOf(refused).value(u"source"_s).toString(), source);
        QCOMPARE(textOf(refused).value(u"args"_s).toArray(), args);
        QVERIFY(
            refused.value(u"message"_s).toString().contains(u"modules/complaints/branchCode"_s));
        QCOMPARE(outboxRecords().size(), 0);

        // Set, the same request files, and as the day's first: the refusal took no number.
        m_settings->setValue(u"modules/complaints/branchCode"_s, u"B001"_s);
        kiosk.received.clear();
        QVERIFY(ask(kiosk, form(u"k-1"_s))
                    .value(u"trackingNumber"_s)
                    .toString()
                    .startsWith(u"B001-691207-0001-"_s));
    }

    void aFormWithAProblemIsRefusedWithItsSentence_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("a phone that is no number")
            << u"phone"_s << QJsonValue(u"12345"_s) << u"invalidField"_s;
        QTest::newRow("an empty subject")
            << u"subject"_s << QJsonValue(u"  "_s) << u"invalidField"_s;
        QTest::newRow("a tambon of another amphoe")
            << u"tambon"_s << QJsonValue(u"100201"_s) << u"invalidField"_s;
        // Well formed, and no such place in admin-areas.
        QTest::newRow("a tambon that does not exist")
            << u"tambon"_s << QJsonValue(u"100199"_s) << u"unknownArea"_s;
        QTest::newRow("a category central does not have")
            << u"category"_s << QJsonValue(u"weather"_s) << u"unknownCategory"_s;
    }

    void aFormWithAProblemIsRefusedWithItsSentence()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        RawPeer &counter = connected(Device::Role::Counter, u"Counter 1"_s, 1);
        QJsonObject message = form(u"c-1"_s);
        message.insert(field, value);
        const QJsonObject refused = ask(counter, message);
        QCOMPARE(refused.value(u"code"_s).toString(), code);
        if (code == u"invalidField"_s) {
            const QList<FormProblem> problems = ComplaintFormCheck::check(message);
            QVERIFY(!problems.isEmpty());
            QCOMPARE(problems.first().field, field);
            QCOMPARE(textOf(refused), problems.first().text.toJson());
        } else {
            QVERIFY(!textOf(refused).value(u"source"_s).toString().isEmpty());
        }
        QCOMPARE(outboxRecords().size(), 0);
        QCOMPARE(hubRows(u"SELECT count(*) FROM complaints_complaint"_s), 0);
        QCOMPARE(hubRows(u"SELECT count(*) FROM complaints_day_sequence"_s), 0);
    }

    // A text's length counts after trimming, as the form check counts it and the hub keeps it:
    // what the form check takes the hub files; what it refuses the hub refuses with its sentence.
    void lengthsCountAfterTrimming_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code"); // empty: filed
        // Spaces and a tab around the text, as a pasted text brings them.
        const auto padded
            = [](const QString &text) -> QString { return u"   \t  "_s + text + u"  \t "_s; };
        const auto email = [](int length) -> QString {
            const QString domain = u"@example.org"_s;
            return QString(length - domain.size(), u's') + domain;
        };
        QTest::newRow("a subject of 200 with spaces around")
            << u"subject"_s << padded(QString(200, u'ก')) << QString();
        QTest::newRow("a subject of 201 with spaces around")
            << u"subject"_s << padded(QString(201, u'ก')) << u"invalidField"_s;
        QTest::newRow("a description of 4000 with spaces around")
            << u"description"_s << padded(QString(4000, u'ข')) << QString();
        QTest::newRow("a description of 4001")
            << u"description"_s << QString(4001, u'ข') << u"invalidField"_s;
        QTest::newRow("an e-mail of 254 with spaces around")
            << u"email"_s << padded(email(254)) << QString();
        QTest::newRow("an e-mail of 255 with spaces around")
            << u"email"_s << padded(email(255)) << u"invalidField"_s;
    }

    void lengthsCountAfterTrimming()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, code);
        RawPeer &counter = connected(Device::Role::Counter, u"Counter 1"_s, 1);
        QJsonObject message = form(u"c-1"_s);
        message.insert(field, text);
        const QJsonObject answer = ask(counter, message);
        if (code.isEmpty()) {
            QVERIFY2(!answer.value(u"trackingNumber"_s).toString().isEmpty(),
                QJsonDocument(answer).toJson().constData());
            const QList<QJsonObject> records = outboxRecords();
            QCOMPARE(records.size(), 1);
            const QJsonObject record = field == u"email"_s
                ? records.first().value(u"contact"_s).toObject()
                : records.first();
            QCOMPARE(record.value(field).toString(), text.trimmed());
            return;
        }
        QCOMPARE(answer.value(u"code"_s).toString(), code);
        const QList<FormProblem> problems = ComplaintFormCheck::check(message);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().field, field);
        QCOMPARE(textOf(answer), problems.first().text.toJson());
        QCOMPARE(outboxRecords().size(), 0);
    }

    // What central receives (README.md, "Records for central"), and what the hub keeps: the
    // person and their contact only in the record for central.
    void theRecordForCentralHoldsTheComplaintAsFiled()
    {
        // The record names the officer the hub knows is logged in at the counter, not whatever
        // name the message carries.
        RawPeer &counter = connected(Device::Role::Counter, u"Counter 3"_s, 3, u"somchai"_s);
        QJsonObject message = form(u"c-1"_s);
        message.insert(u"workplace"_s, QJsonObject {{u"staff"_s, u"somsak"_s}});
        const QJsonObject filed = ask(counter, message);
        const QString number = filed.value(u"trackingNumber"_s).toString();
        QVERIFY(!number.isEmpty());
        const QList<QJsonObject> records = outboxRecords();
        QCOMPARE(records.size(), 1);
        const QJsonObject expected {{u"trackingNumber"_s, number},
            {u"filedAtMs"_s, double(kMorning)},
            {u"dueAtMs"_s, double(complaints::dueAtMs(kMorning))}, {u"category"_s, u"roads"_s},
            {u"subject"_s, u"ไฟทางดับทั้งซอย"_s},
            {u"description"_s, u"ไฟส่องทางในซอยดับมาสองสัปดาห์แล้ว"_s},
            {u"area"_s,
                QJsonObject {{u"province"_s, u"10"_s}, {u"amphoe"_s, u"1001"_s},
                    {u"tambon"_s, u"100101"_s}}},
            {u"location"_s, QJsonObject {{u"latitude"_s, 13.75}, {u"longitude"_s, 100.4913}}},
            {u"complainant"_s,
                QJsonObject {{u"citizenId"_s, kCitizenId}, {u"prefix"_s, u"นางสาว"_s},
                    {u"firstName"_s, kFirstName}, {u"lastName"_s, u"ใจดี"_s}}},
            {u"contact"_s,
                QJsonObject {
                    {u"phone"_s, u"0812345678"_s}, {u"email"_s, u"somying@example.org"_s}}},
            {u"channel"_s, u"counter"_s}, {u"counter"_s, 3}, {u"staff"_s, u"somchai"_s},
            {u"attachments"_s, QJsonArray()}};
        QCOMPARE(records.first(), expected);

        // Anonymous, at a kiosk, no place on a map: nulls, not missing keys. Nobody logs in at a
        // kiosk, so the officer's name its message carries is nobody's.
        RawPeer &kiosk = connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        QJsonObject anonymous = form(u"k-1"_s);
        anonymous.insert(u"workplace"_s, QJsonObject {{u"staff"_s, u"somchai"_s}});
        for (const QString &key :
            {u"complainant"_s, u"phone"_s, u"email"_s, u"latitude"_s, u"longitude"_s})
            anonymous.remove(key);
        QVERIFY(!ask(kiosk, anonymous).value(u"trackingNumber"_s).toString().isEmpty());
        const QJsonObject second = outboxRecords().value(1);
        QCOMPARE(second.value(u"complainant"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(second.value(u"location"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(second.value(u"contact"_s).toObject(),
            (QJsonObject {{u"phone"_s, QJsonValue::Null}, {u"email"_s, QJsonValue::Null}}));
        QCOMPARE(second.value(u"channel"_s).toString(), u"kiosk"_s);
        QCOMPARE(second.value(u"counter"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(second.value(u"staff"_s), QJsonValue(QJsonValue::Null));

        // The hub's own table holds no one's ID, name or contact (PDPA).
        QSqlQuery rows(m_hub->database().connection());
        QVERIFY(rows.exec(u"SELECT * FROM complaints_complaint"_s));
        int seen = 0;
        while (rows.next()) {
            ++seen;
            for (int i = 0; i < rows.record().count(); ++i) {
                const QString value = rows.value(i).toString();
                QVERIFY2(!holdsThePerson(value), qPrintable(value));
            }
        }
        QCOMPARE(seen, 2);
    }

    // Central owns the state after filing: once its complaint-status item is in the hub's copy,
    // lookup shows it, for this branch's number and for another branch's.
    void lookupShowsCentralsState()
    {
        RawPeer &kiosk = connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        const QString number = ask(kiosk, form(u"k-1"_s)).value(u"trackingNumber"_s).toString();
        const qint64 registered = kMorning + 3600 * 1000;
        const qint64 forwarded = kMorning + 7200 * 1000;
        const QJsonArray history {QJsonObject {{u"state"_s, u"received"_s},
                                      {u"atMs"_s, double(kMorning)}, {u"note"_s, u""_s}},
            QJsonObject {{u"state"_s, u"registered"_s}, {u"atMs"_s, double(registered)},
                {u"note"_s, u"รับเรื่อง"_s}},
            QJsonObject {{u"state"_s, u"forwarded"_s}, {u"atMs"_s, double(forwarded)},
                {u"note"_s, u"ส่งสำนักงานเขตพระนคร"_s}}};
        putStatus({{u"trackingNumber"_s, number}, {u"state"_s, u"forwarded"_s},
            {u"category"_s, u"nuisance"_s}, {u"agency"_s, u"สำนักงานเขตพระนคร"_s},
            {u"reopenCount"_s, 0}, {u"dueAtMs"_s, double(complaints::dueAtMs(kMorning))},
            {u"history"_s, history}});
        m_now = forwarded + 1000;
        const QJsonObject ours
            = ask(kiosk, query(u"complaints.lookup"_s, u"l-1"_s, {{u"trackingNumber"_s, number}}));
        QCOMPARE(ours.value(u"state"_s).toString(), u"forwarded"_s);
        QCOMPARE(ours.value(u"category"_s).toString(), u"nuisance"_s); // central re-triaged it
        QCOMPARE(ours.value(u"history"_s).toArray(), history);
        QCOMPARE(qint64(ours.value(u"filedAtMs"_s).toDouble()), kMorning);

        // Filed at another branch, known here only through central.
        const QString theirs = TrackingNumber::make(u"B207"_s, QDate(2026, 12, 1), 12)->text();
        const qint64 filedThere
            = QDateTime(QDate(2026, 12, 1), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch();
        putStatus({{u"trackingNumber"_s, theirs}, {u"state"_s, u"resolved"_s},
            {u"category"_s, u"other"_s}, {u"agency"_s, u""_s}, {u"reopenCount"_s, 0},
            {u"dueAtMs"_s, double(complaints::dueAtMs(filedThere))},
            {u"history"_s,
                QJsonArray {QJsonObject {{u"state"_s, u"received"_s},
                                {u"atMs"_s, double(filedThere)}, {u"note"_s, u""_s}},
                    QJsonObject {{u"state"_s, u"resolved"_s}, {u"atMs"_s, double(kMorning)},
                        {u"note"_s, u"ซ่อมแล้ว"_s}}}}});
        RawPeer &counter = connected(Device::Role::Counter, u"Counter 1"_s, 1);
        const QJsonObject other = ask(
            counter, query(u"complaints.lookup"_s, u"l-2"_s, {{u"trackingNumber"_s, theirs}}));
        QCOMPARE(other.value(u"state"_s).toString(), u"resolved"_s);
        QCOMPARE(qint64(other.value(u"filedAtMs"_s).toDouble()), filedThere);
        QCOMPARE(other.value(u"history"_s).toArray().size(), 2);

        // A number nobody knows, and a text that is no number.
        const QString unknown = TrackingNumber::make(u"B001"_s, QDate(2026, 12, 7), 99)->text();
        const QJsonObject notFound = ask(
            counter, query(u"complaints.lookup"_s, u"l-3"_s, {{u"trackingNumber"_s, unknown}}));
        QCOMPARE(notFound.value(u"code"_s).toString(), u"notFound"_s);
        QCOMPARE(textOf(notFound).value(u"args"_s).toArray(), QJsonArray {unknown});
        QVERIFY(notFound.value(u"message"_s).toString().contains(unknown));
        QString mistyped = number;
        mistyped[mistyped.size() - 1] = mistyped.back() == u'0' ? u'1' : u'0';
        const QJsonObject bad = ask(
            counter, query(u"complaints.lookup"_s, u"l-4"_s, {{u"trackingNumber"_s, mistyped}}));
        QCOMPARE(bad.value(u"code"_s).toString(), u"badTrackingNumber"_s);
        QVERIFY(!textOf(bad).value(u"source"_s).toString().isEmpty());
    }

    // Overdue by the hub's clock: after the end of the 15th day in Bangkok, until central says
    // the complainant was told; the counter's list puts overdue ones first.
    void overdueByTheHubsClock()
    {
        RawPeer &counter = connected(Device::Role::Counter, u"Counter 1"_s, 1);
        const QString oldest = ask(counter, form(u"c-1"_s)).value(u"trackingNumber"_s).toString();
        const qint64 due = complaints::dueAtMs(kMorning);
        // Filed later on the 9th and the 10th of December.
        m_now = kMorning + 2 * 86400 * 1000LL;
        const QString middle = ask(counter, form(u"c-2"_s)).value(u"trackingNumber"_s).toString();
        m_now = kMorning + 3 * 86400 * 1000LL;
        const QString newest = ask(counter, form(u"c-3"_s)).value(u"trackingNumber"_s).toString();
        QVERIFY(!oldest.isEmpty() && !middle.isEmpty() && !newest.isEmpty());
        const auto numbers = [](const QJsonObject &answer) {
            QStringList list;
            for (const QJsonValue &c : answer.value(u"complaints"_s).toArray())
                list << c.toObject().value(u"trackingNumber"_s).toString()
                        + (c.toObject().value(u"overdue"_s).toBool() ? u" overdue"_s : u""_s);
            return list;
        };
        const auto lookUp = [&](const QString &id) {
            return ask(counter, query(u"complaints.lookup"_s, id, {{u"trackingNumber"_s, oldest}}))
                .value(u"overdue"_s)
                .toBool();
        };

        m_now = due;
        QCOMPARE(lookUp(u"l-1"_s), false);
        QCOMPARE(numbers(ask(counter, query(u"complaints.list"_s, u"a-1"_s))),
            (QStringList {newest, middle, oldest}));
        m_now = due + 1;
        QCOMPARE(lookUp(u"l-2"_s), true);
        QCOMPARE(numbers(ask(counter, query(u"complaints.list"_s, u"a-2"_s))),
            (QStringList {oldest + u" overdue"_s, newest, middle}));
        QCOMPARE(numbers(ask(counter, query(u"complaints.list"_s, u"a-3"_s, {{u"limit"_s, 2}}))),
            (QStringList {oldest + u" overdue"_s, newest}));

        // Central closed it (the complainant was told): no longer overdue, back among the newest.
        putStatus(
            {{u"trackingNumber"_s, oldest}, {u"state"_s, u"closed"_s}, {u"category"_s, u"roads"_s},
                {u"agency"_s, u""_s}, {u"reopenCount"_s, 0}, {u"dueAtMs"_s, double(due)},
                {u"history"_s,
                    QJsonArray {QJsonObject {{u"state"_s, u"closed"_s},
                        {u"atMs"_s, double(due - 5)}, {u"note"_s, u"แจ้งทางโทรศัพท์"_s}}}}});
        QCOMPARE(lookUp(u"l-3"_s), false);
        QCOMPARE(numbers(ask(counter, query(u"complaints.list"_s, u"a-4"_s))),
            (QStringList {newest, middle, oldest}));
    }

    void onlyTheRolesTheReadmeNamesMayAsk_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("code");
        QTest::newRow("a board may not look up")
            << int(Device::Role::Display) << u"complaints.lookup"_s << u"forbidden"_s;
        QTest::newRow("a board may not file")
            << int(Device::Role::Display) << u"complaints.file"_s << u"forbidden"_s;
        QTest::newRow("a board may not list categories")
            << int(Device::Role::Display) << u"complaints.categories"_s << u"forbidden"_s;
        QTest::newRow("a kiosk may not list the branch's complaints")
            << int(Device::Role::Kiosk) << u"complaints.list"_s << u"forbidden"_s;
        QTest::newRow("a supervisor may list them")
            << int(Device::Role::Supervisor) << u"complaints.list"_s << QString();
    }

    void onlyTheRolesTheReadmeNamesMayAsk()
    {
        QFETCH(int, role);
        QFETCH(QString, type);
        QFETCH(QString, code);
        RawPeer &device = connected(Device::Role(role), u"Device"_s);
        QJsonObject message = type == u"complaints.file"_s ? form(u"x-1"_s) : query(type, u"x-1"_s);
        if (type == u"complaints.lookup"_s)
            message.insert(u"trackingNumber"_s,
                TrackingNumber::make(u"B001"_s, QDate(2026, 12, 7), 1)->text());
        const QJsonObject answer = ask(device, message);
        QCOMPARE(answer.value(u"code"_s).toString(), code);
        QCOMPARE(outboxRecords().size(), 0);
    }

    void categoriesAndAreasComeFromTheReferenceData()
    {
        RawPeer &kiosk = connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        const QJsonArray categories = ask(kiosk, query(u"complaints.categories"_s, u"q-1"_s))
                                          .value(u"categories"_s)
                                          .toArray();
        QCOMPARE(categories.size(), 3);
        QCOMPARE(categories.at(0).toObject(),
            (QJsonObject {{u"code"_s, u"nuisance"_s}, {u"th"_s, u"เหตุเดือดร้อนรำคาญ"_s},
                {u"en"_s, u"Nuisance"_s}}));

        const auto areas = [&](const QString &id, const QString &parent) {
            return ask(kiosk, query(u"complaints.areas"_s, id, {{u"parent"_s, parent}}))
                .value(u"areas"_s)
                .toArray();
        };
        const QJsonArray provinces = areas(u"q-2"_s, QString());
        QCOMPARE(provinces.size(), 77);
        QCOMPARE(provinces.first().toObject(),
            (QJsonObject {
                {u"code"_s, u"10"_s}, {u"th"_s, u"กรุงเทพมหานคร"_s}, {u"en"_s, u"Bangkok"_s}}));
        const QJsonArray bangkok = areas(u"q-3"_s, u"10"_s);
        QCOMPARE(bangkok.size(), 50);
        QCOMPARE(bangkok.first().toObject().value(u"en"_s).toString(), u"Phra Nakhon"_s);
        const QJsonArray phraNakhon = areas(u"q-4"_s, u"1001"_s);
        QVERIFY(!phraNakhon.isEmpty());
        for (const QJsonValue &t : phraNakhon)
            QVERIFY(t.toObject().value(u"code"_s).toString().startsWith(u"1001"_s));
        QCOMPARE(ask(kiosk, query(u"complaints.areas"_s, u"q-5"_s, {{u"parent"_s, u"100101"_s}}))
                     .value(u"code"_s)
                     .toString(),
            u"badRequest"_s);
    }

    // The categories in the order a person reads them (their "order"), then those without one
    // by code: central's list, partly numbered.
    void categoriesComeInTheirOrderThenTheUnnumberedByCode()
    {
        QList<PulledItem> items;
        for (const auto &[code, order] : {std::pair {"other", 99}, std::pair {"roads", 2},
                 std::pair {"animals", 0}, std::pair {"weather", 0}}) {
            QJsonObject category {{u"code"_s, QString::fromLatin1(code)},
                {u"th"_s, QString::fromLatin1(code)}, {u"en"_s, QString::fromLatin1(code)}};
            if (order > 0)
                category.insert(u"order"_s, order);
            items.append({QString::fromLatin1(code),
                QJsonDocument(category).toJson(QJsonDocument::Compact)});
        }
        putReference(u"complaint-categories"_s, items); // "nuisance" of init() has no order
        RawPeer &kiosk = connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        QStringList codes;
        for (const QJsonValue &category : ask(kiosk, query(u"complaints.categories"_s, u"q-1"_s))
                                              .value(u"categories"_s)
                                              .toArray())
            codes << category.toObject().value(u"code"_s).toString();
        QCOMPARE(codes,
            (QStringList {u"roads"_s, u"other"_s, u"animals"_s, u"nuisance"_s, u"weather"_s}));
    }

    // The seed's order (db/reference/complaint-categories.jsonl): "other" last.
    void beforeCentralTheBundledCategoriesEndWithOther()
    {
        RawPeer &kiosk = connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        QStringList codes;
        for (const QJsonValue &category : ask(kiosk, query(u"complaints.categories"_s, u"q-1"_s))
                                              .value(u"categories"_s)
                                              .toArray())
            codes << category.toObject().value(u"code"_s).toString();
        QCOMPARE(codes,
            (QStringList {
                u"nuisance"_s, u"roads"_s, u"officials"_s, u"land"_s, u"consumer"_s, u"other"_s}));
    }

    // A branch that has not pulled from central yet (the one-PC demo): the kiosk picks from the
    // plugin's bundled seeds (db/reference) and files a complaint in Bangkok.
    void beforeCentralAKioskFilesWithTheBundledLists()
    {
        RawPeer &kiosk = connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        const QJsonArray categories = ask(kiosk, query(u"complaints.categories"_s, u"q-1"_s))
                                          .value(u"categories"_s)
                                          .toArray();
        QCOMPARE(categories.size(), 6);
        const auto areas = [&](const QString &id, const QString &parent) {
            return ask(kiosk, query(u"complaints.areas"_s, id, {{u"parent"_s, parent}}))
                .value(u"areas"_s)
                .toArray();
        };
        QCOMPARE(areas(u"q-2"_s, QString()).size(), 77);
        const QJsonArray bangkok = areas(u"q-3"_s, u"10"_s);
        QCOMPARE(bangkok.size(), 50);
        QCOMPARE(bangkok.first().toObject(),
            (QJsonObject {
                {u"code"_s, u"1001"_s}, {u"th"_s, u"พระนคร"_s}, {u"en"_s, u"Phra Nakhon"_s}}));
        QVERIFY(!areas(u"q-4"_s, u"1001"_s).isEmpty());

        const QJsonObject filed = ask(kiosk, form(u"k-1"_s));
        QVERIFY2(filed.value(u"trackingNumber"_s).toString().startsWith(u"B001-691207-0001-"_s),
            QJsonDocument(filed).toJson().constData());
        QCOMPARE(outboxRecords().size(), 1);
        // The bundled lists still check: a place and a category they do not have are refused.
        QJsonObject nowhere = form(u"k-2"_s);
        nowhere.insert(u"tambon"_s, u"100199"_s);
        QCOMPARE(ask(kiosk, nowhere).value(u"code"_s).toString(), u"unknownArea"_s);
        QJsonObject weather = form(u"k-3"_s);
        weather.insert(u"category"_s, u"weather"_s);
        QCOMPARE(ask(kiosk, weather).value(u"code"_s).toString(), u"unknownCategory"_s);
        QCOMPARE(outboxRecords().size(), 1);
    }

    // Once central has sent one item of a set, the hub's copy of that set is the whole truth:
    // central's edited categories and its areas, not the bundled ones; each set on its own.
    void beforeCentralOnceCentralSendsASetOnlyItsItemsCount()
    {
        RawPeer &kiosk = connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        putReference(u"complaint-categories"_s,
            {{u"weather"_s,
                QJsonDocument(QJsonObject {{u"code"_s, u"weather"_s}, {u"th"_s, u"ภัยธรรมชาติ"_s},
                                  {u"en"_s, u"Weather"_s}})
                    .toJson(QJsonDocument::Compact)}});
        const QJsonArray categories = ask(kiosk, query(u"complaints.categories"_s, u"q-1"_s))
                                          .value(u"categories"_s)
                                          .toArray();
        QCOMPARE(categories.size(), 1);
        QCOMPARE(categories.first().toObject().value(u"code"_s).toString(), u"weather"_s);

        QJsonObject weather = form(u"k-1"_s);
        weather.insert(u"category"_s, u"weather"_s); // only central has it; areas still bundled
        QVERIFY(!ask(kiosk, weather).value(u"trackingNumber"_s).toString().isEmpty());
        // "roads" is bundled, and central's list lacks it.
        QCOMPARE(ask(kiosk, form(u"k-2"_s)).value(u"code"_s).toString(), u"unknownCategory"_s);

        // Central's admin-areas with Phra Borom Maha Ratchawang alone of Bangkok's places.
        QList<PulledItem> places;
        for (const QJsonObject &area :
            {QJsonObject {{u"key"_s, u"p10"_s}, {u"code"_s, u"10"_s}, {u"th"_s, u"กรุงเทพมหานคร"_s},
                 {u"en"_s, u"Bangkok"_s}, {u"parent"_s, u""_s}},
                QJsonObject {{u"key"_s, u"d1001"_s}, {u"code"_s, u"1001"_s}, {u"th"_s, u"พระนคร"_s},
                    {u"en"_s, u"Phra Nakhon"_s}, {u"parent"_s, u"10"_s}},
                QJsonObject {{u"key"_s, u"t100101"_s}, {u"code"_s, u"100101"_s},
                    {u"th"_s, u"พระบรมมหาราชวัง"_s}, {u"en"_s, u"Phra Borom Maha Ratchawang"_s},
                    {u"parent"_s, u"1001"_s}}})
            places.append({area.value(u"key"_s).toString(),
                QJsonDocument(area).toJson(QJsonDocument::Compact)});
        putReference(u"admin-areas"_s, places);
        QCOMPARE(
            ask(kiosk, query(u"complaints.areas"_s, u"q-2"_s)).value(u"areas"_s).toArray().size(),
            1);
        weather.insert(u"id"_s, u"k-3"_s);
        QVERIFY(!ask(kiosk, weather).value(u"trackingNumber"_s).toString().isEmpty());
        // Wang Burapha Phirom, Phra Nakhon: in the bundled seed, not in central's copy.
        weather.insert(u"id"_s, u"k-4"_s);
        weather.insert(u"tambon"_s, u"100102"_s);
        QCOMPARE(ask(kiosk, weather).value(u"code"_s).toString(), u"unknownArea"_s);
        QCOMPARE(outboxRecords().size(), 2);
    }

    // A 300 KB photo in 32 KiB chunks (README.md, "Attachments"): stored whole once, then filed
    // with a complaint: its parts go to central before the complaint's record, and together they
    // are the photo's bytes; the hub keeps no copy of its own once they are queued.
    void aPhotoSentInChunksGoesToCentralInPartsBeforeItsComplaint()
    {
        RawPeer &counter = connected(Device::Role::Counter, u"Counter 3"_s, 3);
        const QByteArray bytes = photo(300 * 1024);
        const QString sha256 = AttachmentRule::sha256Of(bytes);
        for (qint64 offset = 0, n = 0; offset < bytes.size();
             offset += AttachmentRule::chunkBytes) {
            const QByteArray piece = bytes.mid(offset, AttachmentRule::chunkBytes);
            const QJsonObject answer = ask(counter,
                chunk(u"a-"_s + QString::number(n++), sha256, bytes.size(), u"image/jpeg"_s, offset,
                    piece));
            const bool last = offset + piece.size() == bytes.size();
            QCOMPARE(answer.value(u"type"_s).toString(), u"reply"_s);
            QCOMPARE(answer.value(u"sha256"_s).toString(), sha256);
            QCOMPARE(answer.value(u"received"_s).toDouble(), double(offset + piece.size()));
            QCOMPARE(answer.value(u"stored"_s).toBool(), last);
        }
        QCOMPARE(hubRows(u"SELECT count(*) FROM complaints_attachment_chunk"_s), 10);
        QCOMPARE(outboxKinds(), QStringList());

        // The name as the officer's PC knew it, with its folder: the hub keeps the name alone.
        const QJsonObject filed = ask(counter,
            withAttachments(u"c-1"_s,
                {QJsonObject {{u"sha256"_s, sha256}, {u"name"_s, u"C:\\scans\\ไฟดับ.jpg"_s}}}));
        const QString number = filed.value(u"trackingNumber"_s).toString();
        QVERIFY2(!number.isEmpty(), QJsonDocument(filed).toJson().constData());
        const QJsonArray attachments {
            QJsonObject {{u"sha256"_s, sha256}, {u"name"_s, u"ไฟดับ.jpg"_s},
                {u"type"_s, u"image/jpeg"_s}, {u"size"_s, double(bytes.size())}}};
        QCOMPARE(filed.value(u"attachments"_s).toArray(), attachments);

        // 300 KiB in 128 KiB parts: three, each before the complaint's row.
        QCOMPARE(outboxKinds(),
            (QStringList {u"complaints.attachmentPart"_s, u"complaints.attachmentPart"_s,
                u"complaints.attachmentPart"_s, u"complaints.complaint"_s}));
        QByteArray reassembled;
        const QList<QJsonObject> parts = outboxRows(u"complaints.attachmentPart"_s);
        for (int index = 0; index < parts.size(); ++index) {
            const QJsonObject &part = parts.at(index);
            QCOMPARE(part.value(u"sha256"_s).toString(), sha256);
            QCOMPARE(part.value(u"type"_s).toString(), u"image/jpeg"_s);
            QCOMPARE(part.value(u"size"_s).toDouble(), double(bytes.size()));
            QCOMPARE(part.value(u"index"_s).toDouble(), double(index));
            QCOMPARE(part.value(u"count"_s).toDouble(), 3.0);
            const auto data
                = QByteArray::fromBase64Encoding(part.value(u"data"_s).toString().toLatin1(),
                    QByteArray::AbortOnBase64DecodingErrors);
            QVERIFY(data);
            QCOMPARE(qint64((*data).size()),
                index < 2 ? AttachmentRule::partBytes
                          : qint64(bytes.size()) - 2 * AttachmentRule::partBytes);
            reassembled += *data;
        }
        QCOMPARE(reassembled, bytes);
        QCOMPARE(outboxRecords().value(0).value(u"attachments"_s).toArray(), attachments);
        // The outbox rows are the one copy at the hub.
        QCOMPARE(hubRows(u"SELECT count(*) FROM complaints_attachment_chunk"_s), 0);

        // The counter's lookup lists it; the kiosk's (a public screen) says nothing of files.
        RawPeer &kiosk = connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        QCOMPARE(
            ask(counter, query(u"complaints.lookup"_s, u"l-1"_s, {{u"trackingNumber"_s, number}}))
                .value(u"attachments"_s)
                .toArray(),
            attachments);
        const QJsonObject atKiosk
            = ask(kiosk, query(u"complaints.lookup"_s, u"l-2"_s, {{u"trackingNumber"_s, number}}));
        QCOMPARE(atKiosk.value(u"state"_s).toString(), u"received"_s);
        QVERIFY(!atKiosk.contains(u"attachments"_s));
    }

    // The link drops half way: on a new connection the counter asks from the start and goes on
    // from what the hub says it holds; a repeated chunk stores nothing. Nothing is held twice.
    void aDroppedLinkResumesFromWhatTheHubHolds()
    {
        RawPeer *counter = &connected(Device::Role::Counter, u"Counter 1"_s, 1);
        const QByteArray bytes = photo(300 * 1024, 11);
        const QString sha256 = AttachmentRule::sha256Of(bytes);
        const qint64 size = bytes.size();
        const qint64 step = AttachmentRule::chunkBytes;
        for (int n = 0; n < 5; ++n)
            QCOMPARE(ask(*counter,
                         chunk(u"a-"_s + QString::number(n), sha256, size, u"image/jpeg"_s,
                             n * step, bytes.mid(n * step, step)))
                         .value(u"received"_s)
                         .toDouble(),
                double((n + 1) * step));
        // The fifth chunk's answer was lost with the link: the counter does not know it landed.
        counter->socket.close();
        counter = &reconnected(u"Counter 1"_s);

        const QJsonObject resumed
            = ask(*counter, chunk(u"b-0"_s, sha256, size, u"image/jpeg"_s, 0, bytes.left(step)));
        QCOMPARE(resumed.value(u"received"_s).toDouble(), double(5 * step));
        QCOMPARE(resumed.value(u"stored"_s).toBool(), false);
        // A chunk sent again under a new id (a repeated message): nothing stored, the same answer.
        const QJsonObject repeated = ask(*counter,
            chunk(u"b-1"_s, sha256, size, u"image/jpeg"_s, 2 * step, bytes.mid(2 * step, step)));
        QCOMPARE(repeated.value(u"received"_s).toDouble(), double(5 * step));
        // And under its first id: the first answer.
        QCOMPARE(
            ask(*counter,
                chunk(u"a-2"_s, sha256, size, u"image/jpeg"_s, 2 * step, bytes.mid(2 * step, step)))
                .value(u"received"_s)
                .toDouble(),
            double(3 * step));
        QCOMPARE(hubRows(u"SELECT count(*) FROM complaints_attachment_chunk"_s), 5);
        QCOMPARE(hubRows(u"SELECT sum(length(bytes)) FROM complaints_attachment_chunk"_s),
            int(5 * step));

        const QJsonObject stored = sendFile(*counter, u"c-"_s, bytes, u"image/jpeg"_s, 5 * step);
        QCOMPARE(stored.value(u"stored"_s).toBool(), true);
        QCOMPARE(
            hubRows(u"SELECT sum(length(bytes)) FROM complaints_attachment_chunk"_s), int(size));
        QVERIFY(!ask(*counter,
            withAttachments(
                u"f-1"_s, {QJsonObject {{u"sha256"_s, sha256}, {u"name"_s, u"scan.jpg"_s}}}))
                     .value(u"trackingNumber"_s)
                     .toString()
                     .isEmpty());
        QByteArray reassembled;
        for (const QJsonObject &part : outboxRows(u"complaints.attachmentPart"_s))
            reassembled += QByteArray::fromBase64(part.value(u"data"_s).toString().toLatin1());
        QCOMPARE(reassembled, bytes);
    }

    void aFileThatIsNotWhatItSaysIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("sha256"); // empty: the bytes' own
        QTest::addColumn<QString>("type");
        QTest::addColumn<qint64>("size"); // 0: the bytes'
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("refusedAtChunk");
        const QByteArray jpeg = photo(100 * 1024, 3);
        // The bytes of another photo of the same size: the hash of the one, the bytes of the other.
        QTest::newRow("the hash of other bytes")
            << jpeg << AttachmentRule::sha256Of(photo(100 * 1024, 4)) << u"image/jpeg"_s
            << qint64(0) << u"attachmentDamaged"_s << 3;
        QTest::newRow("a JPEG said to be a PNG")
            << jpeg << QString() << u"image/png"_s << qint64(0) << u"attachmentType"_s << 0;
        QTest::newRow("a GIF said to be a JPEG")
            << photo(40 * 1024, 5, "GIF89a") << QString() << u"image/jpeg"_s << qint64(0)
            << u"attachmentType"_s << 0;
        QTest::newRow("a type a complaint may not carry")
            << jpeg << QString() << u"image/gif"_s << qint64(0) << u"attachmentType"_s << 0;
        QTest::newRow("more bytes than its size")
            << jpeg << QString() << u"image/jpeg"_s << qint64(90 * 1024) << u"attachmentDamaged"_s
            << 2;
        QTest::newRow("over 5 MiB")
            << jpeg << QString() << u"image/jpeg"_s << qint64(AttachmentRule::maxBytes + 1)
            << u"attachmentTooBig"_s << 0;
    }

    // Checked when it can be: the type from the first chunk's signature, the size as bytes come,
    // the hash when whole. Refused with a sentence for the officer; never stored, never filed.
    void aFileThatIsNotWhatItSaysIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, sha256);
        QFETCH(QString, type);
        QFETCH(qint64, size);
        QFETCH(QString, code);
        QFETCH(int, refusedAtChunk);
        if (sha256.isEmpty())
            sha256 = AttachmentRule::sha256Of(bytes);
        if (size == 0)
            size = bytes.size();
        RawPeer &counter = connected(Device::Role::Counter, u"Counter 1"_s, 1);
        const qint64 step = AttachmentRule::chunkBytes;
        QJsonObject answer;
        int n = 0;
        for (; n * step < bytes.size(); ++n) {
            answer = ask(counter,
                chunk(u"a-"_s + QString::number(n), sha256, size, type, n * step,
                    bytes.mid(n * step, step)));
            if (answer.value(u"type"_s).toString() != u"reply"_s)
                break;
            QCOMPARE(answer.value(u"stored"_s).toBool(), false);
        }
        QCOMPARE(answer.value(u"code"_s).toString(), code);
        QCOMPARE(n, refusedAtChunk);
        QCOMPARE(textOf(answer).value(u"context"_s).toString(),
            u"saduak::complaints::AttachmentIntake"_s);
        QVERIFY(!answer.value(u"message"_s).toString().isEmpty());
        QCOMPARE(hubRows(u"SELECT count(*) FROM complaints_attachment_file "
                         "WHERE complete_at_ms IS NOT NULL"_s),
            0);
        if (refusedAtChunk == 0) // nothing of it kept
            QCOMPARE(hubRows(u"SELECT count(*) FROM complaints_attachment_file"_s), 0);

        const QJsonObject filed = ask(counter,
            withAttachments(
                u"f-1"_s, {QJsonObject {{u"sha256"_s, sha256}, {u"name"_s, u"scan.jpg"_s}}}));
        QCOMPARE(filed.value(u"code"_s).toString(), u"attachmentMissing"_s);
        QCOMPARE(outboxKinds(), QStringList());
    }

    // A chunk went wrong on its way (a client's bug): the last chunk is refused as damaged, the
    // hub counts what it held as dropped, and the file sent again from its start is stored whole.
    void aDamagedFileIsSentAgainFromItsStart()
    {
        RawPeer &counter = connected(Device::Role::Counter, u"Counter 1"_s, 1);
        const QByteArray bytes = photo(100 * 1024, 71);
        const QString sha256 = AttachmentRule::sha256Of(bytes);
        const qint64 step = AttachmentRule::chunkBytes;
        QByteArray wrong = bytes;
        wrong[step + 5] = char(wrong.at(step + 5) ^ 0x20);
        QJsonObject answer;
        for (int n = 0; n < 4; ++n)
            answer = ask(counter,
                chunk(u"a-"_s + QString::number(n), sha256, bytes.size(), u"image/jpeg"_s, n * step,
                    wrong.mid(n * step, step)));
        QCOMPARE(answer.value(u"code"_s).toString(), u"attachmentDamaged"_s);
        // Going on from what it held before the refusal: nothing is held any more.
        const QJsonObject after = ask(counter,
            chunk(u"b-0"_s, sha256, bytes.size(), u"image/jpeg"_s, 3 * step, bytes.mid(3 * step)));
        QCOMPARE(after.value(u"received"_s).toDouble(), 0.0);
        QCOMPARE(after.value(u"stored"_s).toBool(), false);

        QCOMPARE(sendFile(counter, u"c-"_s, bytes).value(u"stored"_s).toBool(), true);
        QCOMPARE(hubRows(u"SELECT count(*) FROM complaints_attachment_chunk"_s), 4);
        QVERIFY(!ask(counter,
            withAttachments(
                u"f-1"_s, {QJsonObject {{u"sha256"_s, sha256}, {u"name"_s, u"scan.jpg"_s}}}))
                     .value(u"trackingNumber"_s)
                     .toString()
                     .isEmpty());
        QByteArray reassembled;
        for (const QJsonObject &part : outboxRows(u"complaints.attachmentPart"_s))
            reassembled += QByteArray::fromBase64(part.value(u"data"_s).toString().toLatin1());
        QCOMPARE(reassembled, bytes);
    }

    // One photo on two complaints (and twice on one): sent to central once, listed by both.
    void theSameFileOnTwoComplaintsGoesToCentralOnce()
    {
        RawPeer &counter = connected(Device::Role::Counter, u"Counter 1"_s, 1);
        const QByteArray bytes = photo(200 * 1024, 21);
        const QString sha256 = AttachmentRule::sha256Of(bytes);
        QCOMPARE(sendFile(counter, u"a-"_s, bytes).value(u"stored"_s).toBool(), true);
        const QJsonObject first {{u"sha256"_s, sha256}, {u"name"_s, u"ถนน.jpg"_s}};
        const QString one = ask(counter, withAttachments(u"f-1"_s, {first, first}))
                                .value(u"trackingNumber"_s)
                                .toString();
        QVERIFY(!one.isEmpty());

        // Attached again for the second complaint: the hub has it, nothing is sent or stored.
        const QJsonObject again = ask(counter,
            chunk(u"b-0"_s, sha256, bytes.size(), u"image/jpeg"_s, 0,
                bytes.left(AttachmentRule::chunkBytes)));
        QCOMPARE(again.value(u"received"_s).toDouble(), double(bytes.size()));
        QCOMPARE(again.value(u"stored"_s).toBool(), true);
        QCOMPARE(hubRows(u"SELECT count(*) FROM complaints_attachment_chunk"_s), 0);
        const QByteArray png = photo(1000, 22, "\x89PNG\r\n\x1A\n");
        QCOMPARE(sendFile(counter, u"c-"_s, png, u"image/png"_s).value(u"stored"_s).toBool(), true);
        const QJsonObject second {
            {u"sha256"_s, AttachmentRule::sha256Of(png)}, {u"name"_s, u"แผนที่.png"_s}};
        const QJsonObject filed = ask(counter,
            withAttachments(u"f-2"_s,
                {QJsonObject {{u"sha256"_s, sha256}, {u"name"_s, u"อีกครั้ง.jpg"_s}}, second}));
        QVERIFY(!filed.value(u"trackingNumber"_s).toString().isEmpty());

        QCOMPARE(outboxKinds(),
            (QStringList {u"complaints.attachmentPart"_s, u"complaints.attachmentPart"_s,
                u"complaints.complaint"_s, u"complaints.attachmentPart"_s,
                u"complaints.complaint"_s}));
        const QList<QJsonObject> records = outboxRecords();
        QCOMPARE(records.at(0).value(u"attachments"_s).toArray().size(), 1);
        const QJsonArray both = records.at(1).value(u"attachments"_s).toArray();
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).toObject().value(u"sha256"_s).toString(), sha256);
        QCOMPARE(both.at(0).toObject().value(u"name"_s).toString(), u"อีกครั้ง.jpg"_s);
        QCOMPARE(both.at(1).toObject().value(u"type"_s).toString(), u"image/png"_s);
        QCOMPARE(both.at(1).toObject().value(u"size"_s).toDouble(), 1000.0);
        const QList<QJsonObject> parts = outboxRows(u"complaints.attachmentPart"_s);
        QCOMPARE(QByteArray::fromBase64(parts.at(2).value(u"data"_s).toString().toLatin1()), png);
    }

    // Filing names a file the hub does not hold whole: refused, and nothing is filed.
    void aComplaintWithAFileTheHubLacksIsRefused()
    {
        RawPeer &counter = connected(Device::Role::Counter, u"Counter 1"_s, 1);
        const QByteArray bytes = photo(100 * 1024, 31);
        const QString sha256 = AttachmentRule::sha256Of(bytes);
        const QJsonObject missing = ask(counter,
            withAttachments(
                u"f-1"_s, {QJsonObject {{u"sha256"_s, sha256}, {u"name"_s, u"ใบเสร็จ.pdf"_s}}}));
        QCOMPARE(missing.value(u"code"_s).toString(), u"attachmentMissing"_s);
        QCOMPARE(textOf(missing).value(u"args"_s).toArray(), QJsonArray {u"ใบเสร็จ.pdf"_s});
        // Half of it sent: still not whole.
        QCOMPARE(ask(counter,
                     chunk(u"a-0"_s, sha256, bytes.size(), u"image/jpeg"_s, 0,
                         bytes.left(AttachmentRule::chunkBytes)))
                     .value(u"stored"_s)
                     .toBool(),
            false);
        QCOMPARE(ask(counter,
                     withAttachments(u"f-2"_s,
                         {QJsonObject {{u"sha256"_s, sha256}, {u"name"_s, u"ใบเสร็จ.pdf"_s}}}))
                     .value(u"code"_s)
                     .toString(),
            u"attachmentMissing"_s);
        QCOMPARE(outboxKinds(), QStringList());
        QCOMPARE(hubRows(u"SELECT count(*) FROM complaints_complaint"_s), 0);
        QCOMPARE(hubRows(u"SELECT count(*) FROM complaints_day_sequence"_s), 0);
        // Six files are one too many, whether the hub has them or not.
        QJsonArray six;
        for (int i = 0; i < 6; ++i)
            six.append(QJsonObject {{u"sha256"_s, AttachmentRule::sha256Of(QByteArray::number(i))},
                {u"name"_s, u"%1.jpg"_s.arg(i)}});
        QCOMPARE(ask(counter, withAttachments(u"f-3"_s, six)).value(u"code"_s).toString(),
            u"invalidField"_s);
    }

    // Citizens at a kiosk have no files: a kiosk may not send one, nor file with one.
    void aKioskMayNotAttach()
    {
        RawPeer &kiosk = connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        const QByteArray bytes = photo(1000, 41);
        const QString sha256 = AttachmentRule::sha256Of(bytes);
        QCOMPARE(ask(kiosk, chunk(u"a-0"_s, sha256, bytes.size(), u"image/jpeg"_s, 0, bytes))
                     .value(u"code"_s)
                     .toString(),
            u"forbidden"_s);
        QCOMPARE(hubRows(u"SELECT count(*) FROM complaints_attachment_file"_s), 0);
        RawPeer &counter = connected(Device::Role::Counter, u"Counter 1"_s, 1);
        QCOMPARE(sendFile(counter, u"c-"_s, bytes).value(u"stored"_s).toBool(), true);
        QCOMPARE(ask(kiosk,
                     withAttachments(
                         u"f-1"_s, {QJsonObject {{u"sha256"_s, sha256}, {u"name"_s, u"a.jpg"_s}}}))
                     .value(u"code"_s)
                     .toString(),
            u"forbidden"_s);
        QCOMPARE(outboxKinds(), QStringList());
        // Its complaint without files is filed, and the answer says nothing of files.
        const QJsonObject filed = ask(kiosk, form(u"f-2"_s));
        QVERIFY(!filed.value(u"trackingNumber"_s).toString().isEmpty());
        QVERIFY(!filed.contains(u"attachments"_s));
    }

    // The hub stops half way through a file (a power cut): what it held is in its database, and
    // the counter goes on from there once the hub is back.
    void aHubRestartedMidFileGoesOnFromWhatItHeld()
    {
        RawPeer *counter = &connected(Device::Role::Counter, u"Counter 1"_s, 1);
        const QByteArray bytes = photo(150 * 1024, 61);
        const QString sha256 = AttachmentRule::sha256Of(bytes);
        const qint64 step = AttachmentRule::chunkBytes;
        for (int n = 0; n < 3; ++n)
            QCOMPARE(ask(*counter,
                         chunk(u"a-"_s + QString::number(n), sha256, bytes.size(), u"image/jpeg"_s,
                             n * step, bytes.mid(n * step, step)))
                         .value(u"received"_s)
                         .toDouble(),
                double((n + 1) * step));
        restartHub();
        counter = &reconnected(u"Counter 1"_s);
        const QJsonObject resumed = ask(
            *counter, chunk(u"b-0"_s, sha256, bytes.size(), u"image/jpeg"_s, 0, bytes.left(step)));
        QCOMPARE(resumed.value(u"received"_s).toDouble(), double(3 * step));
        QCOMPARE(sendFile(*counter, u"c-"_s, bytes, u"image/jpeg"_s, 3 * step)
                     .value(u"stored"_s)
                     .toBool(),
            true);
        QCOMPARE(hubRows(u"SELECT count(*) FROM complaints_attachment_chunk"_s), 5);
    }

    void aMalformedAttachmentIsABadRequest_data()
    {
        QTest::addColumn<QJsonValue>("entry");
        const QString sha256 = AttachmentRule::sha256Of("x");
        QTest::newRow("not an object") << QJsonValue(sha256);
        QTest::newRow("an upper-case sha256")
            << QJsonValue(QJsonObject {{u"sha256"_s, sha256.toUpper()}, {u"name"_s, u"a.jpg"_s}});
        QTest::newRow("no name") << QJsonValue(QJsonObject {{u"sha256"_s, sha256}});
        QTest::newRow("a name of control characters only")
            << QJsonValue(QJsonObject {{u"sha256"_s, sha256}, {u"name"_s, u"C:\\\x07\t"_s}});
    }

    // An entry of "attachments" that names no file: the client's mistake, said as one.
    void aMalformedAttachmentIsABadRequest()
    {
        QFETCH(QJsonValue, entry);
        RawPeer &counter = connected(Device::Role::Counter, u"Counter 1"_s, 1);
        const QJsonObject refused = ask(counter, withAttachments(u"f-1"_s, {entry}));
        QCOMPARE(refused.value(u"code"_s).toString(), u"badRequest"_s);
        QCOMPARE(textOf(refused).value(u"context"_s).toString(),
            u"saduak::complaints::AttachmentIntake"_s);
        QCOMPARE(outboxKinds(), QStringList());
    }

    // A staged file no complaint took is deleted after 24 hours (PDPA), at the next attach.
    void aFileNoComplaintTookIsForgottenAfterADay()
    {
        RawPeer &counter = connected(Device::Role::Counter, u"Counter 1"_s, 1);
        const QByteArray untaken = photo(50 * 1024, 51);
        QCOMPARE(sendFile(counter, u"a-"_s, untaken).value(u"stored"_s).toBool(), true);
        const QByteArray taken = photo(1000, 52);
        QCOMPARE(sendFile(counter, u"b-"_s, taken).value(u"stored"_s).toBool(), true);
        QVERIFY(!ask(counter,
            withAttachments(u"f-1"_s,
                {QJsonObject {
                    {u"sha256"_s, AttachmentRule::sha256Of(taken)}, {u"name"_s, u"a.jpg"_s}}}))
                     .value(u"trackingNumber"_s)
                     .toString()
                     .isEmpty());

        m_now += 24 * 3600 * 1000LL; // a day to the millisecond: still kept
        const QByteArray later = photo(10, 53);
        QCOMPARE(sendFile(counter, u"c-"_s, later).value(u"stored"_s).toBool(), true);
        QCOMPARE(hubRows(u"SELECT count(*) FROM complaints_attachment_file"_s), 3);
        const auto held = [this](const QByteArray &bytes) {
            return hubRows(u"SELECT count(*) FROM complaints_attachment_file WHERE sha256 = '"_s
                + AttachmentRule::sha256Of(bytes) + u"'"_s);
        };

        // The next filing, with files or without, deletes it with its bytes; the filed one is
        // remembered (sent once).
        m_now += 1;
        QVERIFY(!ask(counter, form(u"f-2"_s)).value(u"trackingNumber"_s).toString().isEmpty());
        QCOMPARE(held(untaken), 0);
        QCOMPARE(held(taken), 1);
        QCOMPARE(held(later), 1);
        QCOMPARE(hubRows(u"SELECT count(*) FROM complaints_attachment_chunk WHERE length(bytes) "
                         "> 10"_s),
            0);
        QCOMPARE(ask(counter,
                     withAttachments(u"f-3"_s,
                         {QJsonObject {{u"sha256"_s, AttachmentRule::sha256Of(untaken)},
                             {u"name"_s, u"b.jpg"_s}}}))
                     .value(u"code"_s)
                     .toString(),
            u"attachmentMissing"_s);

        // And so does the next file sent.
        m_now += 24 * 3600 * 1000LL;
        QCOMPARE(sendFile(counter, u"d-"_s, photo(10, 54)).value(u"stored"_s).toBool(), true);
        QCOMPARE(held(later), 0);
        QCOMPARE(hubRows(u"SELECT count(*) FROM complaints_attachment_file"_s), 2);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ModuleLoader> m_loader;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<BranchHub> m_hub;
    std::vector<std::unique_ptr<RawPeer>> m_peers;
    QHash<QString, QString> m_tokens; // device name -> its pairing token
    qint64 m_now = 0;
};

QTEST_GUILESS_MAIN(TestComplaintsHub)
#include "tst_complaintshub.moc"
