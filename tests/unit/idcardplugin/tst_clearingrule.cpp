#include "clearingrule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using saduak::Ticket;
using saduak::idcard::ClearingRule;

Q_DECLARE_METATYPE(std::optional<saduak::Ticket>)

namespace {

std::optional<Ticket> ticket(const QString &id)
{
    Ticket t;
    t.id = id;
    t.serviceCode = u"A"_s;
    t.state = saduak::TicketState::Serving;
    return t;
}

} // namespace

class TestClearingRule : public QObject
{
    Q_OBJECT

private slots:
    void readsTheSetting_data();
    void readsTheSetting();
    void ticketDoneClearsWhenTheTicketLeaves_data();
    void ticketDoneClearsWhenTheTicketLeaves();
    void cardRemovedIgnoresTickets();
};

void TestClearingRule::readsTheSetting_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("on");
    QTest::addColumn<bool>("complains");

    QTest::newRow("absent: card removed")
        << QVariant() << int(ClearingRule::On::CardRemoved) << false;
    QTest::newRow("cardRemoved") << QVariant(u"cardRemoved"_s) << int(ClearingRule::On::CardRemoved)
                                 << false;
    QTest::newRow("ticketDone") << QVariant(u"ticketDone"_s) << int(ClearingRule::On::TicketDone)
                                << false;
    QTest::newRow("case and spaces")
        << QVariant(u" TicketDone "_s) << int(ClearingRule::On::TicketDone) << false;
    QTest::newRow("unknown falls back to the stricter")
        << QVariant(u"never"_s) << int(ClearingRule::On::CardRemoved) << true;
}

void TestClearingRule::readsTheSetting()
{
    QFETCH(QVariant, value);
    QFETCH(int, on);
    QFETCH(bool, complains);
    QString why;
    const ClearingRule rule = ClearingRule::fromSetting(value, &why);
    QCOMPARE(int(rule.on()), on);
    QCOMPARE(!why.isEmpty(), complains);
    QCOMPARE(rule.clearsOnCardRemoved(), on == int(ClearingRule::On::CardRemoved));
}

void TestClearingRule::ticketDoneClearsWhenTheTicketLeaves_data()
{
    QTest::addColumn<std::optional<Ticket>>("before");
    QTest::addColumn<std::optional<Ticket>>("after");
    QTest::addColumn<bool>("clears");

    QTest::newRow("served ticket finished") << ticket(u"t1"_s) << std::optional<Ticket>() << true;
    QTest::newRow("another ticket called") << ticket(u"t1"_s) << ticket(u"t2"_s) << true;
    QTest::newRow("same ticket, called -> serving") << ticket(u"t1"_s) << ticket(u"t1"_s) << false;
    QTest::newRow("card read before the call stays for it")
        << std::optional<Ticket>() << ticket(u"t1"_s) << false;
    QTest::newRow("no ticket either side")
        << std::optional<Ticket>() << std::optional<Ticket>() << false;
}

void TestClearingRule::ticketDoneClearsWhenTheTicketLeaves()
{
    QFETCH(std::optional<Ticket>, before);
    QFETCH(std::optional<Ticket>, after);
    QFETCH(bool, clears);
    QCOMPARE(
        ClearingRule(ClearingRule::On::TicketDone).clearsOnTicketChange(before, after), clears);
}

void TestClearingRule::cardRemovedIgnoresTickets()
{
    const ClearingRule rule(ClearingRule::On::CardRemoved);
    QVERIFY(!rule.clearsOnTicketChange(ticket(u"t1"_s), std::nullopt));
    QVERIFY(rule.clearsOnCardRemoved());
}

QTEST_GUILESS_MAIN(TestClearingRule)
#include "tst_clearingrule.moc"
