// Which actions the counter screen offers for each counter state and ticket state.
#include <shell/counteractions.h>

#include <QTest>

using namespace saduak;

using CounterState = std::optional<Counter::State>;
using TicketStateOpt = std::optional<TicketState>;

Q_DECLARE_METATYPE(CounterState)
Q_DECLARE_METATYPE(TicketStateOpt)
Q_DECLARE_METATYPE(CounterActions)

namespace {

CounterActions actions(std::initializer_list<bool CounterActions::*> enabled)
{
    CounterActions a;
    for (bool CounterActions::*member : enabled)
        a.*member = true;
    return a;
}

} // namespace

class TestCounterActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<CounterState>("counter");
        QTest::addColumn<TicketStateOpt>("ticket");
        QTest::addColumn<CounterActions>("expected");
        using C = Counter::State;
        using T = TicketState;
        using A = CounterActions;

        QTest::newRow("queue not known yet: nothing") << CounterState() << TicketStateOpt() << A();
        QTest::newRow("closed: open only")
            << CounterState(C::Closed) << TicketStateOpt() << actions({&A::open});
        QTest::newRow("open and free: call, pause, close") << CounterState(
            C::Open) << TicketStateOpt() << actions({&A::callNext, &A::pause, &A::close});
        QTest::newRow("called: recall, start, no-show, park, transfer")
            << CounterState(C::Open) << TicketStateOpt(T::Called)
            << actions({&A::recall, &A::start, &A::noShow, &A::park, &A::transfer});
        QTest::newRow("serving: done, park, transfer") << CounterState(
            C::Open) << TicketStateOpt(T::Serving) << actions({&A::finish, &A::park, &A::transfer});
        QTest::newRow("paused: resume, close")
            << CounterState(C::Paused) << TicketStateOpt() << actions({&A::resume, &A::close});
        QTest::newRow("paused while serving: finish first, may not close")
            << CounterState(C::Paused) << TicketStateOpt(T::Serving)
            << actions({&A::resume, &A::finish, &A::park, &A::transfer});
        QTest::newRow("a finished ticket is not held: call next") << CounterState(
            C::Open) << TicketStateOpt(T::Done) << actions({&A::callNext, &A::pause, &A::close});
        QTest::newRow("a parked ticket is not held") << CounterState(
            C::Open) << TicketStateOpt(T::Parked) << actions({&A::callNext, &A::pause, &A::close});
    }

    void decide()
    {
        QFETCH(CounterState, counter);
        QFETCH(TicketStateOpt, ticket);
        QFETCH(CounterActions, expected);
        QVERIFY(CounterActions::decide(counter, ticket) == expected);
    }
};

QTEST_GUILESS_MAIN(TestCounterActions)
#include "tst_counteractions.moc"
