// CardSession on the real host context: a branch database in a temporary folder, the real
// outbox, the shared DeskState the screens use. The card data is made by hand here; reading it
// off an emulated card through pcscd is tests/pcsc/tst_idcardcounter.
#include "auditkey.h"
#include "cardsession.h"

#include "card/thaiidcarddata.h"

#include <modulehost/deskstate.h>
#include <saduak/hostmodulecontext.h>
#include <storage/database.h>
#include <storage/migration.h>

#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::idcard;

namespace {

QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromUtf8(context.category) + u": "_s + message;
    if (g_previous)
        g_previous(type, context, message);
}

ThaiIdCardData card(const QString &id = u"1101700230708"_s)
{
    ThaiIdCardData c;
    c.citizenId = id;
    c.checkDigitValid = ThaiCitizenId::parse(id).has_value();
    c.thaiName = {u"นาง"_s, u"มาลี"_s, QString(), u"ศรีสุข"_s};
    c.englishName = {u"Mrs."_s, u"Malee"_s, QString(), u"Srisuk"_s};
    c.birthDate = {u"25060000"_s, QDate(), false, 2506};
    c.expiryDate = {u"25740414"_s, QDate(2031, 4, 14), false, 2574};
    c.photoJpeg = "\xFF\xD8 not really a photo \xFF\xD9"_ba;
    return c;
}

Ticket servedTicket(const QString &id, const QString &service = u"B"_s)
{
    Ticket t;
    t.id = id;
    t.number = service + u"001"_s;
    t.serviceCode = service;
    t.state = TicketState::Serving;
    return t;
}

} // namespace

class TestCardSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void publishesTheCitizenAndWritesOneAuditRow();
    void clearsWhenTheCardIsRemovedByDefault();
    void ticketDoneKeepsTheCitizenUntilTheTicketLeaves();
    void aPulledCardMidReadIsAProblemAndClears();
    void refusesToShowAReadThatCannotBeAudited();
    void logsNeverCarryTheIdOrTheName();

private:
    std::unique_ptr<CardSession> session(ClearingRule::On on, bool withKey = true);
    int auditRows(QString *payload = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<DeskState> m_desk;
    std::unique_ptr<HostModuleContext> m_context;
};

void TestCardSession::initTestCase()
{
    QLoggingCategory::setFilterRules(u"saduak.*=true"_s); // debug too: everything must be clean
    g_previous = qInstallMessageHandler(captureLog);
}

void TestCardSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const MigrationSet core = MigrationSet::core();
    Database::Options options;
    options.migrations = {&core};
    StorageError error;
    m_db = Database::open(m_dir->filePath(u"branch.sqlite"_s), options, &error);
    QVERIFY2(m_db, qPrintable(error.detail));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"s.ini"_s), QSettings::IniFormat);
    m_desk = std::make_unique<DeskState>();
    m_desk->setScreen(Workplace::Screen::Counter);
    m_desk->setCounterNumber(4);
    m_desk->setStaff(u"officer4"_s);
    ModuleInfo info;
    info.id = u"idcard"_s;
    m_context = std::make_unique<HostModuleContext>(info, *m_db, *m_settings, *m_desk);
}

void TestCardSession::cleanup()
{
    m_context.reset();
    m_desk.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<CardSession> TestCardSession::session(ClearingRule::On on, bool withKey)
{
    std::optional<AuditKey> key;
    if (withKey)
        key = AuditKey::loadOrCreate(m_dir->filePath(u"idcard-audit.key"_s));
    return std::make_unique<CardSession>(*m_context, key, ClearingRule(on));
}

int TestCardSession::auditRows(QString *payload)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(u"SELECT payload FROM outbox WHERE kind = 'idcard.read' ORDER BY seq"_s))
        return -1;
    int n = 0;
    while (q.next()) {
        ++n;
        if (payload)
            *payload = q.value(0).toString();
    }
    return n;
}

void TestCardSession::publishesTheCitizenAndWritesOneAuditRow()
{
    m_desk->setTicket(servedTicket(u"11111111-1111-4111-8111-111111111111"_s, u"B"_s));
    auto s = session(ClearingRule::On::CardRemoved);
    QSignalSpy citizenChanged(m_context.get(), &ModuleContext::citizenChanged);
    s->readStarted();
    QCOMPARE(s->state(), CardSession::State::Reading);
    s->cardRead(card());

    QCOMPARE(s->state(), CardSession::State::Shown);
    QCOMPARE(citizenChanged.count(), 1);
    const std::optional<Citizen> c = m_context->currentCitizen();
    QVERIFY(c);
    QCOMPARE(c->thaiName.full(), u"นาง มาลี ศรีสุข"_s);
    QCOMPARE(c->id->masked(), u"1-xxxx-xxxxx-70-8"_s);
    QCOMPARE(c->birthDate.beYear, 2506);
    QCOMPARE(c->birthDate.month, 0);
    QVERIFY(!c->photoJpeg.isEmpty());

    QString payload;
    QCOMPARE(auditRows(&payload), 1);
    const QJsonObject row = QJsonDocument::fromJson(payload.toUtf8()).object();
    QCOMPARE(row.value(u"purpose"_s).toString(), u"B"_s);
    QCOMPARE(row.value(u"counter"_s).toInt(), 4);
    QCOMPARE(row.value(u"staff"_s).toString(), u"officer4"_s);
    QCOMPARE(row.value(u"citizenIdHash"_s).toString().size(), 64);
    QVERIFY(!payload.contains(u"1101700230708"_s));
    QVERIFY(!payload.contains(u"มาลี"_s));
    // Nothing but the outbox row was written: the photo and the name are in no table.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM outbox"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestCardSession::clearsWhenTheCardIsRemovedByDefault()
{
    m_desk->setTicket(servedTicket(u"t1"_s));
    auto s = session(ClearingRule::On::CardRemoved);
    s->readStarted();
    s->cardRead(card());
    QVERIFY(m_context->currentCitizen());
    // The ticket finishing does not clear it: the card is still in.
    m_desk->setTicket(std::nullopt);
    QVERIFY(m_context->currentCitizen());
    s->cardRemoved();
    QVERIFY(!m_context->currentCitizen());
    QCOMPARE(s->state(), CardSession::State::Waiting);
}

void TestCardSession::ticketDoneKeepsTheCitizenUntilTheTicketLeaves()
{
    m_desk->setTicket(servedTicket(u"t1"_s));
    auto s = session(ClearingRule::On::TicketDone);
    s->readStarted();
    s->cardRead(card());
    s->cardRemoved(); // handed back to the citizen at once
    QVERIFY(m_context->currentCitizen());
    QCOMPARE(s->state(), CardSession::State::Shown);
    m_desk->setTicket(servedTicket(u"t1"_s)); // the same ticket redrawn: nothing happens
    QVERIFY(m_context->currentCitizen());
    m_desk->setTicket(std::nullopt); // done
    QVERIFY(!m_context->currentCitizen());
    QCOMPARE(s->state(), CardSession::State::Waiting);
}

void TestCardSession::aPulledCardMidReadIsAProblemAndClears()
{
    auto s = session(ClearingRule::On::CardRemoved);
    s->readStarted();
    s->cardRead(card());
    s->readStarted();
    s->readFailed(CardProblem::CardRemoved, u"GET RESPONSE: no answer"_s);
    QCOMPARE(s->state(), CardSession::State::Problem);
    QCOMPARE(s->problem(), CardProblem::CardRemoved);
    QVERIFY(!m_context->currentCitizen());
    s->cardRemoved();
    QCOMPARE(s->state(), CardSession::State::Problem); // still says why
}

void TestCardSession::refusesToShowAReadThatCannotBeAudited()
{
    auto s = session(ClearingRule::On::CardRemoved, false);
    s->readStarted();
    s->cardRead(card());
    QCOMPARE(s->state(), CardSession::State::Problem);
    QVERIFY(s->auditFailed());
    QVERIFY(!m_context->currentCitizen());
    QCOMPARE(auditRows(), 0);
}

void TestCardSession::logsNeverCarryTheIdOrTheName()
{
    g_log.clear();
    auto s = session(ClearingRule::On::CardRemoved);
    m_desk->setTicket(servedTicket(u"t1"_s));
    s->readStarted();
    s->cardRead(card());
    s->readStarted();
    s->cardRead(card(u"1509900123454"_s)); // bad check digit
    s->readFailed(CardProblem::NotThaiIdCard, u"SELECT: 6A 82"_s);
    s->cardRemoved();
    QVERIFY(g_log.size() >= 4); // the log did run
    const QString all = g_log.join(u'\n');
    for (const QString &secret : {u"1101700230708"_s, u"1-1017-00230-70-8"_s, u"1509900123454"_s,
             u"มาลี"_s, u"ศรีสุข"_s, u"Malee"_s, u"Srisuk"_s})
        QVERIFY2(!all.contains(secret), qPrintable(u"log carries "_s + secret));
}

QTEST_GUILESS_MAIN(TestCardSession)
#include "tst_cardsession.moc"
