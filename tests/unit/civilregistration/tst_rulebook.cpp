// The items of civil-registration-rules read into a RuleBook (modules/civilregistration/README.md,
// "Item format"): a malformed item is refused with a sentence naming it and its field, and takes
// its whole type with it; the seed in db/reference/ reads without a fault.
#include "rulesfixture.h"

#include <requestevaluator.h>
#include <rulebook.h>

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak::civilregistration;
using namespace saduak::civilregistration::test;
using saduak::TranslatableText;

namespace {

QJsonObject goodBirthItem()
{
    return rulesItem(u"birthNotification"_s, 1, u"2020-01-01"_s,
        {field(u"birthDate"_s, u"date"_s), field(u"copies"_s, u"number"_s)},
        daysAfter(u"birthDate"_s, 15), 1000, flatFee(0));
}

QJsonObject goodCopyItem()
{
    return rulesItem(u"houseRegistrationCopy"_s, 1, u"2020-01-01"_s,
        {field(u"copies"_s, u"number"_s)}, {}, 0,
        QJsonObject {{u"baht"_s, 10}, {u"per"_s, u"copies"_s}});
}

RuleBook::Item asItem(const QJsonObject &payload)
{
    return {payload.value(u"key"_s).toString(), payload};
}

QJsonObject withFieldKind(QJsonObject item, const QString &kind)
{
    QJsonArray fields = item.value(u"fields"_s).toArray();
    QJsonObject first = fields.at(0).toObject();
    first.insert(u"kind"_s, kind);
    fields.replace(0, first);
    item.insert(u"fields"_s, fields);
    return item;
}

} // namespace

class TestRuleBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { saduak::setInstalledLanguage(saduak::Language::English); }

    void refusesAMalformedItem_data()
    {
        QTest::addColumn<QByteArray>("item"); // the faulty birthNotification item
        QTest::addColumn<QString>("reason"); // a part of the English sentence, after the key

        const QJsonObject good = goodBirthItem();
        auto json = [](const QJsonObject &object) {
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        QJsonObject item = good;
        item.remove(u"fields"_s);
        QTest::newRow("no fields") << json(item) << u"\"fields\" is missing or not a list"_s;
        item = good;
        item.remove(u"en"_s);
        QTest::newRow("no English name") << json(item) << u"\"en\" is missing or not a text"_s;
        item = good;
        item.insert(u"lateFine"_s, QJsonObject {{u"baht"_s, -200}});
        QTest::newRow("negative fine")
            << json(item) << u"\"lateFine.baht\" must be a whole number of 0 or more"_s;
        item = good;
        item.insert(u"fee"_s, QJsonObject {{u"baht"_s, 12.5}});
        QTest::newRow("fee in satang")
            << json(item) << u"\"fee.baht\" must be a whole number of 0 or more"_s;
        item = good;
        item.remove(u"lateFine"_s);
        QTest::newRow("deadline without a fine")
            << json(item) << u"\"lateFine\" is missing or not an object"_s;
        item = withFieldKind(good, u"photo"_s);
        QTest::newRow("unknown field kind")
            << json(item) << u"the field \"birthDate\" has the kind \"photo\", which is none of"_s;
        item = good;
        item.insert(u"filers"_s, QJsonArray {u"houseMaster"_s, u"neighbour"_s});
        QTest::newRow("unknown filer") << json(item) << u"\"neighbour\" is not a filer"_s;
        item = good;
        item.insert(u"key"_s, u"birthNotification@2021-01-01"_s);
        QTest::newRow("key of another version")
            << json(item) << u"the key must be \"birthNotification@2020-01-01\""_s;
        item = good;
        item.insert(u"effectiveFrom"_s, u"1/1/2563"_s);
        item.insert(u"key"_s, u"birthNotification@1/1/2563"_s);
        QTest::newRow("effective date not ISO")
            << json(item) << u"\"effectiveFrom\" is not a date"_s;
        item = good;
        item.insert(u"deadline"_s, daysAfter(u"deathAt"_s, 15));
        QTest::newRow("deadline from a field the type lacks")
            << json(item) << u"\"deadline.from\" must name a date or dateTime field"_s;
        item = good;
        item.insert(u"deadline"_s, hoursAfter(u"birthDate"_s, 24));
        QTest::newRow("hours from a date")
            << json(item) << u"a deadline in hours counts from a dateTime field"_s;
        item = good;
        item.insert(u"deadline"_s, QJsonObject {{u"from"_s, u"birthDate"_s}, {u"days"_s, 0}});
        QTest::newRow("deadline of no days")
            << json(item) << u"\"deadline.days\" must be a whole number above 0"_s;
        item = good;
        item.insert(u"fee"_s, QJsonObject {{u"baht"_s, 10}, {u"per"_s, u"birthDate"_s}});
        QTest::newRow("fee per a date") << json(item) << u"\"fee.per\" must name a number field"_s;
        item = good;
        item.insert(u"version"_s, 0);
        QTest::newRow("version 0") << json(item) << u"\"version\" must be a whole number above 0"_s;
    }

    void refusesAMalformedItem()
    {
        QFETCH(QByteArray, item);
        QFETCH(QString, reason);

        const QJsonObject faulty = QJsonDocument::fromJson(item).object();
        QVERIFY(!faulty.isEmpty());
        const QString key = faulty.value(u"key"_s).toString();
        const RuleBook book = RuleBook::fromItems({asItem(faulty), asItem(goodCopyItem())});

        QCOMPARE(book.problems().size(), 1);
        const QString why = book.problems().first().toString();
        QVERIFY2(
            why.startsWith(u"Civil registration rule item \"%1\": "_s.arg(key)), qPrintable(why));
        QVERIFY2(why.contains(reason), qPrintable(why));
        // The faulty type is not evaluated, with the same reason; the other type still is.
        QCOMPARE(book.types(), QStringList {u"houseRegistrationCopy"_s});
        RequestEvaluator::Request request;
        request.type = u"birthNotification"_s;
        request.eventAtMs = bangkokMs(2026, 11, 1);
        request.filedAtMs = bangkokMs(2026, 11, 2);
        const Evaluation evaluation = RequestEvaluator::evaluate(book, request);
        QVERIFY(!evaluation.ok);
        QCOMPARE(evaluation.why.toString(), why);
    }

    void refusesTheWholeTypeWhenOneVersionIsFaulty()
    {
        // Version 2 raises the fine but is unreadable: charging version 1's fine after version 2
        // took effect would be wrong, so neither is used.
        QJsonObject second = rulesItem(u"birthNotification"_s, 2, u"2025-01-01"_s,
            {field(u"birthDate"_s, u"date"_s)}, daysAfter(u"birthDate"_s, 15), -1, flatFee(0));
        const RuleBook book = RuleBook::fromItems({asItem(goodBirthItem()), asItem(second)});
        QCOMPARE(book.types(), QStringList {});
        QVERIFY(book.whyNotUsable(u"birthNotification"_s)
                    .toString()
                    .contains(u"\"birthNotification@2025-01-01\""_s));
    }

    void refusesAVersionNumberThatDoesNotGrow()
    {
        const QJsonObject later = rulesItem(u"birthNotification"_s, 1, u"2025-01-01"_s,
            {field(u"birthDate"_s, u"date"_s)}, daysAfter(u"birthDate"_s, 15), 500, flatFee(0));
        const RuleBook book = RuleBook::fromItems({asItem(goodBirthItem()), asItem(later)});
        QCOMPARE(book.problems().size(), 1);
        const QString why = book.problems().first().toString();
        QVERIFY2(why.contains(u"\"birthNotification@2025-01-01\": its version 1 takes effect after "
                              "item \"birthNotification@2020-01-01\""_s),
            qPrintable(why));
        QCOMPARE(book.types(), QStringList {});
    }

    void documentsToSeeDependOnWhoFiles_data()
    {
        QTest::addColumn<QString>("filer");
        QTest::addColumn<bool>("mayFile");
        QTest::addColumn<QStringList>("documents");
        // The item below: a notice for everyone, a consent when the person files, a letter when
        // a proxy does; the house master needs nothing more.
        QTest::newRow("house master")
            << u"houseMaster"_s << true << QStringList {u"moveOutNotice"_s};
        QTest::newRow("the person")
            << u"person"_s << true << QStringList {u"moveOutNotice"_s, u"houseMasterConsent"_s};
        QTest::newRow("a proxy") << u"proxy"_s << true
                                 << QStringList {u"moveOutNotice"_s, u"proxyLetter"_s};
        QTest::newRow("a parent may not")
            << u"parent"_s << false << QStringList {u"moveOutNotice"_s};
    }

    void documentsToSeeDependOnWhoFiles()
    {
        QFETCH(QString, filer);
        QFETCH(bool, mayFile);
        QFETCH(QStringList, documents);

        QJsonObject item = rulesItem(u"moveIn"_s, 1, u"2020-01-01"_s,
            {field(u"movedInOn"_s, u"date"_s)}, daysAfter(u"movedInOn"_s, 15), 1000, flatFee(0));
        item.insert(u"filers"_s, QJsonArray {u"houseMaster"_s, u"person"_s, u"proxy"_s});
        auto document = [](const QString &code, const QString &who) {
            QJsonObject object {{u"code"_s, code}, {u"th"_s, u"เอกสาร"_s}, {u"en"_s, code}};
            if (!who.isEmpty())
                object.insert(u"filer"_s, who);
            return object;
        };
        item.insert(u"documents"_s,
            QJsonArray {document(u"proxyLetter"_s, u"proxy"_s), document(u"moveOutNotice"_s, {}),
                document(u"houseMasterConsent"_s, u"person"_s)});
        TranslatableText why;
        const auto rules = RequestTypeRules::fromJson(item.value(u"key"_s).toString(), item, &why);
        QVERIFY2(rules, qPrintable(why.toString()));
        const auto role = filerRoleFromString(filer);
        QVERIFY(role);
        QCOMPARE(rules->mayBeFiledBy(*role), mayFile);
        QStringList seen;
        for (const DocumentSpec &spec : rules->documentsToSee(*role))
            seen << spec.code;
        seen.sort();
        documents.sort();
        QCOMPARE(seen, documents);
    }

    // The example items of the documents are items a client can copy: each reads without a fault.
    void readsTheDocumentsExamples_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("section");
        QTest::newRow("central API")
            << u"docs/central-api.md"_s << u"### civil-registration-rules"_s;
        QTest::newRow("module README")
            << u"modules/civilregistration/README.md"_s << u"## Item format"_s;
    }

    void readsTheDocumentsExamples()
    {
        QFETCH(QString, document);
        QFETCH(QString, section);
        QFile file(QStringLiteral(SADUAK_SOURCE_DIR) + u'/' + document);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const qsizetype start = text.indexOf(u"```json\n"_s, text.indexOf(section));
        QVERIFY2(text.indexOf(section) >= 0 && start > 0, qPrintable(section));
        const qsizetype end = text.indexOf(u"```"_s, start + 8);
        const QJsonObject example
            = QJsonDocument::fromJson(text.mid(start + 8, end - start - 8).toUtf8()).object();
        QVERIFY(!example.isEmpty());
        TranslatableText why;
        QVERIFY2(RequestTypeRules::fromJson(example.value(u"key"_s).toString(), example, &why),
            qPrintable(why.toString()));
    }

    void readsTheSeed()
    {
        QFile seed(
            QStringLiteral(SADUAK_SOURCE_DIR) + u"/db/reference/civil-registration-rules.jsonl"_s);
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QList<RuleBook::Item> items;
        while (!seed.atEnd()) {
            const QByteArray line = seed.readLine().trimmed();
            if (!line.isEmpty())
                items.append(asItem(QJsonDocument::fromJson(line).object()));
        }
        const RuleBook book = RuleBook::fromItems(items);
        for (const auto &problem : book.problems())
            qWarning() << problem.toString();
        QVERIFY(book.problems().isEmpty());
        QStringList expected {u"birthNotification"_s, u"deathNotification"_s, u"moveOut"_s,
            u"moveIn"_s, u"houseRegistrationCopy"_s, u"nameChange"_s};
        expected.sort();
        QCOMPARE(book.types(), expected);

        // The deadlines: births and moves within 15 days, deaths within 24 hours.
        const QDate today(2026, 12, 7);
        QCOMPARE(book.inForceOn(u"birthNotification"_s, today)->deadline->days, 15);
        QCOMPARE(book.inForceOn(u"deathNotification"_s, today)->deadline->hours, 24);
        QCOMPARE(book.inForceOn(u"moveOut"_s, today)->deadline->days, 15);
        QCOMPARE(book.inForceOn(u"moveIn"_s, today)->deadline->days, 15);
        // The applicant comes from the ID card, never typed; the ID card is never asked for.
        for (const QString &type : expected) {
            const RequestTypeRules *rules = book.inForceOn(type, today);
            QCOMPARE(rules->field(u"applicantCitizenId"_s)->fromIdCard, u"citizenId"_s);
            QVERIFY(std::any_of(rules->neverAsked.cbegin(), rules->neverAsked.cend(),
                [](const NeverAskedDocument &d) { return d.code == u"idCardCopy"_s; }));
        }
    }
};

QTEST_GUILESS_MAIN(TestRuleBook)
#include "tst_rulebook.moc"
