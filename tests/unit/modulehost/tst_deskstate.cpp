#include "modulehost/deskstate.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using saduak::Citizen;
using saduak::DeskState;
using saduak::Ticket;
using saduak::TicketState;

namespace {

Ticket ticket(const QString &id, TicketState state)
{
    Ticket t;
    t.id = id;
    t.serviceCode = u"A"_s;
    t.state = state;
    return t;
}

} // namespace

class TestDeskState : public QObject
{
    Q_OBJECT

private slots:
    void ticketChangedOnlyForAnotherTicketOrState();
    void citizenIsSharedUntilCleared();
    void languageChangedOnlyOnASwitch();
};

void TestDeskState::ticketChangedOnlyForAnotherTicketOrState()
{
    DeskState desk;
    QSignalSpy changed(&desk, &DeskState::ticketChanged);
    desk.setTicket(ticket(u"t1"_s, TicketState::Called));
    QCOMPARE(changed.count(), 1);
    // Every snapshot redraws the counter: a recall or a new call time is not a new ticket.
    Ticket recalled = ticket(u"t1"_s, TicketState::Called);
    recalled.recallCount = 1;
    recalled.calledAtMs = 1234;
    desk.setTicket(recalled);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(desk.ticket()->recallCount, 1); // still kept up to date
    desk.setTicket(ticket(u"t1"_s, TicketState::Serving));
    QCOMPARE(changed.count(), 2);
    desk.setTicket(std::nullopt);
    QCOMPARE(changed.count(), 3);
    desk.setTicket(std::nullopt);
    QCOMPARE(changed.count(), 3);
}

void TestDeskState::citizenIsSharedUntilCleared()
{
    DeskState desk;
    QSignalSpy changed(&desk, &DeskState::citizenChanged);
    desk.clearCitizen(); // nothing to clear: no signal
    QCOMPARE(changed.count(), 0);
    Citizen c;
    c.thaiName.first = u"มาลี"_s;
    desk.setCitizen(c);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(desk.citizen()->thaiName.first, u"มาลี"_s);
    desk.setCitizen(c); // the same card read again is a new read
    QCOMPARE(changed.count(), 2);
    desk.clearCitizen();
    QCOMPARE(changed.count(), 3);
    QVERIFY(!desk.citizen());
}

void TestDeskState::languageChangedOnlyOnASwitch()
{
    DeskState desk;
    QSignalSpy changed(&desk, &DeskState::languageChanged);
    desk.setLanguage(saduak::Language::Thai);
    QCOMPARE(changed.count(), 0);
    desk.setLanguage(saduak::Language::English);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(desk.language(), saduak::Language::English);
}

QTEST_GUILESS_MAIN(TestDeskState)
#include "tst_deskstate.moc"
