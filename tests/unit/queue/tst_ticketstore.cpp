// TicketStore's reads that callNext relies on: waitingHeads() gives CallOrder the first ticket of
// each (service, class) queue only, and must lead to the very ticket the whole queue would.
#include "queuetestsupport.h"

#include <queue/callorder.h>
#include <queue/ticketstore.h>

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

const QStringList allServices {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s};

QStringList idsOf(const QList<Ticket> &tickets)
{
    QStringList ids;
    for (const Ticket &t : tickets)
        ids.append(t.number);
    return ids;
}

QHash<QString, int> targetsOf(Database &db)
{
    QHash<QString, int> targets;
    for (const Service &s : CatalogStore(db).services())
        targets.insert(s.code, s.targetWaitMinutes);
    return targets;
}

} // namespace

class TestTicketStore : public QObject
{
    Q_OBJECT

    // Issued by staff at counter 1, so the services' opening hours never refuse one.
    static Ticket issue(Branch &branch, const QString &service, PriorityClass priority)
    {
        TicketIssueOptions options;
        options.priority = priority;
        options.counterNumber = 1;
        const QueueResult r = branch.queue().issueTicket(service, options);
        if (!r.ok() || !r.ticket)
            qFatal("issue refused: %s", qPrintable(r.error.message + r.error.detail));
        return *r.ticket;
    }

private Q_SLOTS:
    void headsAreTheFirstOfEachServiceAndClassInArrivalOrder()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        QVERIFY(q.openCounter(1, {u"A"_s, u"B"_s}).ok());
        issue(branch, u"A"_s, PriorityClass::Normal); // A001: first normal of A
        branch.advanceMinutes(1);
        issue(branch, u"A"_s, PriorityClass::Normal); // A002: behind A001
        branch.advanceMinutes(1);
        const Ticket a3 = issue(branch, u"A"_s, PriorityClass::Elderly); // first elderly of A
        branch.advanceMinutes(1);
        issue(branch, u"A"_s, PriorityClass::Elderly); // A004: behind A003
        branch.advanceMinutes(1);
        issue(branch, u"B"_s, PriorityClass::Normal); // B001
        issue(branch, u"C"_s, PriorityClass::Normal); // C001: not asked for

        TicketStore store(branch.db());
        const QString day = q.currentBusinessDay();
        bool ok = false;
        QCOMPARE(idsOf(store.waitingHeads({u"A"_s, u"B"_s}, day, &ok)),
            (QStringList {u"A001"_s, u"A003"_s, u"B001"_s}));
        QVERIFY(ok);

        // A003 is called first (elderly) and sent on to B: it waits there with its first
        // arrival, so it heads B's elderly queue, and A004 becomes the head of A's.
        QCOMPARE(q.callNext(1).ticket->id, a3.id);
        QVERIFY(q.transfer(1, a3.id, u"B"_s).ok());
        QCOMPARE(idsOf(store.waitingHeads({u"A"_s, u"B"_s}, day)),
            (QStringList {u"A001"_s, u"A003"_s, u"A004"_s, u"B001"_s}));
        QCOMPARE(idsOf(store.waitingHeads({u"B"_s}, day)), (QStringList {u"A003"_s, u"B001"_s}));
        QCOMPARE(idsOf(store.waitingHeads({}, day)), QStringList());
        QCOMPARE(idsOf(store.waitingHeads({u"A"_s}, u"2026-11-24"_s)), QStringList());
    }

    // A morning of random issues, calls, transfers and priority changes; after every step the
    // heads lead CallOrder to the same ticket as the whole waiting queue, for every profile,
    // ratio count, set of services and moment (also when tickets are overdue).
    void headsLeadToTheSameCallAsTheWholeQueue()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        QVERIFY(q.openCounter(1, allServices).ok());
        TicketStore store(branch.db());
        const CallOrder order(targetsOf(branch.db()));
        const QString day = q.currentBusinessDay();
        QRandomGenerator random(4); // the same morning every run
        const PriorityClass classes[] = {PriorityClass::Appointment, PriorityClass::Elderly,
            PriorityClass::DisabledOrPregnant, PriorityClass::Normal};
        const QList<QStringList> serviceSets {
            allServices, {u"A"_s}, {u"B"_s, u"C"_s}, {u"A"_s, u"D"_s, u"E"_s}};
        CallProfile ratio;
        ratio.mode = CallProfile::Mode::Ratio;
        ratio.normalCallsPerPriority = 2;
        const QList<CallProfile> profiles {CallProfile {}, ratio};
        int compared = 0, withTicket = 0;

        for (int step = 0; step < 250; ++step) {
            branch.advance(qint64(random.bounded(90)) * secondMs);
            const int action = int(random.bounded(100));
            if (action < 55) {
                // Mostly normal tickets, as at a real branch.
                const PriorityClass priority
                    = random.bounded(3) == 0 ? classes[random.bounded(4)] : PriorityClass::Normal;
                issue(branch, allServices.at(random.bounded(5)), priority);
            } else if (action < 85) {
                const QueueResult called = q.callNext(1);
                if (called.ok()) {
                    const QString id = called.ticket->id;
                    if (action < 70) {
                        QString to = allServices.at(random.bounded(5));
                        if (to == called.ticket->serviceCode)
                            to = to == u"A"_s ? u"B"_s : u"A"_s;
                        QVERIFY(q.transfer(1, id, to).ok());
                    } else {
                        QVERIFY(q.startService(1, id).ok());
                        QVERIFY(q.finishService(1, id).ok());
                    }
                }
            } else {
                const QList<Ticket> all = store.waiting(allServices, day);
                if (!all.isEmpty()) {
                    const Ticket &t = all.at(random.bounded(int(all.size())));
                    QVERIFY(q.changePriority(t.id, classes[random.bounded(4)]).ok());
                }
            }

            for (const QStringList &services : serviceSets) {
                bool okAll = false, okHeads = false;
                const QList<Ticket> all = store.waiting(services, day, &okAll);
                const QList<Ticket> heads = store.waitingHeads(services, day, &okHeads);
                QVERIFY(okAll && okHeads);
                for (const qint64 later : {qint64(0), 35 * minuteMs, 3 * hourMs}) {
                    const qint64 at = branch.now() + later;
                    for (const CallProfile &profile : profiles) {
                        for (int count = 0; count <= 3; ++count) {
                            const auto fromAll = order.next(all, profile, count, at);
                            const auto fromHeads = order.next(heads, profile, count, at);
                            QCOMPARE(fromHeads.has_value(), fromAll.has_value());
                            ++compared;
                            if (!fromAll)
                                continue;
                            ++withTicket;
                            QCOMPARE(heads.at(fromHeads->index).id, all.at(fromAll->index).id);
                            QCOMPARE(fromHeads->reason, fromAll->reason);
                        }
                    }
                }
            }
        }
        // The morning really had queues to choose from.
        QVERIFY(withTicket > compared / 2);
    }
};

QTEST_GUILESS_MAIN(TestTicketStore)
#include "tst_ticketstore.moc"
