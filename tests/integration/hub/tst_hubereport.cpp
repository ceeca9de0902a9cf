// The e-report from a real hub's database (issue 16, item 5): a scripted day and month of queue
// commands run by named officers on a fixed clock, then
//  - the supervisor's eReport over a real WebSocket (docs/hub-protocol.md "Reports"), refused to
//    the wrong device or person and to a malformed period;
//  - saduak-hub report's CSV, the real program run beside the live hub;
//  - the day's ereport.day row for central, written once at the rollover and once at a start
//    after a day the hub missed, never twice (not after a restart, nor once the outbox dropped
//    the row central acknowledged).
// Every expected figure is worked out below by hand from the script, not by EReport.
#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <hub/staffstore.h>
#include <queue/queuemanager.h>
#include <storage/database.h>
#include <storage/outbox.h>

#include <domain/bangkoktime.h>

#include <seatedstaff.h>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "rawpeer.h"

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

constexpr qint64 kMinute = 60'000;
const QDate kDay1(2026, 12, 7); // a Monday
const QDate kDay2(2026, 12, 9); // the next day with events (nothing on the 8th)

qint64 bangkok(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), BangkokTime::zone()).toMSecsSinceEpoch();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A row of the report as the protocol writes it, the percentiles in minutes (none: absent).
QJsonObject row(const QString &dimension, const QString &key, QList<int> counts,
    QList<std::optional<int>> percentileMinutes = {})
{
    QJsonObject o {{u"dimension"_s, dimension}, {u"key"_s, key}};
    const QStringList countKeys {u"issued"_s, u"called"_s, u"served"_s, u"noShows"_s,
        u"transfersOut"_s, u"cancelled"_s, u"withinTarget"_s};
    for (qsizetype i = 0; i < countKeys.size(); ++i)
        o.insert(countKeys.at(i), counts.at(i));
    const QStringList percentileKeys {
        u"waitP50Ms"_s, u"waitP90Ms"_s, u"serviceP50Ms"_s, u"serviceP90Ms"_s};
    for (qsizetype i = 0; i < percentileMinutes.size(); ++i) {
        if (percentileMinutes.at(i))
            o.insert(percentileKeys.at(i), qint64(*percentileMinutes.at(i)) * kMinute);
    }
    return o;
}

// A histogram by whole minute: minute -> count, zeros between, none after the last.
QJsonArray histogram(QList<std::pair<int, int>> minuteCounts)
{
    QJsonArray out;
    for (const auto &[minute, n] : minuteCounts) {
        while (out.size() <= minute)
            out.append(0);
        out[minute] = n;
    }
    return out;
}

} // namespace

class TestHubEReport : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_now = 0;
    std::unique_ptr<BranchHub> m_hub;
    int m_lastId = 0;

    QString databasePath() const { return m_dir->filePath(u"branch.sqlite"_s); }

    bool openHub()
    {
        BranchHub::Options options;
        options.databasePath = databasePath();
        options.queue.openAllDay = true;
        options.clock = [this] { return m_now; };
        StorageError error;
        m_hub = BranchHub::open(options, &error);
        if (!m_hub) {
            qWarning() << error.detail;
            return false;
        }
        return true;
    }

    QueueManager &queue() { return m_hub->queue(); }

    // One command at a Bangkok time on a day, as the officer named (empty: nobody, a kiosk).
    QString at(QDate day, int hour, int minute, const QString &officer,
        const std::function<QueueResult()> &command)
    {
        m_now = bangkok(day, hour, minute);
        const QueueManager::ActingStaff acting(queue(), officer);
        const QueueResult result = command();
        if (!result.ok()) {
            qWarning() << "scripted command refused:" << result.error.message;
            return u"refused"_s;
        }
        return result.ticket ? result.ticket->id : QString();
    }

    // Day 1, 7 Dec 2026 (A: target 15 min, counter 1 serves A; B: target 20, counter 2 A and B):
    //  T1 A: issued 08:30, called 08:40 at 1 by somchai (wait 10), started 08:42, finished 08:52
    //        (service 10)
    //  T2 A: issued 08:35, called 08:55 at 1 by somchai (wait 20), started 08:58, transferred to B
    //        09:05 (service 7 at A); B: called 09:10 at 2 by suda (wait 5: from the transfer; it
    //        goes before T3 by its arrival), started 09:11, finished 09:20 (service 9)
    //  T3 B: issued 09:00, called 09:30 at 2 by suda (wait 30), no-show 09:33
    //  T4 A: issued 10:00, called 10:05 at 1 by wichai, who has no account here (wait 5), started
    //        10:06, finished 10:30 (service 24)
    //  T6 B: issued 10:15, cancelled 10:40 by suda, never called
    bool scriptDay1()
    {
        const QString somchai = u"somchai"_s, suda = u"suda"_s, wichai = u"wichai"_s;
        QString why;
        // Accounts for two of the three officers, named "Test somchai", "Test suda".
        if (!test::seatStaff(m_hub->database(), u"pc-1"_s, StaffRole::Counter, &why, somchai)
            || !test::seatStaff(m_hub->database(), u"pc-2"_s, StaffRole::Counter, &why, suda)) {
            qWarning() << why;
            return false;
        }
        QueueManager &q = queue();
        const QStringList all {
            at(kDay1, 8, 0, somchai, [&] { return q.openCounter(1, {u"A"_s}); }),
            at(kDay1, 8, 0, suda, [&] { return q.openCounter(2, {u"A"_s, u"B"_s}); }),
        };
        const QString t1 = at(kDay1, 8, 30, {}, [&] { return q.issueTicket(u"A"_s); });
        const QString t2 = at(kDay1, 8, 35, {}, [&] { return q.issueTicket(u"A"_s); });
        QStringList steps {
            at(kDay1, 8, 40, somchai, [&] { return q.callNext(1); }),
            at(kDay1, 8, 42, somchai, [&] { return q.startService(1, t1); }),
            at(kDay1, 8, 52, somchai, [&] { return q.finishService(1, t1); }),
            at(kDay1, 8, 55, somchai, [&] { return q.callNext(1); }),
            at(kDay1, 8, 58, somchai, [&] { return q.startService(1, t2); }),
        };
        const QString t3 = at(kDay1, 9, 0, {}, [&] { return q.issueTicket(u"B"_s); });
        steps << at(kDay1, 9, 5, somchai, [&] { return q.transfer(1, t2, u"B"_s); })
              << at(kDay1, 9, 10, suda, [&] { return q.callNext(2); })
              << at(kDay1, 9, 11, suda, [&] { return q.startService(2, t2); })
              << at(kDay1, 9, 20, suda, [&] { return q.finishService(2, t2); })
              << at(kDay1, 9, 30, suda, [&] { return q.callNext(2); })
              << at(kDay1, 9, 33, suda, [&] { return q.markNoShow(2, t3); });
        const QString t4 = at(kDay1, 10, 0, {}, [&] { return q.issueTicket(u"A"_s); });
        steps << at(kDay1, 10, 5, wichai, [&] { return q.callNext(1); })
              << at(kDay1, 10, 6, wichai, [&] { return q.startService(1, t4); })
              << at(kDay1, 10, 30, wichai, [&] { return q.finishService(1, t4); });
        const QString t6 = at(kDay1, 10, 15, {}, [&] { return q.issueTicket(u"B"_s); });
        steps << at(kDay1, 10, 40, suda, [&] { return q.cancel(t6); });
        // The calls went to the tickets the comments say.
        const QStringList expectedCalls {t1, t1, t1, t2, t2, t2, t2, t2, t2, t3, t3, t4, t4, t4, t6};
        if (steps != expectedCalls || all.contains(u"refused"_s)) {
            qWarning() << "script went otherwise:" << steps << "expected" << expectedCalls;
            return false;
        }
        return true;
    }

    // Day 2, 9 Dec: U1 A issued 09:00, called 09:20 at 1 by somchai (wait 20), started 09:21,
    // finished 09:51 (service 30).
    bool scriptDay2()
    {
        QueueManager &q = queue();
        const QString u1 = at(kDay2, 9, 0, {}, [&] { return q.issueTicket(u"A"_s); });
        const QStringList steps {
            at(kDay2, 9, 20, u"somchai"_s, [&] { return q.callNext(1); }),
            at(kDay2, 9, 21, u"somchai"_s, [&] { return q.startService(1, u1); }),
            at(kDay2, 9, 51, u"somchai"_s, [&] { return q.finishService(1, u1); }),
        };
        return steps == QStringList {u1, u1, u1};
    }

    std::unique_ptr<RawPeer> join(DeviceRole role, std::optional<StaffRole> person)
    {
        const auto pairing = m_hub->devices().pair(role, u"pc"_s, role == DeviceRole::Counter ? 1 : 0);
        if (!pairing)
            return nullptr;
        QString why;
        if (person && !test::seatStaff(m_hub->database(), pairing->device.id, *person, &why)) {
            qWarning() << why;
            return nullptr;
        }
        if (!m_hub->server() && !m_hub->listen(QHostAddress::LocalHost, 0))
            return nullptr;
        auto peer = std::make_unique<RawPeer>(m_hub->server()->url());
        if (!peer->waitConnected() || !peer->hello(pairing->token))
            return nullptr;
        return peer;
    }

    QJsonObject eReport(RawPeer &peer, const QJsonValue &from, const QJsonValue &to)
    {
        const QString id = u"e"_s + QString::number(++m_lastId);
        peer.send({{u"type"_s, u"eReport"_s}, {u"id"_s, id}, {u"from"_s, from}, {u"to"_s, to}});
        return peer.answer(id);
    }

    QList<QJsonObject> ereportDayRows()
    {
        QList<QJsonObject> rows;
        QSqlQuery q(m_hub->database().connection());
        if (!q.exec(u"SELECT payload FROM outbox WHERE kind = 'ereport.day' ORDER BY seq"_s))
            return rows;
        while (q.next())
            rows << QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        return rows;
    }

    // Runs saduak-hub report on the branch file; stdout, stderr and the exit code.
    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    Run report(const QStringList &arguments)
    {
        const QString ini = m_dir->filePath(u"hub.ini"_s);
        {
            QSettings settings(ini, QSettings::IniFormat);
            settings.setValue(u"branch/thaiName"_s, u"ศูนย์ราชการสะดวก บางนา"_s);
            settings.setValue(u"branch/englishName"_s, u"GECC Bang Na"_s);
        }
        QProcess p;
        p.start(QStringLiteral(SADUAK_HUB_BINARY),
            QStringList {u"report"_s, u"--db"_s, databasePath(), u"--settings"_s, ini} + arguments);
        Run run;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return run;
        }
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

private Q_SLOTS:
    void init()
    {
        m_hub.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_now = bangkok(kDay1, 7, 0);
        QVERIFY(openHub());
    }

    void cleanup() { m_hub.reset(); }

    void aSupervisorGetsTheDaysReport()
    {
        QVERIFY(scriptDay1());
        auto supervisor = join(DeviceRole::Supervisor, StaffRole::Supervisor);
        QVERIFY(supervisor);
        const QJsonObject answer = eReport(*supervisor, u"2026-12-07"_s, u"2026-12-07"_s);
        QVERIFY2(answer.value(u"ok"_s).toBool(), qPrintable(compact(answer)));
        const QJsonObject report = answer.value(u"report"_s).toObject();
        QCOMPARE(report.value(u"from"_s).toString(), u"2026-12-07"_s);
        QCOMPARE(report.value(u"to"_s).toString(), u"2026-12-07"_s);
        QHash<QString, QJsonObject> rows;
        QStringList order;
        for (const QJsonValue &v : report.value(u"rows"_s).toArray()) {
            const QString key = v[u"dimension"_s].toString() + u':' + v[u"key"_s].toString();
            rows.insert(key, v.toObject());
            order << key;
        }
        // Every service of the catalog in its order, then counters, officers, hours.
        QCOMPARE(order.mid(0, 5),
            (QStringList {u"service:A"_s, u"service:B"_s, u"service:C"_s, u"service:D"_s,
                u"service:E"_s}));
        // A: issued T1 T2 T4; waits 10 20 5 (sorted 5 10 20: p50 the 2nd, p90 the 3rd), within
        // 15 min: 10 and 5; served T1 10, T2 7 (transferred out), T4 24 (7 10 24).
        QCOMPARE(rows.value(u"service:A"_s),
            row(u"service"_s, u"A"_s, {3, 3, 3, 0, 1, 0, 2}, {10, 20, 10, 24}));
        // B: issued T3 T6; waits T2 5, T3 30 (p50 the 1st, p90 the 2nd), within 20 min: 1;
        // served T2 9; T3 no-show, T6 cancelled.
        QCOMPARE(rows.value(u"service:B"_s),
            row(u"service"_s, u"B"_s, {2, 2, 1, 1, 0, 1, 1}, {5, 30, 9, 9}));
        QCOMPARE(rows.value(u"service:C"_s), row(u"service"_s, u"C"_s, {0, 0, 0, 0, 0, 0, 0}));
        // Counter 1: T1 10, T2 20 by somchai and T4 5 by wichai; served 10, 7, 24.
        QCOMPARE(rows.value(u"counter:1"_s),
            row(u"counter"_s, u"1"_s, {0, 3, 3, 0, 1, 0, 2}, {10, 20, 10, 24}));
        QCOMPARE(rows.value(u"counter:2"_s),
            row(u"counter"_s, u"2"_s, {0, 2, 1, 1, 0, 0, 1}, {5, 30, 9, 9}));
        // Officers: somchai called T1, T2 (one within A's 15), served 10 and 7 (a transfer);
        // suda T2 at B and T3, served 9, a no-show, T6's cancel; wichai T4.
        QCOMPARE(rows.value(u"officer:somchai"_s),
            row(u"officer"_s, u"somchai"_s, {0, 2, 2, 0, 1, 0, 1}, {10, 20, 7, 10}));
        QCOMPARE(rows.value(u"officer:suda"_s),
            row(u"officer"_s, u"suda"_s, {0, 2, 1, 1, 0, 1, 1}, {5, 30, 9, 9}));
        QCOMPARE(rows.value(u"officer:wichai"_s),
            row(u"officer"_s, u"wichai"_s, {0, 1, 1, 0, 0, 0, 1}, {5, 5, 24, 24}));
        // Hours by first call (issued by issue): 08 issued T1 T2, called T1 T2; 09 issued T3,
        // called T2@B T3; 10 issued T4 T6, called T4, T6 cancelled uncalled at 10:40.
        QCOMPARE(rows.value(u"hour:8"_s).value(u"issued"_s).toInt(), 2);
        QCOMPARE(rows.value(u"hour:9"_s).value(u"called"_s).toInt(), 2);
        QCOMPARE(rows.value(u"hour:10"_s).value(u"cancelled"_s).toInt(), 1);
        // Names from the staff table; wichai has no account: the user name again.
        QCOMPARE(answer.value(u"officers"_s).toObject(),
            (QJsonObject {{u"somchai"_s, u"Test somchai"_s}, {u"suda"_s, u"Test suda"_s},
                {u"wichai"_s, u"wichai"_s}}));
    }

    void aSupervisorGetsTheMonthsReport()
    {
        QVERIFY(scriptDay1());
        QVERIFY(scriptDay2());
        auto supervisor = join(DeviceRole::Supervisor, StaffRole::Supervisor);
        QVERIFY(supervisor);
        const QJsonObject answer = eReport(*supervisor, u"2026-12-01"_s, u"2026-12-31"_s);
        QVERIFY2(answer.value(u"ok"_s).toBool(), qPrintable(compact(answer)));
        QJsonObject a;
        for (const QJsonValue &v : answer[u"report"_s][u"rows"_s].toArray()) {
            if (v[u"dimension"_s] == u"service"_s && v[u"key"_s] == u"A"_s)
                a = v.toObject();
        }
        // A over both days: waits 10 20 5 20 (sorted 5 10 20 20: p50 the 2nd, p90 the 4th),
        // within 15: 2; served 10 7 24 30 (sorted 7 10 24 30: p50 10, p90 30).
        QCOMPARE(a, row(u"service"_s, u"A"_s, {4, 4, 4, 0, 1, 0, 2}, {10, 20, 10, 30}));
        // The 9th alone: U1 only.
        const QJsonObject day2 = eReport(*supervisor, u"2026-12-09"_s, u"2026-12-09"_s);
        QCOMPARE(day2[u"report"_s][u"rows"_s].toArray().at(0).toObject(),
            row(u"service"_s, u"A"_s, {1, 1, 1, 0, 0, 0, 0}, {20, 20, 30, 30}));
        QCOMPARE(day2.value(u"officers"_s).toObject(),
            (QJsonObject {{u"somchai"_s, u"Test somchai"_s}}));
    }

    void theReportIsTheSupervisorsAlone()
    {
        QVERIFY(scriptDay1());
        const auto codeOf = [this](std::unique_ptr<RawPeer> peer) {
            return peer ? eReport(*peer, u"2026-12-07"_s, u"2026-12-07"_s).value(u"code"_s).toString()
                        : u"not joined"_s;
        };
        QCOMPARE(codeOf(join(DeviceRole::Counter, StaffRole::Counter)), u"forbidden"_s);
        QCOMPARE(codeOf(join(DeviceRole::Counter, StaffRole::Admin)), u"forbidden"_s);
        QCOMPARE(codeOf(join(DeviceRole::Supervisor, StaffRole::Counter)), u"forbidden"_s);
        QCOMPARE(codeOf(join(DeviceRole::Supervisor, std::nullopt)), u"notLoggedIn"_s);
        QCOMPARE(codeOf(join(DeviceRole::Kiosk, std::nullopt)), u"forbidden"_s);
        QCOMPARE(codeOf(join(DeviceRole::Supervisor, StaffRole::Admin)), QString()); // answered
    }

    void aPeriodThatIsNoneIsRefused_data()
    {
        QTest::addColumn<QJsonValue>("from");
        QTest::addColumn<QJsonValue>("to");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("argument"); // the refusal's first argument
        QTest::newRow("31 days") << QJsonValue(u"2026-12-01"_s) << QJsonValue(u"2026-12-31"_s)
                                 << QString() << QString();
        QTest::newRow("32 days") << QJsonValue(u"2026-12-01"_s) << QJsonValue(u"2027-01-01"_s)
                                 << u"invalidArgument"_s << u"2026-12-01"_s;
        QTest::newRow("to before from") << QJsonValue(u"2026-12-07"_s)
                                        << QJsonValue(u"2026-12-06"_s) << u"invalidArgument"_s
                                        << u"2026-12-07"_s;
        QTest::newRow("no leading zero") << QJsonValue(u"2026-12-7"_s)
                                         << QJsonValue(u"2026-12-07"_s) << u"badRequest"_s
                                         << u"from"_s;
        QTest::newRow("no such day") << QJsonValue(u"2026-12-07"_s) << QJsonValue(u"2026-02-30"_s)
                                     << u"badRequest"_s << u"to"_s;
        QTest::newRow("a time") << QJsonValue(u"2026-12-07T08:00"_s) << QJsonValue(u"2026-12-07"_s)
                                << u"badRequest"_s << u"from"_s;
        QTest::newRow("a number") << QJsonValue(20261207) << QJsonValue(u"2026-12-07"_s)
                                  << u"badRequest"_s << u"from"_s;
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined)
                                 << QJsonValue(u"2026-12-07"_s) << u"badRequest"_s << u"from"_s;
    }

    void aPeriodThatIsNoneIsRefused()
    {
        QFETCH(QJsonValue, from);
        QFETCH(QJsonValue, to);
        QFETCH(QString, code);
        QFETCH(QString, argument);
        auto supervisor = join(DeviceRole::Supervisor, StaffRole::Supervisor);
        QVERIFY(supervisor);
        const QJsonObject answer = eReport(*supervisor, from, to);
        QCOMPARE(answer.value(u"code"_s).toString(), code);
        QCOMPARE(answer.value(u"ok"_s).toBool(), code.isEmpty());
        if (!code.isEmpty()) {
            QCOMPARE(answer[u"text"_s][u"args"_s][0].toString(), argument);
            QVERIFY(!answer.value(u"message"_s).toString().isEmpty());
        }
    }

    // docs/hub-protocol.md "The e-report: `eReport`": its lines sent to a hub with the day it
    // tells of, each answer what the document says ("message", translated, aside).
    void theDocumentsExampleIsWhatTheHubAnswers()
    {
        QString why;
        QCOMPARE(StaffStore(m_hub->database())
                     .add(u"somchai"_s, u"สมชาย ใจดี"_s, StaffRole::Counter,
                         "somchai's long password", m_now, {u"tester"_s, u"test"_s}, &why),
            StaffStore::Change::Done);
        QueueManager &q = queue();
        QVERIFY(at(kDay1, 8, 0, u"somchai"_s, [&] { return q.openCounter(1, {u"A"_s}); }) != u"refused"_s);
        const QString a001 = at(kDay1, 8, 30, {}, [&] { return q.issueTicket(u"A"_s); });
        QCOMPARE(at(kDay1, 8, 40, u"somchai"_s, [&] { return q.callNext(1); }), a001);
        QCOMPARE(at(kDay1, 8, 42, u"somchai"_s, [&] { return q.startService(1, a001); }), a001);
        QCOMPARE(at(kDay1, 8, 52, u"somchai"_s, [&] { return q.finishService(1, a001); }), a001);

        QFile doc(QStringLiteral(SADUAK_PROTOCOL_DOC));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype start = text.indexOf(u"### The e-report: `eReport`"_s);
        QVERIFY(start > 0);
        const QStringList lines = text.mid(start, text.indexOf(u"\n### "_s, start + 1) - start)
                                      .split(u'\n');
        auto supervisor = join(DeviceRole::Supervisor, StaffRole::Supervisor);
        QVERIFY(supervisor);
        int replayed = 0;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (!lines.at(i).startsWith(u"→ "_s))
                continue;
            const QJsonObject sent = QJsonDocument::fromJson(lines.at(i).mid(2).toUtf8()).object();
            QVERIFY2(lines.at(i + 1).startsWith(u"← "_s), qPrintable(lines.at(i)));
            const QJsonObject expected
                = QJsonDocument::fromJson(lines.at(i + 1).mid(2).toUtf8()).object();
            QVERIFY2(!sent.isEmpty() && !expected.isEmpty(), qPrintable(lines.at(i)));
            supervisor->send(sent);
            QJsonObject answer = supervisor->answer(sent.value(u"id"_s).toString());
            if (expected.value(u"message"_s) == u"…"_s && answer.contains(u"message"_s))
                answer.insert(u"message"_s, u"…"_s);
            QCOMPARE(compact(answer), compact(expected));
            ++replayed;
        }
        QCOMPARE(replayed, 2);
    }

    void theCommandLineWritesTheDaysCsvBesideTheLiveHub()
    {
        QVERIFY(scriptDay1());
        const Run english = report({u"--day"_s, u"2026-12-07"_s, u"--language"_s, u"en"_s});
        QCOMPARE(english.exitCode, 0);
        QVERIFY(english.out.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(english.out.mid(3)).split(u"\r\n"_s);
        QHash<QString, QStringList> byItem;
        for (const QString &line : lines) {
            const QStringList cells = line.split(u','); // nothing here holds a comma
            if (cells.size() > 3)
                byItem.insert(cells.at(2) + u':' + cells.at(3), cells);
        }
        // Center, period, dimension, item, name, issued, called, served, no-shows, transfers
        // out, cancelled, wait p50, p90, service p50, p90 (minutes), within target (%): the
        // figures of aSupervisorGetsTheDaysReport; A within 2 of 3 = 66.7 %, B 1 of 2 = 50.0 %.
        QCOMPARE(byItem.value(u"Service:A"_s),
            (QStringList {u"GECC Bang Na"_s, u"7 Dec 2026"_s, u"Service"_s, u"A"_s, u"ID card"_s,
                u"3"_s, u"3"_s, u"3"_s, u"0"_s, u"1"_s, u"0"_s, u"10.0"_s, u"20.0"_s, u"10.0"_s,
                u"24.0"_s, u"66.7"_s}));
        QCOMPARE(byItem.value(u"Service:B"_s).mid(5),
            (QStringList {u"2"_s, u"2"_s, u"1"_s, u"1"_s, u"0"_s, u"1"_s, u"5.0"_s, u"30.0"_s,
                u"9.0"_s, u"9.0"_s, u"50.0"_s}));
        QCOMPARE(byItem.value(u"Officer:wichai"_s).mid(5, 3),
            (QStringList {u"0"_s, u"1"_s, u"1"_s}));

        // In Thai to a file: the Thai name of the center and the period in Buddhist-Era years.
        const QString csv = m_dir->filePath(u"ธันวาคม.csv"_s);
        const Run thai = report({u"--month"_s, u"2026-12"_s, u"--csv"_s, csv});
        QCOMPARE(thai.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList second = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s).value(1).split(u',');
        QCOMPARE(second.mid(0, 2),
            (QStringList {u"ศูนย์ราชการสะดวก บางนา"_s, u"1 ธ.ค. 2569 - 31 ธ.ค. 2569"_s}));
        QVERIFY(QString::fromUtf8(thai.out).contains(csv));
    }

    void theCommandLineRefusesAPeriodThatIsNone_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("neither") << QStringList() << u"--day YYYY-MM-DD or --month YYYY-MM"_s;
        QTest::newRow("both") << QStringList {u"--day"_s, u"2026-12-07"_s, u"--month"_s, u"2026-12"_s}
                              << u"one of them"_s;
        QTest::newRow("a day without zeros") << QStringList {u"--day"_s, u"2026-12-7"_s}
                                             << u"\"2026-12-7\" is not a day"_s;
        QTest::newRow("month 13") << QStringList {u"--month"_s, u"2026-13"_s}
                                  << u"\"2026-13\" is not a month"_s;
        QTest::newRow("a Buddhist-Era year") << QStringList {u"--month"_s, u"2569-12"_s}
                                             << u"2569 is a Buddhist-Era year"_s;
    }

    void theCommandLineRefusesAPeriodThatIsNone()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run run = report(arguments << u"--language"_s << u"en"_s);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void theRolloverWritesTheDayForCentralOnce()
    {
        QVERIFY(scriptDay1());
        QVERIFY(ereportDayRows().isEmpty()); // the day is not over
        // 04:00 in Bangkok on the 8th ends the 7th (queue/rolloverHour 4).
        m_now = bangkok(kDay1.addDays(1), 4, 0);
        queue().rollOverIfDue();
        QTRY_COMPARE(ereportDayRows().size(), qsizetype(1));
        const QJsonObject payload = ereportDayRows().first();
        const QJsonArray services = payload.value(u"services"_s).toArray();
        QCOMPARE(payload.value(u"version"_s).toInt(), 1);
        QCOMPARE(payload.value(u"businessDay"_s).toString(), u"2026-12-07"_s);
        QCOMPARE(payload.value(u"madeAt"_s).toInteger(), m_now);
        QCOMPARE(services.size(), qsizetype(5));
        // A: waits 10, 20, 5 minutes; service times 10, 7, 24.
        QCOMPARE(services.at(0).toObject(),
            (QJsonObject {{u"serviceCode"_s, u"A"_s}, {u"thaiName"_s, u"บัตรประจำตัวประชาชน"_s},
                {u"englishName"_s, u"ID card"_s}, {u"targetWaitMinutes"_s, 15}, {u"issued"_s, 3},
                {u"called"_s, 3}, {u"served"_s, 3}, {u"noShows"_s, 0}, {u"transfersOut"_s, 1},
                {u"cancelled"_s, 0}, {u"withinTarget"_s, 2},
                {u"waitMinutes"_s, histogram({{5, 1}, {10, 1}, {20, 1}})},
                {u"serviceMinutes"_s, histogram({{7, 1}, {10, 1}, {24, 1}})}}));
        // B: waits 5 and 30, service 9.
        QCOMPARE(services.at(1)[u"waitMinutes"_s].toArray(), histogram({{5, 1}, {30, 1}}));
        QCOMPARE(services.at(1)[u"serviceMinutes"_s].toArray(), histogram({{9, 1}}));
        QCOMPARE(services.at(2)[u"waitMinutes"_s].toArray(), QJsonArray());
        // No one's name leaves the branch in it.
        const QByteArray text = QJsonDocument(payload).toJson();
        QVERIFY(!text.contains("somchai") && !text.contains("suda") && !text.contains("wichai"));

        // The rest of the 8th, the rollover checked again, a restart: still one row.
        m_now = bangkok(kDay1.addDays(1), 9, 0);
        queue().rollOverIfDue();
        QVERIFY(!at(kDay1.addDays(1), 9, 0, {}, [&] { return queue().issueTicket(u"A"_s); })
                     .isEmpty());
        m_hub.reset();
        QVERIFY(openHub());
        QTest::qWait(0); // let anything queued run
        QCoreApplication::processEvents();
        QCOMPARE(ereportDayRows().size(), qsizetype(1));
    }

    void aDayTheHubMissedIsWrittenAtStartOnce()
    {
        QVERIFY(scriptDay1());
        m_hub.reset();
        // The hub was off from the evening of the 7th to the 9th.
        m_now = bangkok(kDay2, 8, 0);
        QVERIFY(openHub());
        QList<QJsonObject> rows = ereportDayRows();
        QCOMPARE(rows.size(), qsizetype(1));
        QCOMPARE(rows.first().value(u"businessDay"_s).toString(), u"2026-12-07"_s);
        QCOMPARE(rows.first().value(u"madeAt"_s).toInteger(), m_now);
        QCOMPARE(rows.first()[u"services"_s][1][u"noShows"_s].toInt(), 1);

        // The day of the 9th rolls over (day.rolledOver): nothing new, the 7th is sent.
        QVERIFY(scriptDay2());
        QCoreApplication::processEvents();
        QCOMPARE(ereportDayRows().size(), qsizetype(1));

        // Central acknowledged the row and the hub dropped it after central/keepSentDays: the
        // 7th is still not written again at the next start.
        QSqlQuery q(m_hub->database().connection());
        QVERIFY(q.exec(u"UPDATE outbox SET acked_at_ms = 1 WHERE kind = 'ereport.day'"_s));
        QCOMPARE(Outbox::pruneAcknowledged(m_hub->database(), 2, 1000), 1);
        QVERIFY(ereportDayRows().isEmpty());
        m_hub.reset();
        m_now = bangkok(kDay2.addDays(1), 8, 0);
        QVERIFY(openHub());
        // The 9th, over now, is; the 7th is not.
        rows = ereportDayRows();
        QCOMPARE(rows.size(), qsizetype(1));
        QCOMPARE(rows.first().value(u"businessDay"_s).toString(), u"2026-12-09"_s);
    }
};

QTEST_GUILESS_MAIN(TestHubEReport)
#include "tst_hubereport.moc"
