// The civil registration rules at a real saduak-central (modules/civilregistration/README.md,
// docs/central-api.md "civil-registration-rules"): the seed in db/reference/ imported with
// `import-reference`, served by GET /v1/reference/civil-registration-rules as the items of the
// file, read into a RuleBook as a hub would; a new fee is one more item, effective on its day.
#include "centralprocess.h"
#include "postgrescluster.h"
#include "rawhttp.h"

#include <requestevaluator.h>
#include <rulebook.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak::test;
using namespace saduak::civilregistration;

namespace {

const QString kDataset = u"civil-registration-rules"_s;

QString seedPath()
{
    return QStringLiteral(SADUAK_SOURCE_DIR) + u"/db/reference/civil-registration-rules.jsonl"_s;
}

// The seed's items as the file has them, by key.
QMap<QString, QJsonObject> seedItems()
{
    QMap<QString, QJsonObject> items;
    QFile file(seedPath());
    if (!file.open(QIODevice::ReadOnly))
        return items;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject item = QJsonDocument::fromJson(line).object();
        items.insert(item.value(u"key"_s).toString(), item);
    }
    return items;
}

qint64 bangkokMs(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC)
        .addSecs(-7 * 3600)
        .toMSecsSinceEpoch();
}

} // namespace

class TestCentralCivilRegistration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralProcess> m_central;
    QByteArray m_auth;

    QJsonObject page(qint64 after) const
    {
        const RawResponse response = rawHttp(m_central->port(),
            httpRequest("GET",
                "/v1/reference/civil-registration-rules?after=" + QByteArray::number(after),
                {m_auth}));
        if (response.status != 200)
            qWarning() << response.status << response.body;
        return response.json();
    }

    // Every item served from after, page by page, as a hub's pull reads them.
    QList<RuleBook::Item> served(qint64 after = 0, qint64 *cursor = nullptr) const
    {
        QList<RuleBook::Item> items;
        for (;;) {
            const QJsonObject answer = page(after);
            for (const QJsonValue &value : answer.value(u"items"_s).toArray()) {
                const QJsonObject item = value.toObject();
                items.append(
                    {item.value(u"key"_s).toString(), item.value(u"payload"_s).toObject()});
            }
            after = answer.value(u"cursor"_s).toInteger();
            if (!answer.value(u"more"_s).toBool())
                break;
        }
        if (cursor)
            *cursor = after;
        return items;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        saduak::setInstalledLanguage(saduak::Language::English);
        m_central = std::make_unique<CentralProcess>(centralLocation(m_dir));
        const QString token = m_central->enrol(u"B001"_s, u"Branch"_s);
        QVERIFY(!token.isEmpty());
        m_auth = "Authorization: Bearer "_ba + token.toLatin1();
        QVERIFY(m_central->start() != 0);
    }

    void servesTheImportedSeed()
    {
        const QMap<QString, QJsonObject> seed = seedItems();
        QCOMPARE(seed.size(), 6);
        QString out;
        QString err;
        QCOMPARE(m_central->command({u"import-reference"_s, u"--dataset"_s, kDataset, u"--file"_s,
                                        seedPath(), u"--key-field"_s, u"key"_s},
                     &out, &err),
            0);
        QVERIFY2(out.contains(u"6 items read: 6 new or changed"_s), qPrintable(out + err));

        const QList<RuleBook::Item> items = served();
        QCOMPARE(items.size(), seed.size());
        for (const RuleBook::Item &item : items)
            QCOMPARE(item.payload, seed.value(item.key)); // as the file has it, every field

        const RuleBook book = RuleBook::fromItems(items);
        QVERIFY(book.problems().isEmpty());
        QCOMPARE(book.types().size(), 6);
    }

    void aNewFeeIsOneMoreItemEffectiveOnItsDay()
    {
        qint64 cursor = 0;
        const QList<RuleBook::Item> before = served(0, &cursor);
        const QString oldKey = u"houseRegistrationCopy@2008-08-23"_s;
        const QJsonObject old = seedItems().value(oldKey);
        QVERIFY(!old.isEmpty());
        const qint64 oldFee = old.value(u"fee"_s).toObject().value(u"baht"_s).toInteger();
        const qint64 newFee = oldFee + 15;

        // The admin's file: the item in force, and the new version from 1 Jan 2030.
        QJsonObject next = old;
        next.insert(u"key"_s, u"houseRegistrationCopy@2030-01-01"_s);
        next.insert(u"version"_s, old.value(u"version"_s).toInt() + 1);
        next.insert(u"effectiveFrom"_s, u"2030-01-01"_s);
        QJsonObject fee = old.value(u"fee"_s).toObject();
        fee.insert(u"baht"_s, newFee);
        next.insert(u"fee"_s, fee);
        QFile file(m_dir.filePath(u"new-fee.jsonl"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(next).toJson(QJsonDocument::Compact) + '\n');
        file.close();
        QString out;
        QCOMPARE(m_central->command({u"import-reference"_s, u"--dataset"_s, kDataset, u"--file"_s,
                                        file.fileName(), u"--key-field"_s, u"key"_s},
                     &out),
            0);

        // A branch up to date pulls the one new item; the version in force stays as it was.
        const QList<RuleBook::Item> changes = served(cursor);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().key, next.value(u"key"_s).toString());

        const RuleBook book = RuleBook::fromItems(before + changes);
        QVERIFY(book.problems().isEmpty());
        RequestEvaluator::Request request;
        request.type = u"houseRegistrationCopy"_s;
        request.answers = QJsonObject {{u"copies"_s, 2}};
        request.filedAtMs = bangkokMs(2029, 12, 31, 16);
        Evaluation evaluation = RequestEvaluator::evaluate(book, request);
        QVERIFY2(evaluation.ok, qPrintable(evaluation.why.toString()));
        QCOMPARE(evaluation.feeBaht, 2 * oldFee);
        request.filedAtMs = bangkokMs(2030, 1, 1, 9);
        evaluation = RequestEvaluator::evaluate(book, request);
        QCOMPARE(evaluation.rules.version, 2);
        QCOMPARE(evaluation.feeBaht, 2 * newFee);
    }

    void importRefusesAMalformedItemNamingItsLine()
    {
        qint64 cursor = 0;
        served(0, &cursor);
        // A good new version of the birth rules, then one of the death rules with a negative fine.
        const QMap<QString, QJsonObject> seed = seedItems();
        QJsonObject birth = seed.value(u"birthNotification@2008-08-23"_s);
        birth.insert(u"key"_s, u"birthNotification@2031-01-01"_s);
        birth.insert(u"effectiveFrom"_s, u"2031-01-01"_s);
        birth.insert(u"version"_s, 2);
        QJsonObject death = seed.value(u"deathNotification@2008-08-23"_s);
        death.insert(u"key"_s, u"deathNotification@2031-01-01"_s);
        death.insert(u"effectiveFrom"_s, u"2031-01-01"_s);
        death.insert(u"version"_s, 2);
        death.insert(u"lateFine"_s, QJsonObject {{u"baht"_s, -500}});
        QFile file(m_dir.filePath(u"bad-fine.jsonl"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(birth).toJson(QJsonDocument::Compact) + '\n'
            + QJsonDocument(death).toJson(QJsonDocument::Compact) + '\n');
        file.close();

        QString out;
        QString err;
        QCOMPARE(m_central->command({u"import-reference"_s, u"--dataset"_s, kDataset, u"--file"_s,
                                        file.fileName(), u"--key-field"_s, u"key"_s},
                     &out, &err),
            1);
        QVERIFY2(err.contains(u"Line 2: Civil registration rule item "
                              "\"deathNotification@2031-01-01\": \"lateFine.baht\" must be a whole "
                              "number of 0 or more."_s),
            qPrintable(err));
        // Nothing of the file reaches the branches, the good line neither.
        QCOMPARE(served(cursor).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCentralCivilRegistration)
#include "tst_centralcivilregistration.moc"
