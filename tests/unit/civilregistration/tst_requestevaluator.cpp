// The civil registration rules applied to requests (modules/civilregistration/README.md): on time
// or late and by how much, the fine, the fee, and which version of the rules is in force on the
// filing day. Every expected value is worked out here from the figures the rules below are given.
#include "rulesfixture.h"

#include <requestevaluator.h>
#include <rulebook.h>

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak::civilregistration;
using namespace saduak::civilregistration::test;

namespace {

// The tests' figures, apart from the seed's on purpose.
constexpr int kBirthDays = 15;
constexpr int kDeathHours = 24;
constexpr int kMoveDays = 15;
constexpr qint64 kBirthFine = 700;
constexpr qint64 kDeathFine = 800;
constexpr qint64 kMoveFine = 300;
constexpr qint64 kCopyFee = 20; // a copy
constexpr qint64 kFirstNameFee = 60;
constexpr qint64 kLastNameFee = 110;
constexpr qint64 kBothNamesFee = 170;
constexpr qint64 kNoFee = 0;

constexpr qint64 kHourMs = 3600 * 1000;

// The birth rules' fine in three versions (appliesTheVersionInForceOnTheFilingDay).
constexpr qint64 k2020Fine = 100;
constexpr qint64 k2025Fine = 500;
constexpr qint64 kTomorrowFine = 1000;

RuleBook book()
{
    const QString since = u"2020-01-01"_s;
    QList<RuleBook::Item> items;
    auto add = [&items](const QJsonObject &item) {
        items.append({item.value(u"key"_s).toString(), item});
    };
    add(rulesItem(u"birthNotification"_s, 1, since, {field(u"birthDate"_s, u"date"_s)},
        daysAfter(u"birthDate"_s, kBirthDays), kBirthFine, flatFee(kNoFee)));
    add(rulesItem(u"deathNotification"_s, 1, since, {field(u"deathAt"_s, u"dateTime"_s)},
        hoursAfter(u"deathAt"_s, kDeathHours), kDeathFine, flatFee(kNoFee)));
    add(rulesItem(u"moveOut"_s, 1, since, {field(u"movedOutOn"_s, u"date"_s)},
        daysAfter(u"movedOutOn"_s, kMoveDays), kMoveFine, flatFee(kNoFee)));
    add(rulesItem(u"moveIn"_s, 1, since, {field(u"movedInOn"_s, u"date"_s)},
        daysAfter(u"movedInOn"_s, kMoveDays), kMoveFine, flatFee(kNoFee)));
    add(rulesItem(u"houseRegistrationCopy"_s, 1, since,
        {field(u"houseCode"_s, u"houseCode"_s), field(u"copies"_s, u"number"_s)}, {}, 0,
        QJsonObject {{u"baht"_s, kCopyFee}, {u"per"_s, u"copies"_s}}));
    add(rulesItem(u"nameChange"_s, 1, since,
        {choice(u"whichName"_s, {u"first"_s, u"last"_s, u"both"_s})}, {}, 0,
        QJsonObject {{u"by"_s, u"whichName"_s},
            {u"baht"_s,
                QJsonObject {{u"first"_s, kFirstNameFee}, {u"last"_s, kLastNameFee},
                    {u"both"_s, kBothNamesFee}}}}));
    return RuleBook::fromItems(items);
}

constexpr qint64 kNoEvent = -1;

} // namespace

class TestRequestEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The reasons' words from the data in English, as an English screen shows them.
        saduak::setInstalledLanguage(saduak::Language::English);
    }
    // English again after a test that switched to Thai, even when it failed half-way.
    void cleanup() { saduak::setInstalledLanguage(saduak::Language::English); }

    void evaluatesARequest_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<qint64>("eventAtMs");
        QTest::addColumn<qint64>("filedAtMs");
        QTest::addColumn<QByteArray>("answers");
        QTest::addColumn<qint64>("deadlineAtMs");
        QTest::addColumn<int>("lateDays");
        QTest::addColumn<qint64>("lateByMs"); // 0: on time
        QTest::addColumn<qint64>("fine");
        QTest::addColumn<qint64>("fee");

        // Born on 1 Nov: the 1st is not counted, so the 15th day after it is 16 Nov.
        const QDate born(2026, 11, 1);
        const qint64 birthDue = endOfBangkokDay(born.addDays(kBirthDays));
        QCOMPARE(born.addDays(kBirthDays), QDate(2026, 11, 16));
        QTest::newRow("birth filed on the last day is on time")
            << u"birthNotification"_s << bangkokMs(2026, 11, 1, 10, 0)
            << bangkokMs(2026, 11, 16, 16, 30) << QByteArray("{}") << birthDue << 0 << qint64(0)
            << qint64(0) << kNoFee;
        QTest::newRow("birth filed at the last millisecond of the last day is on time")
            << u"birthNotification"_s << bangkokMs(2026, 11, 1, 10, 0) << birthDue
            << QByteArray("{}") << birthDue << 0 << qint64(0) << qint64(0) << kNoFee;
        const qint64 dayAfter = bangkokMs(2026, 11, 17, 8, 30);
        QTest::newRow("birth filed the day after the last day is late by a day")
            << u"birthNotification"_s << bangkokMs(2026, 11, 1, 10, 0) << dayAfter
            << QByteArray("{}") << birthDue << 1 << dayAfter - birthDue << kBirthFine << kNoFee;
        // 06:30 in Bangkok on 1 Nov is still 31 Oct in UTC: the days are Bangkok's.
        QTest::newRow("birth early in the Bangkok morning counts from the Bangkok date")
            << u"birthNotification"_s << bangkokMs(2026, 11, 1, 6, 30)
            << bangkokMs(2026, 11, 16, 23, 0) << QByteArray("{}") << birthDue << 0 << qint64(0)
            << qint64(0) << kNoFee;
        const qint64 monthLate = bangkokMs(2026, 12, 16, 9, 0);
        QTest::newRow("birth filed a month late is late by 30 days, one fine")
            << u"birthNotification"_s << bangkokMs(2026, 11, 1, 10, 0) << monthLate
            << QByteArray("{}") << birthDue << 30 << monthLate - birthDue << kBirthFine << kNoFee;

        // Died at 23:30: due 24 hours later, at 23:30 the next day.
        const qint64 died = bangkokMs(2026, 11, 1, 23, 30);
        const qint64 deathDue = died + kDeathHours * kHourMs;
        QTest::newRow("death at 23:30 filed the next morning is on time")
            << u"deathNotification"_s << died << bangkokMs(2026, 11, 2, 9, 0) << QByteArray("{}")
            << deathDue << 0 << qint64(0) << qint64(0) << kNoFee;
        QTest::newRow("death filed exactly 24 hours after is on time")
            << u"deathNotification"_s << died << died + kDeathHours * kHourMs << QByteArray("{}")
            << deathDue << 0 << qint64(0) << qint64(0) << kNoFee;
        const qint64 evening = bangkokMs(2026, 11, 2, 23, 45);
        QTest::newRow("death at 23:30 filed at 23:45 the next day is 15 minutes late")
            << u"deathNotification"_s << died << evening << QByteArray("{}") << deathDue << 0
            << qint64(15 * 60 * 1000) << kDeathFine << kNoFee;

        const QDate movedOut(2026, 9, 30);
        const qint64 moveOutDue = endOfBangkokDay(movedOut.addDays(kMoveDays));
        QTest::newRow("move out on the 15th day is on time")
            << u"moveOut"_s << bangkokMs(2026, 9, 30, 12, 0) << bangkokMs(2026, 10, 15, 9, 0)
            << QByteArray("{}") << moveOutDue << 0 << qint64(0) << qint64(0) << kNoFee;
        const QDate movedIn(2026, 10, 1);
        const qint64 moveInDue = endOfBangkokDay(movedIn.addDays(kMoveDays));
        const qint64 moveInFiled = bangkokMs(2026, 10, 19, 14, 0);
        QTest::newRow("move in three days after the 15th day is late by 3 days")
            << u"moveIn"_s << bangkokMs(2026, 10, 1, 0, 0) << moveInFiled << QByteArray("{}")
            << moveInDue << 3 << moveInFiled - moveInDue << kMoveFine << kNoFee;

        QTest::newRow("three certified copies of a house registration")
            << u"houseRegistrationCopy"_s << kNoEvent << bangkokMs(2026, 11, 2, 9, 0)
            << QByteArray(R"({"copies": 3})") << qint64(0) << 0 << qint64(0) << qint64(0)
            << 3 * kCopyFee;
        QTest::newRow("change of the first name")
            << u"nameChange"_s << kNoEvent << bangkokMs(2026, 11, 2, 9, 0)
            << QByteArray(R"({"whichName": "first"})") << qint64(0) << 0 << qint64(0) << qint64(0)
            << kFirstNameFee;
        QTest::newRow("change of the last name")
            << u"nameChange"_s << kNoEvent << bangkokMs(2026, 11, 2, 9, 0)
            << QByteArray(R"({"whichName": "last"})") << qint64(0) << 0 << qint64(0) << qint64(0)
            << kLastNameFee;
        QTest::newRow("change of both names")
            << u"nameChange"_s << kNoEvent << bangkokMs(2026, 11, 2, 9, 0)
            << QByteArray(R"({"whichName": "both"})") << qint64(0) << 0 << qint64(0) << qint64(0)
            << kBothNamesFee;
    }

    void evaluatesARequest()
    {
        QFETCH(QString, type);
        QFETCH(qint64, eventAtMs);
        QFETCH(qint64, filedAtMs);
        QFETCH(QByteArray, answers);
        QFETCH(qint64, deadlineAtMs);
        QFETCH(int, lateDays);
        QFETCH(qint64, lateByMs);
        QFETCH(qint64, fine);
        QFETCH(qint64, fee);

        const RuleBook rules = book();
        QVERIFY(rules.problems().isEmpty());
        RequestEvaluator::Request request;
        request.type = type;
        if (eventAtMs != kNoEvent)
            request.eventAtMs = eventAtMs;
        request.filedAtMs = filedAtMs;
        request.answers = QJsonDocument::fromJson(answers).object();
        const Evaluation evaluation = RequestEvaluator::evaluate(rules, request);
        QVERIFY2(evaluation.ok, qPrintable(evaluation.why.toString()));
        QCOMPARE(evaluation.rules.type, type);
        QCOMPARE(evaluation.hasDeadline, eventAtMs != kNoEvent);
        if (evaluation.hasDeadline)
            QCOMPARE(evaluation.deadlineAtMs, deadlineAtMs);
        QCOMPARE(evaluation.late, lateByMs > 0);
        QCOMPARE(evaluation.lateByMs, lateByMs);
        QCOMPARE(evaluation.lateDays, lateDays);
        QCOMPARE(evaluation.fineBaht, fine);
        QCOMPARE(evaluation.feeBaht, fee);
    }

    // Two versions of the birth rules: the fine raised from tomorrow, 8 Dec 2026; an older
    // version of 2020 replaced by one of 2025.
    void appliesTheVersionInForceOnTheFilingDay_data()
    {
        QTest::addColumn<qint64>("filedAtMs");
        QTest::addColumn<int>("version");
        QTest::addColumn<qint64>("fine");

        QTest::newRow("a version of 2025 replaces the one of 2020")
            << bangkokMs(2026, 3, 1, 9, 0) << 2 << k2025Fine;
        QTest::newRow("the version effective tomorrow is not applied today")
            << bangkokMs(2026, 12, 7, 23, 59) << 2 << k2025Fine;
        // 00:00 on 8 Dec in Bangkok is still 7 Dec in UTC.
        QTest::newRow("the version effective tomorrow is applied from its first minute")
            << bangkokMs(2026, 12, 8, 0, 0) << 3 << kTomorrowFine;
        QTest::newRow("and on the days after")
            << bangkokMs(2027, 1, 5, 10, 0) << 3 << kTomorrowFine;
        QTest::newRow("the 2020 version before 2025")
            << bangkokMs(2024, 12, 31, 23, 59) << 1 << k2020Fine;
    }

    void appliesTheVersionInForceOnTheFilingDay()
    {
        QFETCH(qint64, filedAtMs);
        QFETCH(int, version);
        QFETCH(qint64, fine);

        QList<RuleBook::Item> items;
        const QList<std::tuple<int, QString, qint64>> versions {{1, u"2020-01-01"_s, k2020Fine},
            {2, u"2025-01-01"_s, k2025Fine}, {3, u"2026-12-08"_s, kTomorrowFine}};
        // Listed newest first: the order of the items is not the order of the versions.
        for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
            const auto &[number, from, baht] = *it;
            const QJsonObject item = rulesItem(u"birthNotification"_s, number, from,
                {field(u"birthDate"_s, u"date"_s)}, daysAfter(u"birthDate"_s, kBirthDays), baht,
                flatFee(kNoFee));
            items.append({item.value(u"key"_s).toString(), item});
        }
        const RuleBook rules = RuleBook::fromItems(items);
        QVERIFY(rules.problems().isEmpty());
        RequestEvaluator::Request request;
        request.type = u"birthNotification"_s;
        request.eventAtMs = filedAtMs - 60LL * 24 * kHourMs; // 60 days before: late
        request.filedAtMs = filedAtMs;
        const Evaluation evaluation = RequestEvaluator::evaluate(rules, request);
        QVERIFY2(evaluation.ok, qPrintable(evaluation.why.toString()));
        QCOMPARE(evaluation.rules.version, version);
        QVERIFY(evaluation.late);
        QCOMPARE(evaluation.fineBaht, fine);
    }

    void refusesWhatItCannotJudge_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<qint64>("eventAtMs");
        QTest::addColumn<qint64>("filedAtMs");
        QTest::addColumn<QByteArray>("answers");
        QTest::addColumn<QString>("reason"); // a part of the English sentence

        const qint64 filed = bangkokMs(2026, 11, 2, 9, 0);
        QTest::newRow("unknown type") << u"adoption"_s << kNoEvent << filed << QByteArray("{}")
                                      << u"no civil registration rules for the request type "
                                         "\"adoption\""_s;
        QTest::newRow("before the first version")
            << u"nameChange"_s << kNoEvent << bangkokMs(2019, 12, 31, 12, 0)
            << QByteArray(R"({"whichName": "first"})") << u"are in force on 31 Dec 2019"_s;
        QTest::newRow("no date of birth") << u"birthNotification"_s << kNoEvent << filed
                                          << QByteArray("{}") << u"(\"birthDate\")"_s;
        QTest::newRow("born after the filing")
            << u"birthNotification"_s << bangkokMs(2026, 11, 3, 0, 30) << filed << QByteArray("{}")
            << u"cannot be after the filing"_s;
        QTest::newRow("no copies")
            << u"houseRegistrationCopy"_s << kNoEvent << filed << QByteArray(R"({"copies": 0})")
            << u"\"Field copies\", which must be a whole number"_s;
        QTest::newRow("a name that is not a choice")
            << u"nameChange"_s << kNoEvent << filed << QByteArray(R"({"whichName": "middle"})")
            << u"depends on \"Field whichName\""_s;
    }

    // On a Thai screen the day in a reason is in the Buddhist Era (31 Dec 2019 is BE 2562), and
    // the field's name is the data set's Thai one.
    void reasonsOnAThaiScreenUseBuddhistEraAndThaiNames()
    {
        saduak::setInstalledLanguage(saduak::Language::Thai);
        RequestEvaluator::Request request;
        request.type = u"nameChange"_s;
        request.filedAtMs = bangkokMs(2019, 12, 31, 12, 0);
        request.answers = QJsonObject {{u"whichName"_s, u"first"_s}};
        QString why = RequestEvaluator::evaluate(book(), request).why.toString();
        QVERIFY2(why.contains(u"31 ธ.ค. %1"_s.arg(2019 + 543)), qPrintable(why));
        request.type = u"houseRegistrationCopy"_s;
        request.filedAtMs = bangkokMs(2026, 11, 2, 9, 0);
        request.answers = {};
        why = RequestEvaluator::evaluate(book(), request).why.toString();
        QVERIFY2(why.contains(u"ช่อง copies"_s), qPrintable(why));
    }

    void refusesWhatItCannotJudge()
    {
        QFETCH(QString, type);
        QFETCH(qint64, eventAtMs);
        QFETCH(qint64, filedAtMs);
        QFETCH(QByteArray, answers);
        QFETCH(QString, reason);

        RequestEvaluator::Request request;
        request.type = type;
        if (eventAtMs != kNoEvent)
            request.eventAtMs = eventAtMs;
        request.filedAtMs = filedAtMs;
        request.answers = QJsonDocument::fromJson(answers).object();
        const Evaluation evaluation = RequestEvaluator::evaluate(book(), request);
        QVERIFY(!evaluation.ok);
        const QString why = evaluation.why.toString();
        QVERIFY2(why.contains(reason, Qt::CaseInsensitive), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestRequestEvaluator)
#include "tst_requestevaluator.moc"
