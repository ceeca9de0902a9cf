// The civil registration rules from the committed seed to a branch's hub and into the module's
// hands (modules/civilregistration/README.md): db/reference/civil-registration-rules.jsonl
// imported into a real saduak-central, a real saduak-hub pulling every data set with its default
// settings, and the hub's copy read as a module's hub part reads it
// (ModuleTransaction::referenceItems on the hub's database) into a RuleBook that evaluates a
// late birth with the seed's own figures.
#include "../central/centralprocess.h"
#include "synctesthelpers.h"

#include <domain/referencedatasets.h>
#include <hub/branchhub.h>
#include <hub/moduletables.h>
#include <requestevaluator.h>
#include <rulebook.h>
#include <sync/referencestore.h>

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;
using namespace saduak::civilregistration;

namespace {

const QString kDataset = u"civil-registration-rules"_s;

QString seedPath()
{
    return QStringLiteral(SADUAK_SOURCE_DIR "/db/reference/civil-registration-rules.jsonl");
}

QMap<QString, QJsonObject> seedItems()
{
    QMap<QString, QJsonObject> items;
    QFile file(seedPath());
    if (!file.open(QIODevice::ReadOnly))
        return items;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty()) {
            const QJsonObject item = QJsonDocument::fromJson(line).object();
            items.insert(item.value(u"key"_s).toString(), item);
        }
    }
    return items;
}

} // namespace

class TestCivilRegistrationRulesPull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralProcess> m_central;
    QProcess m_hub;

    QString hubDb() const { return m_dir.filePath(u"branch.sqlite"_s); }

    std::unique_ptr<Database> openHubReadOnly() const
    {
        const MigrationSet core = MigrationSet::core();
        const MigrationSet hub = BranchHub::migrations();
        const MigrationSet sync = SyncClient::migrations();
        Database::Options options;
        options.migrations = {&core, &hub, &sync};
        options.readOnly = true;
        return Database::open(hubDb(), options);
    }

    bool hubPulledTheRules() const
    {
        if (!QFile::exists(hubDb()))
            return false;
        auto db = openHubReadOnly();
        return db && ReferenceStore(*db).state(kDataset).lastPullMs > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        setInstalledLanguage(Language::English);
        m_central = std::make_unique<CentralProcess>(m_dir.filePath(u"central.sqlite"_s));
        const QString token = m_central->enrol(u"B001"_s, u"Central World"_s);
        QVERIFY(!token.isEmpty());
        QString out;
        QString err;
        QCOMPARE(m_central->command({u"import-reference"_s, u"--dataset"_s, kDataset, u"--file"_s,
                                        seedPath(), u"--key-field"_s, u"key"_s},
                     &out, &err),
            0);
        QVERIFY(m_central->start() != 0);

        // The hub as a branch runs it: central/datasets not set, so it pulls every data set.
        const QString settingsPath = m_dir.filePath(u"hub.ini"_s);
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            settings.setValue(u"central/url"_s, m_central->url());
            settings.setValue(u"central/token"_s, token);
        }
        m_hub.start(QStringLiteral(SADUAK_HUB_BINARY),
            {u"--db"_s, hubDb(), u"--settings"_s, settingsPath, u"--listen"_s, u"127.0.0.1"_s,
                u"--port"_s, u"0"_s});
        QVERIFY(m_hub.waitForStarted(30000));
        QTRY_VERIFY_WITH_TIMEOUT(hubPulledTheRules() || m_hub.state() != QProcess::Running, 30000);
        QVERIFY2(m_hub.state() == QProcess::Running, m_hub.readAllStandardError().constData());
        m_hub.terminate();
        QVERIFY(m_hub.waitForFinished(10000));
    }

    void theHubsCopyEvaluatesALateBirth()
    {
        auto db = openHubReadOnly();
        QVERIFY(db);
        // What a module's hub part is given: its own tables only, and the reference copy.
        ModuleTables tables(*db, u"civilreg"_s, true);
        QList<RuleBook::Item> items;
        for (const ReferenceItem &item : tables.referenceItems(kDataset, {}, 1000))
            items.append({item.key, item.payload});
        const QMap<QString, QJsonObject> seed = seedItems();
        QCOMPARE(items.size(), seed.size());
        for (const RuleBook::Item &item : std::as_const(items))
            QCOMPARE(item.payload, seed.value(item.key));

        const RuleBook book = RuleBook::fromItems(items);
        QVERIFY(book.problems().isEmpty());
        // The "Done when": born at home 20 days ago, the fine shown and charged.
        const QJsonObject birth = seed.value(u"birthNotification@2008-08-23"_s);
        const qint64 fine = birth.value(u"lateFine"_s).toObject().value(u"baht"_s).toInteger();
        const int days = birth.value(u"deadline"_s).toObject().value(u"days"_s).toInt();
        QCOMPARE(days, 15);
        const QDateTime filed(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
        RequestEvaluator::Request request;
        request.type = u"birthNotification"_s;
        request.filedAtMs = filed.toMSecsSinceEpoch();
        request.eventAtMs = filed.addDays(-20).toMSecsSinceEpoch();
        const Evaluation evaluation = RequestEvaluator::evaluate(book, request);
        QVERIFY2(evaluation.ok, qPrintable(evaluation.why.toString()));
        QVERIFY(evaluation.late);
        QCOMPARE(evaluation.lateDays, 20 - days);
        QCOMPARE(evaluation.fineBaht, fine);
        QCOMPARE(evaluation.feeBaht, birth.value(u"fee"_s).toObject().value(u"baht"_s).toInteger());
    }
};

QTEST_GUILESS_MAIN(TestCivilRegistrationRulesPull)
#include "tst_civilregistrationrulespull.moc"
