// A branch's day reaches central as its e-report (issue 16, item 5; docs/central-api.md, kind
// ereport.day): a real hub on a fixed clock serves one ticket on 7 December 2026, rolls over to
// the 8th, and its sync client pushes the day's row to a real saduak-central, which acknowledges
// it and keeps the day's figures per service for the area e-report.
#include "../central/centralprocess.h"

#include <hub/branchhub.h>
#include <queue/queuemanager.h>

#include <domain/bangkoktime.h>

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

qint64 bangkok(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), BangkokTime::zone()).toMSecsSinceEpoch();
}

} // namespace

class TestEReportCentral : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    qint64 m_now = 0;

    // What central keeps of the branch's days: business day, madeAt, and service A's figures.
    QStringList centralDays(QString *why)
    {
        QStringList rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"central-read"_s);
            db.setDatabaseName(m_dir.filePath(u"central.sqlite"_s));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (!db.open()) {
                *why = db.lastError().text();
            } else {
                QSqlQuery q(db);
                if (!q.exec(u"SELECT d.business_day, d.made_at_ms, s.issued, s.called, s.served, "
                            "s.within_target, s.wait_minutes, s.service_minutes "
                            "FROM ereport_day d JOIN ereport_day_service s "
                            "ON s.branch_id = d.branch_id AND s.business_day = d.business_day "
                            "WHERE s.service_code = 'A'"_s))
                    *why = q.lastError().text();
                while (q.next()) {
                    QStringList cells;
                    for (int i = 0; i < 8; ++i)
                        cells << q.value(i).toString();
                    rows << cells.join(u" | "_s);
                }
            }
        }
        QSqlDatabase::removeDatabase(u"central-read"_s);
        return rows;
    }

    bool acknowledged(BranchHub &hub)
    {
        QSqlQuery q(hub.database().connection());
        return q.exec(u"SELECT count(*) FROM outbox WHERE kind = 'ereport.day' "
                      "AND acked_at_ms IS NOT NULL"_s)
            && q.next() && q.value(0).toInt() == 1;
    }

private Q_SLOTS:
    void theDaysReportReachesCentral()
    {
        QVERIFY(m_dir.isValid());
        CentralProcess central(m_dir.filePath(u"central.sqlite"_s));
        const QString token = central.enrol(u"B001"_s, u"Central World"_s);
        QVERIFY(!token.isEmpty());
        QVERIFY(central.start() != 0);

        const QDate day(2026, 12, 7);
        m_now = bangkok(day, 8, 0);
        BranchHub::Options options;
        options.databasePath = m_dir.filePath(u"branch.sqlite"_s);
        options.queue.openAllDay = true;
        options.clock = [this] { return m_now; };
        StorageError error;
        auto hub = BranchHub::open(options, &error);
        QVERIFY2(hub, qPrintable(error.detail));
        SyncClient::Options sync;
        sync.centralUrl = central.url();
        sync.token = token;
        sync.minBackoffMs = 10;
        sync.maxBackoffMs = 100;
        hub->startSync(sync);

        // A001: issued 08:30, called at counter 1 at 08:42 (wait 12), served 08:43 to 08:50 (7).
        QueueManager &queue = hub->queue();
        QVERIFY(queue.openCounter(1, {u"A"_s}).ok());
        m_now = bangkok(day, 8, 30);
        const QueueResult issued = queue.issueTicket(u"A"_s);
        QVERIFY(issued.ok() && issued.ticket);
        const QString id = issued.ticket->id;
        m_now = bangkok(day, 8, 42);
        QVERIFY(queue.callNext(1).ok());
        m_now = bangkok(day, 8, 43);
        QVERIFY(queue.startService(1, id).ok());
        m_now = bangkok(day, 8, 50);
        QVERIFY(queue.finishService(1, id).ok());

        // 04:00 on the 8th: the 7th is over.
        m_now = bangkok(day.addDays(1), 4, 0);
        queue.rollOverIfDue();
        const bool acked = QTest::qWaitFor([&] { return acknowledged(*hub); }, 20000);
        if (!acked)
            qWarning().noquote() << central.standardError(); // central's log says why
        QVERIFY(acked);

        // Central keeps it: A issued 1, called 1, served 1, within its 15 minutes; 1 wait of 12
        // minutes, 1 service of 7.
        QString why;
        const QStringList days = centralDays(&why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(days,
            QStringList {u"2026-12-07 | %1 | 1 | 1 | 1 | 1 | 0,0,0,0,0,0,0,0,0,0,0,0,1 | "
                         "0,0,0,0,0,0,0,1"_s.arg(m_now)});
    }
};

QTEST_GUILESS_MAIN(TestEReportCentral)
#include "tst_ereportcentral.moc"
