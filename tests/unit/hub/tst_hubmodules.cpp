// A module's hub part in a real hub on a branch database in a temporary folder: its commands run
// once per request id (also after the hub restarts) with its records and outbox rows in one
// transaction; a refusal undoes everything; its SQL reaches only its own tables; a query cannot
// write; its events go out only after a commit; it reads the reference data the hub keeps.
#include <hub/branchhub.h>
#include <hub/commandtable.h>
#include <hub/hubmodules.h>
#include <hub/queuecommands.h>
#include <sdk/module.h>
#include <storage/database.h>

#include <QJsonArray>
#include <seatedstaff.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

using Type = CommandField::Type;

// The "memo" module's hub part: "memo.add" {text, refuse?} and "memo.list", plus "memo.probe"
// {sql} which runs whatever SQL it is given, to see what the hub lets through.
class MemoHubPart final : public ModuleHubPart
{
public:
    bool initialize(HubModuleContext *context, QString *why) override
    {
        m_context = context;
        CommandSpec add;
        add.name = u"add"_s;
        add.roles = {DeviceRole::Counter, DeviceRole::Kiosk};
        add.fields = {{u"text"_s, Type::String}, {u"refuse"_s, Type::Boolean, false}};
        add.handler = [this](ModuleTransaction &tx, const CommandRequest &request) {
            lastCaller = request.caller;
            const auto added = tx.run(u"INSERT INTO memo_item (text) VALUES (?)"_s,
                {request.params.value(u"text"_s).toString()});
            if (!added)
                return CommandResult::refused(u"storage"_s, {});
            tx.appendOutbox(u"added"_s, {{u"id"_s, added->lastInsertId.toLongLong()}});
            m_context->publishEvent(u"added"_s, {{u"id"_s, added->lastInsertId.toLongLong()}});
            if (request.params.value(u"refuse"_s).toBool())
                return CommandResult::refused(u"memoFull"_s,
                    TranslatableText("memo", QT_TRANSLATE_NOOP("memo", "The memo is full.")));
            return CommandResult::ok({{u"id"_s, added->lastInsertId.toLongLong()}});
        };
        CommandSpec probe;
        probe.name = u"probe"_s;
        probe.kind = CommandSpec::Kind::Query;
        probe.roles = {DeviceRole::Counter};
        probe.fields = {{u"sql"_s, Type::String, true, 1000}, {u"write"_s, Type::Boolean, false}};
        probe.handler = [](ModuleTransaction &tx, const CommandRequest &request) {
            QString why;
            const auto rows = tx.run(request.params.value(u"sql"_s).toString(), {}, &why);
            QJsonObject body {{u"ran"_s, rows.has_value()}, {u"why"_s, why}};
            if (request.params.value(u"write"_s).toBool())
                body.insert(u"outbox"_s, !tx.appendOutbox(u"x"_s, {}, &why).isEmpty());
            if (rows)
                body.insert(u"rows"_s, int(rows->rows.size()));
            body.insert(u"area"_s, tx.referenceItem(u"admin-areas"_s, u"10"_s).value_or(QJsonObject {}));
            QJsonArray keys;
            for (const ReferenceItem &item : tx.referenceItems(u"admin-areas"_s, u"10"_s))
                keys.append(item.key);
            body.insert(u"keys"_s, keys);
            QJsonArray all; // the whole data set: the prefix left out
            for (const ReferenceItem &item : tx.referenceItems(u"admin-areas"_s))
                all.append(item.key);
            body.insert(u"allKeys"_s, all);
            return CommandResult::ok(body);
        };
        // The same probe as a command: may it touch what is not the module's?
        CommandSpec write = probe;
        write.name = u"probeWrite"_s;
        write.kind = CommandSpec::Kind::Command;
        return context->registerCommand(add, why) && context->registerCommand(probe, why)
            && context->registerCommand(write, why);
    }
    CommandCaller lastCaller;

private:
    HubModuleContext *m_context = nullptr;
};

class MemoModule : public Module
{
public:
    bool initialize(ModuleContext *, QString *) override { return true; }
    std::unique_ptr<ModuleHubPart> createHubPart() override
    {
        auto part = std::make_unique<MemoHubPart>();
        lastPart = part.get();
        return part;
    }
    MemoHubPart *lastPart = nullptr;
};

// A module whose hub part gives up: it serves nothing, the hub runs on.
class BrokenModule : public Module
{
    class Part final : public ModuleHubPart
    {
    public:
        bool initialize(HubModuleContext *context, QString *why) override
        {
            CommandSpec spec;
            spec.name = u"do"_s;
            spec.roles = {DeviceRole::Counter};
            spec.handler = [](ModuleTransaction &, const CommandRequest &) {
                return CommandResult::ok();
            };
            context->registerCommand(spec);
            *why = u"no licence"_s;
            return false;
        }
    };

public:
    bool initialize(ModuleContext *, QString *) override { return true; }
    std::unique_ptr<ModuleHubPart> createHubPart() override { return std::make_unique<Part>(); }
};

const Device kCounter {u"pc-2"_s, DeviceRole::Counter, u"Counter 2"_s, 2};
const Device kOtherCounter {u"pc-3"_s, DeviceRole::Counter, u"Counter 3"_s, 3};

} // namespace

class TestHubModules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemoModule m_memo;
    BrokenModule m_broken;
    std::unique_ptr<BranchHub> m_hub;

    void openHub()
    {
        m_hub.reset();
        ModuleInfo memo;
        memo.id = u"memo"_s;
        ModuleInfo broken;
        broken.id = u"broken"_s;
        BranchHub::Options options;
        options.databasePath = m_dir.filePath(u"branch.sqlite"_s);
        options.modules = {LoadedModule {memo, {}, &m_memo}, LoadedModule {broken, {}, &m_broken}};
        StorageError error;
        m_hub = BranchHub::open(options, &error);
        QVERIFY2(m_hub, qPrintable(error.detail));
        // The counter PCs' officers: the module sees the person the hub has logged in there.
        QString why;
        QVERIFY2(test::seatStaff(m_hub->database(), kCounter.id, StaffRole::Counter, &why,
                     u"somchai"_s),
            qPrintable(why));
        QVERIFY2(test::seatStaff(m_hub->database(), kOtherCounter.id, StaffRole::Counter, &why,
                     u"anong"_s),
            qPrintable(why));
    }

    HubReply send(const Device &device, const QString &type, QJsonObject message)
    {
        return m_hub->commands().table().execute(device, type, message);
    }

    int count(const QString &sql)
    {
        QSqlQuery q(m_hub->database().connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"branch.sqlite"_s));
        openHub();
    }
    void cleanup() { m_hub.reset(); }

    void aModuleThatGivesUpServesNothingAndTheHubRunsOn()
    {
        QCOMPARE(m_hub->modules().running(), QStringList {u"memo"_s});
        QCOMPARE(m_hub->modules().failures().size(), 1);
        QVERIFY(m_hub->modules().failures().first().reason.contains(u"no licence"_s));
        QCOMPARE(send(kCounter, u"broken.do"_s, {{u"id"_s, u"1"_s}}).errorCode,
            u"unknownCommand"_s);
        QVERIFY(m_hub->commands().table().find(u"memo.add"_s));
        QVERIFY(m_hub->commands().table().find(u"callNext"_s)); // the queue's, in the same table
    }

    void aCommandKeepsItsRecordAndOutboxRowTogether()
    {
        QSignalSpy events(&m_hub->modules(), &HubModules::eventPublished);
        const HubReply reply = send(kCounter, u"memo.add"_s,
            {{u"id"_s, u"r1"_s}, {u"text"_s, u"เอกสารครบ"_s},
                {u"workplace"_s, QJsonObject {{u"counter"_s, 2}, {u"staff"_s, u"somsak"_s}}}});
        QVERIFY2(reply.ok(), qPrintable(reply.errorMessage));
        QCOMPARE(reply.body.value(u"id"_s).toInt(), 1);
        QCOMPARE(count(u"SELECT count(*) FROM memo_item WHERE text = 'เอกสารครบ'"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE kind = 'memo.added'"_s), 1);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().at(0).toString(), u"memo.added"_s);
        // Who asked, as the hub knows the device and as the device says it works.
        QCOMPARE(m_memo.lastPart->lastCaller.deviceName, u"Counter 2"_s);
        QVERIFY(m_memo.lastPart->lastCaller.role == DeviceRole::Counter);
        QCOMPARE(m_memo.lastPart->lastCaller.counterNumber, 2);
        // The person the hub has logged in at pc-2, not the name the message says.
        QCOMPARE(m_memo.lastPart->lastCaller.staff, u"somchai"_s);
    }

    void theCallersCounterIsItsPairingsNotItsWord()
    {
        // Counter 2's PC names counter 3: refused, nothing recorded.
        const HubReply other = send(kCounter, u"memo.add"_s,
            {{u"id"_s, u"w1"_s}, {u"text"_s, u"x"_s},
                {u"workplace"_s, QJsonObject {{u"counter"_s, 3}}}});
        QCOMPARE(other.errorCode, u"forbidden"_s);
        QCOMPARE(count(u"SELECT count(*) FROM memo_item"_s), 0);
        // Saying nothing: the hub knows its counter.
        QVERIFY(send(kCounter, u"memo.add"_s, {{u"id"_s, u"w2"_s}, {u"text"_s, u"x"_s}}).ok());
        QCOMPARE(m_memo.lastPart->lastCaller.counterNumber, 2);
        // A kiosk works at no counter.
        const Device kiosk {u"k-1"_s, DeviceRole::Kiosk, u"Kiosk"_s};
        QCOMPARE(send(kiosk, u"memo.add"_s,
                     {{u"id"_s, u"w3"_s}, {u"text"_s, u"x"_s},
                         {u"workplace"_s, QJsonObject {{u"counter"_s, 1}}}})
                     .errorCode,
            u"forbidden"_s);
        QVERIFY(send(kiosk, u"memo.add"_s, {{u"id"_s, u"w4"_s}, {u"text"_s, u"x"_s}}).ok());
        QCOMPARE(m_memo.lastPart->lastCaller.counterNumber, 0);
    }

    void theSameRequestIdIsAnsweredOnceAlsoAfterARestart()
    {
        const QJsonObject message {{u"id"_s, u"r1"_s}, {u"text"_s, u"once"_s}};
        const HubReply first = send(kCounter, u"memo.add"_s, message);
        QVERIFY(first.ok());
        QCOMPARE(send(kCounter, u"memo.add"_s, message).body, first.body);
        openHub(); // the hub was killed and started again
        QSignalSpy events(&m_hub->modules(), &HubModules::eventPublished);
        QCOMPARE(send(kCounter, u"memo.add"_s, message).body, first.body);
        QCOMPARE(count(u"SELECT count(*) FROM memo_item"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE kind = 'memo.added'"_s), 1);
        QCOMPARE(events.size(), 0); // nothing happened again, so nothing to tell
        // Another device's "r1" is its own request.
        QVERIFY(send(kOtherCounter, u"memo.add"_s, message).ok());
        QCOMPARE(count(u"SELECT count(*) FROM memo_item"_s), 2);
        // The id again for another command: refused, not mixed up.
        QCOMPARE(send(kCounter, u"memo.probeWrite"_s, {{u"id"_s, u"r1"_s}, {u"sql"_s, u"SELECT 1"_s}})
                     .errorCode,
            u"requestIdReused"_s);
    }

    void aRefusalUndoesEverythingAndTellsNobody()
    {
        QSignalSpy events(&m_hub->modules(), &HubModules::eventPublished);
        const HubReply reply = send(kCounter, u"memo.add"_s,
            {{u"id"_s, u"r2"_s}, {u"text"_s, u"too much"_s}, {u"refuse"_s, true}});
        QCOMPARE(reply.errorCode, u"memoFull"_s);
        QCOMPARE(reply.errorText.source(), u"The memo is full."_s);
        QCOMPARE(count(u"SELECT count(*) FROM memo_item"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(events.size(), 0);
    }

    void aModulesSqlReachesOnlyItsOwnTables_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("its own table") << u"SELECT * FROM memo_item"_s << true;
        QTest::newRow("its own, by join with itself")
            << u"SELECT a.id FROM memo_item a JOIN memo_item b ON a.id = b.id"_s << true;
        QTest::newRow("the queue's tickets") << u"SELECT * FROM ticket"_s << false;
        QTest::newRow("hidden in a subquery")
            << u"SELECT * FROM memo_item WHERE id IN (SELECT 1 FROM device)"_s << false;
        QTest::newRow("the outbox") << u"DELETE FROM outbox"_s << false;
        QTest::newRow("the devices' tokens") << u"SELECT token_sha256 FROM device"_s << false;
        QTest::newRow("the hub's remembered answers")
            << u"UPDATE module_request SET reply = '{}'"_s << false;
        QTest::newRow("reference data, but around its API")
            << u"SELECT * FROM sync_reference_item"_s << false;
        QTest::newRow("the schema") << u"SELECT * FROM sqlite_master"_s << false;
        QTest::newRow("a pragma") << u"PRAGMA foreign_keys = OFF"_s << false;
        QTest::newRow("commit the hub's transaction") << u"COMMIT"_s << false;
        QTest::newRow("a table of its own making") << u"CREATE TABLE memo_x (a)"_s << false;
        QTest::newRow("another database") << u"ATTACH DATABASE '/tmp/x.db' AS x"_s << false;
    }
    void aModulesSqlReachesOnlyItsOwnTables()
    {
        QFETCH(QString, sql);
        QFETCH(bool, allowed);
        static int n = 0;
        const HubReply reply = send(kCounter, u"memo.probeWrite"_s,
            QJsonObject {{u"id"_s, QString(u"p"_s + QString::number(++n))}, {u"sql"_s, sql}});
        QVERIFY(reply.ok());
        QVERIFY2(reply.body.value(u"ran"_s).toBool() == allowed,
            qPrintable(reply.body.value(u"why"_s).toString()));
        // The hub's own tables are untouched and its transaction is still its own.
        QVERIFY(count(u"SELECT count(*) FROM device"_s) >= 0);
    }

    void aQueryReadsButCannotWrite()
    {
        QVERIFY(send(kCounter, u"memo.add"_s, {{u"id"_s, u"r3"_s}, {u"text"_s, u"a"_s}}).ok());
        const HubReply read
            = send(kCounter, u"memo.probe"_s, {{u"id"_s, u"q1"_s}, {u"sql"_s, u"SELECT * FROM memo_item"_s}});
        QCOMPARE(read.body.value(u"rows"_s).toInt(), 1);
        const HubReply write = send(kCounter, u"memo.probe"_s,
            {{u"id"_s, u"q2"_s}, {u"sql"_s, u"DELETE FROM memo_item"_s}, {u"write"_s, true}});
        QCOMPARE(write.body.value(u"ran"_s).toBool(), false);
        QCOMPARE(write.body.value(u"outbox"_s).toBool(), false);
        QCOMPARE(count(u"SELECT count(*) FROM memo_item"_s), 1);
        // Queries are not remembered: the same id reads again.
        QVERIFY(send(kCounter, u"memo.probe"_s, {{u"id"_s, u"q1"_s}, {u"sql"_s, u"SELECT 1"_s}})
                    .body.value(u"ran"_s)
                    .toBool());
    }

    void aModuleReadsTheReferenceDataTheHubKeeps()
    {
        QSqlQuery q(m_hub->database().connection());
        for (const auto &[key, name] : {std::pair {u"10"_s, u"กรุงเทพมหานคร"_s},
                 std::pair {u"1001"_s, u"พระนคร"_s}, std::pair {u"11"_s, u"สมุทรปราการ"_s}}) {
            q.prepare(u"INSERT INTO sync_reference_item (dataset, item_key, payload, generation)"
                      " VALUES ('admin-areas', ?, ?, 1)"_s);
            q.addBindValue(key);
            q.addBindValue(QString(u"{\"nameTh\":\""_s + name + u"\"}"_s));
            QVERIFY(q.exec());
        }
        const HubReply reply
            = send(kCounter, u"memo.probe"_s, {{u"id"_s, u"q3"_s}, {u"sql"_s, u"SELECT 1"_s}});
        QCOMPARE(reply.body.value(u"area"_s).toObject().value(u"nameTh"_s).toString(),
            u"กรุงเทพมหานคร"_s);
        QCOMPARE(reply.body.value(u"keys"_s).toArray(), (QJsonArray {u"10"_s, u"1001"_s}));
        QCOMPARE(reply.body.value(u"allKeys"_s).toArray(),
            (QJsonArray {u"10"_s, u"1001"_s, u"11"_s}));
    }
};

QTEST_GUILESS_MAIN(TestHubModules)
#include "tst_hubmodules.moc"
