// QueueManager's group commit (beginBatch / commitBatch), as the hub uses it: commands share one
// transaction, yet each answers exactly as it would alone, and nothing is announced before the
// commit.
#include "queuetestsupport.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

using Code = QueueError::Code;

class TestGroupCommit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusalInABatchTakesNothingOfTheOthers()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        const int eventsBefore = branch.count(u"event"_s);
        QSignalSpy recorded(&q, &QueueManager::eventRecorded);

        QVERIFY(q.beginBatch());
        QVERIFY(q.inBatch());
        TicketIssueOptions atCounter;
        atCounter.counterNumber = 1;
        const QueueResult first = q.issueTicket(u"A"_s, atCounter, u"r1"_s);
        QVERIFY(first.ok());
        // Not called yet: refused, as it would be alone.
        const QueueResult refused = q.startService(1, first.ticket->id, u"r2"_s);
        QCOMPARE(refused.error.code, Code::IllegalTransition);
        const QueueResult called = q.callNext(1, u"r3"_s);
        QVERIFY(called.ok());
        QCOMPARE(called.ticket->id, first.ticket->id); // sees the batch's own ticket
        QCOMPARE(recorded.count(), 0); // nothing announced before the commit
        QVERIFY(q.commitBatch());
        QVERIFY(!q.inBatch());

        QCOMPARE(recorded.count(), 2);
        QVERIFY(recorded.at(0).at(0).value<QueueEvent>().type == QueueEvent::TicketIssued);
        QVERIFY(recorded.at(1).at(0).value<QueueEvent>().type == QueueEvent::TicketCalled);
        QCOMPARE(branch.count(u"event"_s), eventsBefore + 2);
        QCOMPARE(q.ticket(first.ticket->id)->state, TicketState::Called);
        // Every answer of the batch is remembered, the refusal too.
        QCOMPARE(q.startService(1, first.ticket->id, u"r2"_s).error.code, Code::IllegalTransition);
        QCOMPARE(q.issueTicket(u"A"_s, atCounter, u"r1"_s).ticket->id, first.ticket->id);
        QCOMPARE(branch.count(u"ticket"_s), 1);
    }

    void batchKeepsOneTransactionAndNoNesting()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        QVERIFY(q.beginBatch());
        QString why;
        QVERIFY(!q.beginBatch(&why));
        QVERIFY(!why.isEmpty());
        QVERIFY(q.commitBatch());
        QVERIFY(!q.commitBatch(&why));
        QVERIFY(!why.isEmpty());
    }

    void batchNotCommittedLeavesNothing()
    {
        Branch branch;
        {
            QueueManager &q = branch.queue();
            QSignalSpy recorded(&q, &QueueManager::eventRecorded);
            QVERIFY(q.beginBatch());
            TicketIssueOptions atCounter;
            atCounter.counterNumber = 1;
            QVERIFY(q.issueTicket(u"A"_s, atCounter).ok());
            QCOMPARE(recorded.count(), 0);
            branch.reopen(); // the hub stopped before the commit
        }
        QCOMPARE(branch.count(u"ticket"_s), 0);
        QCOMPARE(branch.count(u"event"_s), 0);
        QCOMPARE(branch.count(u"outbox"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestGroupCommit)
#include "tst_groupcommit.moc"
