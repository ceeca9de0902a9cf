// CardSession on the real host context: a branch hub in this process on a database in a temporary
// folder with the idcard module's hub part, the real outbox, the shared DeskState the screens use,
// calls through the same queue link the screens use. The card data is made by hand here; reading
// it off an emulated card through pcscd is tests/gui/idcard/tst_idcardcounter.
#include "cardsession.h"
#include "idcardhubpart.h"

#include "card/thaiidcarddata.h"

#include <hub/branchhub.h>
#include <hub/hubmodules.h>
#include <hub/localqueuelink.h>
#include <modulehost/deskstate.h>
#include <saduak/hostmodulecontext.h>
#include <sdk/module.h>
#include <seatedstaff.h>
#include <storage/database.h>

#include <QFile>
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

// The idcard module as the hub sees it: its hub part only (the reader needs no pcscd here).
class HubPartOnly : public Module
{
public:
    bool initialize(ModuleContext *, QString *) override { return true; }
    std::unique_ptr<ModuleHubPart> createHubPart() override
    {
        return std::make_unique<IdCardHubPart>();
    }
};

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
    void refusesToShowAReadWhenTheHubIsUnreachable();
    void anAnswerForACardThatLeftShowsNothing();
    void logsNeverCarryTheIdOrTheName();

private:
    void openHub();
    std::unique_ptr<CardSession> session(ClearingRule::On on);
    int auditRows(QString *payload = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    HubPartOnly m_module;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<BranchHub> m_hub;
    std::unique_ptr<LocalQueueLink> m_link;
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
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"s.ini"_s), QSettings::IniFormat);
    m_desk = std::make_unique<DeskState>();
    m_desk->setScreen(Workplace::Screen::Counter);
    m_desk->setCounterNumber(4);
    m_desk->setStaff(u"officer4"_s);
}

void TestCardSession::openHub()
{
    ModuleInfo info;
    info.id = u"idcard"_s;
    BranchHub::Options options;
    options.databasePath = m_dir->filePath(u"branch.sqlite"_s);
    options.modules = {LoadedModule {info, u"idcard"_s, &m_module}};
    options.settings = m_settings.get();
    StorageError error;
    m_hub = BranchHub::open(options, &error);
    QVERIFY2(m_hub, qPrintable(error.detail));
    QCOMPARE(m_hub->modules().running(), QStringList {u"idcard"_s});
    // Officer 4 is logged in at the PC: the hub records a read only for a person logged in, and
    // names that person in the audit row (as the desk does).
    QString why;
    QVERIFY2(saduak::test::seatStaff(
                 m_hub->database(), u"pc-4"_s, StaffRole::Counter, &why, u"officer4"_s),
        qPrintable(why));
    m_link = std::make_unique<LocalQueueLink>(m_hub->commands(),
        Device {u"pc-4"_s, Device::Role::Counter, u"Counter 4 PC"_s, 4});
    m_context = std::make_unique<HostModuleContext>(info, m_link.get(), *m_settings, *m_desk);
}

void TestCardSession::cleanup()
{
    m_context.reset();
    m_link.reset();
    m_hub.reset();
    m_desk.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<CardSession> TestCardSession::session(ClearingRule::On on)
{
    if (!m_hub)
        openHub();
    return std::make_unique<CardSession>(*m_context, ClearingRule(on));
}

int TestCardSession::auditRows(QString *payload)
{
    QSqlQuery q(m_hub->database().connection());
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
    // Shown only once the hub has recorded the read.
    QCOMPARE(s->state(), CardSession::State::Reading);
    QVERIFY(!m_context->currentCitizen());
    QTRY_COMPARE(s->state(), CardSession::State::Shown);
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
    QCOMPARE(row.value(u"staff"_s).toString(), u"officer4"_s); // logged in there, as the hub knows
    QCOMPARE(row.value(u"device"_s).toString(), u"Counter 4 PC"_s); // as the hub knows the PC
    QCOMPARE(row.value(u"ticketId"_s).toString(), u"11111111-1111-4111-8111-111111111111"_s);
    QCOMPARE(row.value(u"citizenIdHash"_s).toString().size(), 64);
    QVERIFY(!payload.contains(u"1101700230708"_s));
    QVERIFY(!payload.contains(u"มาลี"_s));
    // Nothing but the outbox row was written: the photo and the name are in no table.
    QSqlQuery q(m_hub->database().connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM outbox"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestCardSession::clearsWhenTheCardIsRemovedByDefault()
{
    m_desk->setTicket(servedTicket(u"t1"_s));
    auto s = session(ClearingRule::On::CardRemoved);
    s->readStarted();
    s->cardRead(card());
    QTRY_VERIFY(m_context->currentCitizen());
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
    QTRY_COMPARE(s->state(), CardSession::State::Shown);
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
    QTRY_VERIFY(m_context->currentCitizen());
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
    // A key file of the wrong size is refused, never replaced: the hub has no key.
    QFile bad(m_dir->filePath(u"broken.key"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly) && bad.write("short") == 5);
    bad.close();
    m_settings->setValue(u"modules/idcard/auditKeyFile"_s, bad.fileName());
    auto s = session(ClearingRule::On::CardRemoved);
    s->readStarted();
    s->cardRead(card());
    QTRY_COMPARE(s->state(), CardSession::State::Problem);
    QVERIFY(s->auditFailed());
    QVERIFY(s->auditProblemText().contains(u"audit key"_s));
    QVERIFY(!m_context->currentCitizen());
    QCOMPARE(auditRows(), 0);
}

void TestCardSession::refusesToShowAReadWhenTheHubIsUnreachable()
{
    ModuleInfo info;
    info.id = u"idcard"_s;
    // A client PC whose link to the hub is down: the same context without a reachable hub.
    m_context = std::make_unique<HostModuleContext>(info, nullptr, *m_settings, *m_desk);
    CardSession s(*m_context, ClearingRule(ClearingRule::On::CardRemoved));
    s.readStarted();
    s.cardRead(card());
    QTRY_COMPARE(s.state(), CardSession::State::Problem);
    QVERIFY(s.auditFailed());
    QVERIFY2(s.auditProblemText().contains(u"cannot reach the branch hub"_s),
        qPrintable(s.auditProblemText()));
    QVERIFY(!m_context->currentCitizen());
}

void TestCardSession::anAnswerForACardThatLeftShowsNothing()
{
    auto s = session(ClearingRule::On::CardRemoved);
    s->readStarted();
    s->cardRead(card());
    s->cardRemoved(); // before the hub's answer arrived
    QCOMPARE(s->state(), CardSession::State::Problem);
    QCOMPARE(s->problem(), CardProblem::CardRemoved);
    QCOMPARE(auditRows(), 1); // the read happened, so it is audited
    QCoreApplication::processEvents(); // the hub's answer arrives now
    QCOMPARE(s->state(), CardSession::State::Problem);
    QVERIFY(!m_context->currentCitizen());
}

void TestCardSession::logsNeverCarryTheIdOrTheName()
{
    g_log.clear();
    auto s = session(ClearingRule::On::CardRemoved);
    m_desk->setTicket(servedTicket(u"t1"_s));
    s->readStarted();
    s->cardRead(card());
    QTRY_COMPARE(s->state(), CardSession::State::Shown);
    s->readStarted();
    s->cardRead(card(u"1509900123454"_s)); // bad check digit
    QTRY_COMPARE(s->state(), CardSession::State::Shown);
    QCOMPARE(auditRows(), 2);
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
