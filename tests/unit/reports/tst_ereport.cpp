#include <reports/ereport.h>
#include <reports/ereportcsv.h>
#include <reports/ereportday.h>

#include "reportscript.h"

#include <domain/bangkoktime.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::reporttest;

namespace {

qint64 minutes(double m)
{
    return qint64(m * minuteMs);
}

const QDate day1(2026, 12, 7);
const QDate day2(2026, 12, 8);
const QDate day3(2026, 12, 10);

// One day at a branch with services A (target 15 min) and B (target 10 min), counter 1 (officer
// somchai) and counter 2 (suda, then wichai for one ticket), 08:00-11:00 Bangkok time:
//  T1 A: issued 08:30, called 08:40 at 1 (wait 10), started 08:42, finished 08:52 (service 10)
//  T2 A: issued 08:35, called 08:55 at 1 (wait 20), recalled 08:56, started 08:58, transferred
//        to B 09:05 at 1 (service 7 at A); B: called 09:10 at 2 (wait 5), started 09:11,
//        finished 09:20 (service 9)
//  T3 B: issued 09:00, called 09:30 at 2 (wait 30), no-show 09:33
//  T4 A: issued 09:20, called 10:05 at 1 (wait 45), started 10:06, finished 10:30 (service 24)
//  T5 A: issued 10:10, called 10:20 at 2 by wichai (wait 10), started 10:21, finished 10:25 (4)
//  T6 B: issued 10:15, cancelled 10:40 uncalled
//  T7 B: issued 10:50, still waiting at the end of the day
QList<QueueEvent> scriptedDay()
{
    Script s;
    const QString A = u"A"_s, B = u"B"_s, somchai = u"somchai"_s, suda = u"suda"_s,
                  wichai = u"wichai"_s;
    QueueEvent opened;
    opened.seq = 1;
    opened.type = QueueEvent::CounterOpened.toString();
    opened.atMs = bangkok(day1, 8, 0);
    opened.businessDay = day1.toString(Qt::ISODate);
    opened.counterNumber = 1;
    s.events.append(opened);
    s.add(QueueEvent::TicketIssued, day1, 8, 30, u"T1"_s, A);
    s.add(QueueEvent::TicketIssued, day1, 8, 35, u"T2"_s, A);
    s.add(QueueEvent::TicketCalled, day1, 8, 40, u"T1"_s, A, 1, somchai);
    s.add(QueueEvent::TicketStarted, day1, 8, 42, u"T1"_s, A, 1, somchai);
    s.add(QueueEvent::TicketFinished, day1, 8, 52, u"T1"_s, A, 1, somchai);
    s.add(QueueEvent::TicketCalled, day1, 8, 55, u"T2"_s, A, 1, somchai);
    s.add(QueueEvent::TicketRecalled, day1, 8, 56, u"T2"_s, A, 1, somchai);
    s.add(QueueEvent::TicketStarted, day1, 8, 58, u"T2"_s, A, 1, somchai);
    s.add(QueueEvent::TicketIssued, day1, 9, 0, u"T3"_s, B);
    s.add(QueueEvent::TicketTransferred, day1, 9, 5, u"T2"_s, B, 1, somchai);
    s.add(QueueEvent::TicketCalled, day1, 9, 10, u"T2"_s, B, 2, suda);
    s.add(QueueEvent::TicketStarted, day1, 9, 11, u"T2"_s, B, 2, suda);
    s.add(QueueEvent::TicketFinished, day1, 9, 20, u"T2"_s, B, 2, suda);
    s.add(QueueEvent::TicketIssued, day1, 9, 20, u"T4"_s, A);
    s.add(QueueEvent::TicketCalled, day1, 9, 30, u"T3"_s, B, 2, suda);
    s.add(QueueEvent::TicketNoShow, day1, 9, 33, u"T3"_s, B, 2, suda);
    s.add(QueueEvent::TicketCalled, day1, 10, 5, u"T4"_s, A, 1, somchai);
    s.add(QueueEvent::TicketStarted, day1, 10, 6, u"T4"_s, A, 1, somchai);
    s.add(QueueEvent::TicketIssued, day1, 10, 10, u"T5"_s, A);
    s.add(QueueEvent::TicketIssued, day1, 10, 15, u"T6"_s, B);
    s.add(QueueEvent::TicketCalled, day1, 10, 20, u"T5"_s, A, 2, wichai);
    s.add(QueueEvent::TicketStarted, day1, 10, 21, u"T5"_s, A, 2, wichai);
    s.add(QueueEvent::TicketFinished, day1, 10, 25, u"T5"_s, A, 2, wichai);
    s.add(QueueEvent::TicketFinished, day1, 10, 30, u"T4"_s, A, 1, somchai);
    s.add(QueueEvent::TicketCancelled, day1, 10, 40, u"T6"_s, B);
    s.add(QueueEvent::TicketIssued, day1, 10, 50, u"T7"_s, B);
    for (qsizetype i = 0; i < s.events.size(); ++i)
        s.events[i].seq = i + 1;
    return s.events;
}

// Three days of December 2026: the scripted day, then
//  day 2 (8 Dec): T7 of day 1 closed at rollover at 04:00 (counts nothing);
//        U1 A: issued 09:00, called 09:20 at 1 (wait 20), started 09:21, finished 09:51 (30)
//  day 3 (10 Dec): V1 A: issued 14:00, called 14:00 at 2 by suda (wait 0), started 14:00,
//        finished 14:02 (service 2)
QList<QueueEvent> scriptedMonth()
{
    Script s;
    s.events = scriptedDay();
    const QString A = u"A"_s;
    s.add(QueueEvent::TicketClosedAtRollover, day2, 4, 0, u"T7"_s, u"B"_s);
    s.add(QueueEvent::TicketIssued, day2, 9, 0, u"U1"_s, A);
    s.add(QueueEvent::TicketCalled, day2, 9, 20, u"U1"_s, A, 1, u"somchai"_s);
    s.add(QueueEvent::TicketStarted, day2, 9, 21, u"U1"_s, A, 1, u"somchai"_s);
    s.add(QueueEvent::TicketFinished, day2, 9, 51, u"U1"_s, A, 1, u"somchai"_s);
    s.add(QueueEvent::TicketIssued, day3, 14, 0, u"V1"_s, A);
    s.add(QueueEvent::TicketCalled, day3, 14, 0, u"V1"_s, A, 2, u"suda"_s);
    s.add(QueueEvent::TicketStarted, day3, 14, 0, u"V1"_s, A, 2, u"suda"_s);
    s.add(QueueEvent::TicketFinished, day3, 14, 2, u"V1"_s, A, 2, u"suda"_s);
    return s.events;
}

struct Expected
{
    int issued, called, served, noShows, transfersOut, cancelled, withinTarget;
    std::optional<double> waitP50, waitP90, serviceP50, serviceP90; // minutes
};

void compareRow(const EReport &report, EReport::Dimension dimension, const QString &key,
    const Expected &x)
{
    const EReport::Row *r = report.row(dimension, key);
    QVERIFY2(r, qPrintable(u"no row "_s + key));
    QCOMPARE(r->issued, x.issued);
    QCOMPARE(r->called, x.called);
    QCOMPARE(r->served, x.served);
    QCOMPARE(r->noShows, x.noShows);
    QCOMPARE(r->transfersOut, x.transfersOut);
    QCOMPARE(r->cancelled, x.cancelled);
    QCOMPARE(r->withinTarget, x.withinTarget);
    auto ms = [](std::optional<double> m) {
        return m ? std::optional<qint64>(minutes(*m)) : std::nullopt;
    };
    QCOMPARE(r->waitP50Ms, ms(x.waitP50));
    QCOMPARE(r->waitP90Ms, ms(x.waitP90));
    QCOMPARE(r->serviceP50Ms, ms(x.serviceP50));
    QCOMPARE(r->serviceP90Ms, ms(x.serviceP90));
}

// Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF), independently of EReportCsv.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            inQuotes = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!row.isEmpty() || !field.isEmpty())
        rows.append(row << field); // a last line without CRLF: EReportCsv never writes one
    return rows;
}

// Thai for the CSV's words, as translations/saduak_th.ts will hold them: proves the headers go
// through tr() in the context saduak::EReportCsv without depending on the compiled .qm.
class ThaiReportWords : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArrayView(context) != "saduak::EReportCsv")
            return {};
        static const QHash<QByteArray, QString> thai {
            {"Center", u"ศูนย์บริการ"_s},
            {"Period", u"ช่วงเวลา"_s},
            {"Dimension", u"จำแนกตาม"_s},
            {"Item", u"รายการ"_s},
            {"Name", u"ชื่อ"_s},
            {"Issued", u"ออกบัตรคิว"_s},
            {"Called", u"เรียกแล้ว"_s},
            {"Served", u"ให้บริการแล้ว"_s},
            {"No-shows", u"ไม่มาติดต่อ"_s},
            {"Transfers out", u"ส่งต่อ"_s},
            {"Cancelled", u"ยกเลิก"_s},
            {"Wait p50 (min)", u"เวลารอ p50 (นาที)"_s},
            {"Wait p90 (min)", u"เวลารอ p90 (นาที)"_s},
            {"Service time p50 (min)", u"เวลาให้บริการ p50 (นาที)"_s},
            {"Service time p90 (min)", u"เวลาให้บริการ p90 (นาที)"_s},
            {"Called within target (%)", u"เรียกภายในเวลาเป้าหมาย (%)"_s},
            {"Service", u"บริการ"_s},
            {"Counter", u"ช่องบริการ"_s},
            {"Officer", u"เจ้าหน้าที่"_s},
            {"Hour", u"ชั่วโมง"_s},
        };
        return thai.value(QByteArray(source));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestEReport : public QObject
{
    Q_OBJECT

private slots:
    void percentileIsNearestRank_data();
    void percentileIsNearestRank();
    void countsAScriptedDayPerService();
    void countsAScriptedDayPerCounterAndOfficer();
    void countsAScriptedDayPerBangkokHour();
    void aggregatesAMonthOfDays();
    void anEmptyDayHasItsServicesAndNothingElse();
    void csvInThaiDecodesCellByCell();
    void csvInEnglishHasGregorianDates();
    void histogramsCountWholeMinutes();
    void jsonCarriesEveryFigure();
    void jsonReadsBackWhatItWrote();
    void jsonRefusesWhatItNeverWrites_data();
    void jsonRefusesWhatItNeverWrites();
    void dayForCentralHasServicesOnly();
    void aMonthFedADayAtATimeGivesTheSameFigures();
};

void TestEReport::percentileIsNearestRank_data()
{
    QTest::addColumn<QList<qint64>>("samples");
    QTest::addColumn<int>("p");
    QTest::addColumn<std::optional<qint64>>("expected");
    const QList<qint64> ten {10, 1, 9, 2, 8, 3, 7, 4, 6, 5}; // 1..10, shuffled
    // rank = ceil(p/100 x n): 50% of 10 -> 5; 90% of 10 -> 9; 100% -> 10; 1% -> ceil(0.1) = 1
    QTest::newRow("p50 of 1..10 is the 5th") << ten << 50 << std::optional<qint64>(5);
    QTest::newRow("p90 of 1..10 is the 9th") << ten << 90 << std::optional<qint64>(9);
    QTest::newRow("p100 is the largest") << ten << 100 << std::optional<qint64>(10);
    QTest::newRow("p1 is the smallest") << ten << 1 << std::optional<qint64>(1);
    // 4 samples: p50 -> ceil(2) = 2nd; p90 -> ceil(3.6) = 4th (not the 3rd)
    const QList<qint64> four {40, 10, 30, 20};
    QTest::newRow("p50 of four is the 2nd") << four << 50 << std::optional<qint64>(20);
    QTest::newRow("p90 of four is the 4th") << four << 90 << std::optional<qint64>(40);
    // 11 samples: p90 -> ceil(9.9) = 10th; p50 -> ceil(5.5) = 6th
    QList<qint64> eleven;
    for (qint64 v = 11; v >= 1; --v)
        eleven.append(v * 100);
    QTest::newRow("p90 of eleven is the 10th") << eleven << 90 << std::optional<qint64>(1000);
    QTest::newRow("p50 of eleven is the 6th") << eleven << 50 << std::optional<qint64>(600);
    QTest::newRow("one sample is every percentile") << QList<qint64> {7} << 90
                                                    << std::optional<qint64>(7);
    QTest::newRow("no samples, no percentile") << QList<qint64> {} << 50 << std::optional<qint64>();
}

void TestEReport::percentileIsNearestRank()
{
    QFETCH(QList<qint64>, samples);
    QFETCH(int, p);
    QFETCH(std::optional<qint64>, expected);
    QCOMPARE(EReport::percentile(samples, p), expected);
}

void TestEReport::countsAScriptedDayPerService()
{
    const EReport report = EReport::compute(day1, day1, scriptedDay(), services());
    QCOMPARE(report.rowsOf(EReport::Dimension::Service).size(), 2);
    QCOMPARE(report.rowsOf(EReport::Dimension::Service).at(0).key, u"A"_s);
    // A: issued T1 T2 T4 T5 = 4. Waits of its 4 called legs 10 20 45 10 -> sorted 10 10 20 45:
    // p50 rank ceil(0.5x4) = 2 -> 10, p90 rank ceil(0.9x4) = 4 -> 45. Within 15 min: 10, 10 -> 2.
    // Served (finished or transferred out of serving): T1 10, T2 7, T4 24, T5 4 -> sorted
    // 4 7 10 24: p50 rank 2 -> 7, p90 rank 4 -> 24. T2 transferred out once.
    compareRow(report, EReport::Dimension::Service, u"A"_s,
        {4, 4, 4, 0, 1, 0, 2, 10.0, 45.0, 7.0, 24.0});
    // B: issued T3 T6 T7 = 3 (T2's transfer in is not a ticket issued). Waits T2 5 (from the
    // transfer at 09:05), T3 30 -> p50 rank 1 -> 5, p90 rank ceil(1.8) = 2 -> 30; within 10 min: 1.
    // Served T2 9 -> 9, 9. T3 no-show, T6 cancelled.
    compareRow(report, EReport::Dimension::Service, u"B"_s,
        {3, 2, 1, 1, 0, 1, 1, 5.0, 30.0, 9.0, 9.0});
    QCOMPARE(report.row(EReport::Dimension::Service, u"A"_s)->withinTargetShare(), 0.5); // 2/4
}

void TestEReport::countsAScriptedDayPerCounterAndOfficer()
{
    const EReport report = EReport::compute(day1, day1, scriptedDay(), services());
    QCOMPARE(report.rowsOf(EReport::Dimension::Counter).size(), 2); // T6's cancel names none
    // Counter 1: first calls T1 10, T2 20, T4 45 -> p50 rank ceil(1.5) = 2 -> 20, p90 rank
    // ceil(2.7) = 3 -> 45; within (A, 15): T1 -> 1. Served T1 10, T2 7 (transfer), T4 24 ->
    // sorted 7 10 24: p50 10, p90 24. One transfer out. Nobody issues at a counter.
    compareRow(report, EReport::Dimension::Counter, u"1"_s,
        {0, 3, 3, 0, 1, 0, 1, 20.0, 45.0, 10.0, 24.0});
    // Counter 2: first calls T2 5 (B), T3 30 (B), T5 10 (A) -> sorted 5 10 30: p50 10, p90 30;
    // within: T2 5 <= 10, T5 10 <= 15 -> 2. Served T2 9, T5 4 -> p50 rank 1 -> 4, p90 rank 2 -> 9.
    compareRow(report, EReport::Dimension::Counter, u"2"_s,
        {0, 3, 2, 1, 0, 0, 2, 10.0, 30.0, 4.0, 9.0});
    const QList<EReport::Row> officers = report.rowsOf(EReport::Dimension::Officer);
    QCOMPARE(officers.size(), 3);
    QCOMPARE(officers.at(0).key, u"somchai"_s); // by user name
    QCOMPARE(officers.at(2).key, u"wichai"_s);
    // somchai did everything at counter 1: the same figures.
    compareRow(report, EReport::Dimension::Officer, u"somchai"_s,
        {0, 3, 3, 0, 1, 0, 1, 20.0, 45.0, 10.0, 24.0});
    // suda at counter 2: T2 (wait 5, served 9) and T3 (wait 30, no-show) -> p50 5, p90 30.
    compareRow(report, EReport::Dimension::Officer, u"suda"_s,
        {0, 2, 1, 1, 0, 0, 1, 5.0, 30.0, 9.0, 9.0});
    // wichai took over counter 2 for T5 only: wait 10, service 4.
    compareRow(report, EReport::Dimension::Officer, u"wichai"_s,
        {0, 1, 1, 0, 0, 0, 1, 10.0, 10.0, 4.0, 4.0});
}

void TestEReport::countsAScriptedDayPerBangkokHour()
{
    const EReport report = EReport::compute(day1, day1, scriptedDay(), services());
    const QList<EReport::Row> hours = report.rowsOf(EReport::Dimension::Hour);
    QCOMPARE(hours.size(), 3);
    QCOMPARE(hours.at(0).key, u"8"_s); // Bangkok, not UTC (01:00)
    // 08: issued T1 T2; first calls T1 10 (within), T2 20 -> p50 10, p90 20. Served legs called
    // this hour: T1 10, T2 at A 7 (transferred at 09:05, called at 08:55) -> 7, 10.
    compareRow(report, EReport::Dimension::Hour, u"8"_s,
        {2, 2, 2, 0, 1, 0, 1, 10.0, 20.0, 7.0, 10.0});
    // 09: issued T3 T4; first calls T2 at B 5 (within), T3 30 -> p50 5, p90 30; served T2 9;
    // T3's no-show.
    compareRow(report, EReport::Dimension::Hour, u"9"_s,
        {2, 2, 1, 1, 0, 0, 1, 5.0, 30.0, 9.0, 9.0});
    // 10: issued T5 T6 T7; first calls T4 45, T5 10 (within) -> sorted 10 45: p50 10, p90 45;
    // served T4 24, T5 4 -> p50 4, p90 24; T6 cancelled uncalled at 10:40.
    compareRow(report, EReport::Dimension::Hour, u"10"_s,
        {3, 2, 2, 0, 0, 1, 1, 10.0, 45.0, 4.0, 24.0});
}

void TestEReport::aggregatesAMonthOfDays()
{
    const EReport report = EReport::compute(
        QDate(2026, 12, 1), QDate(2026, 12, 31), scriptedMonth(), services());
    // A: issued 4 + U1 + V1 = 6. Waits 10 20 45 10 + 20 + 0 -> sorted 0 10 10 20 20 45: p50 rank 3
    // -> 10, p90 rank ceil(5.4) = 6 -> 45; within 15: 10 10 0 -> 3. Served 10 7 24 4 + 30 + 2 ->
    // sorted 2 4 7 10 24 30: p50 rank 3 -> 7, p90 rank 6 -> 30.
    compareRow(report, EReport::Dimension::Service, u"A"_s,
        {6, 6, 6, 0, 1, 0, 3, 10.0, 45.0, 7.0, 30.0});
    // B as on day 1: T7 closed at rollover on day 2 is neither served, nor cancelled, nor a no-show.
    compareRow(report, EReport::Dimension::Service, u"B"_s,
        {3, 2, 1, 1, 0, 1, 1, 5.0, 30.0, 9.0, 9.0});
    // 09 over the month: issued T3 T4 U1; first calls T2 5, T3 30, U1 20 -> sorted 5 20 30: p50
    // rank 2 -> 20, p90 rank 3 -> 30; within: T2 -> 1; served T2 9, U1 30 -> p50 9, p90 30.
    compareRow(report, EReport::Dimension::Hour, u"9"_s,
        {3, 3, 2, 1, 0, 0, 1, 20.0, 30.0, 9.0, 30.0});
    // 14 on day 3 only: V1 wait 0 (within), service 2.
    compareRow(report, EReport::Dimension::Hour, u"14"_s,
        {1, 1, 1, 0, 0, 0, 1, 0.0, 0.0, 2.0, 2.0});
    // suda: day 1's T2 and T3, day 3's V1: waits 5 30 0 -> sorted 0 5 30: p50 5, p90 30; within
    // T2 5 <= 10, V1 0 <= 15 -> 2; served T2 9, V1 2 -> p50 2, p90 9.
    compareRow(report, EReport::Dimension::Officer, u"suda"_s,
        {0, 3, 2, 1, 0, 0, 2, 5.0, 30.0, 2.0, 9.0});
}

void TestEReport::anEmptyDayHasItsServicesAndNothingElse()
{
    const EReport report = EReport::compute(day1, day1, {}, services());
    QCOMPARE(report.rows.size(), 2);
    compareRow(report, EReport::Dimension::Service, u"A"_s,
        {0, 0, 0, 0, 0, 0, 0, std::nullopt, std::nullopt, std::nullopt, std::nullopt});
    QCOMPARE(report.row(EReport::Dimension::Service, u"B"_s)->withinTargetShare(), std::nullopt);
    const QList<QStringList> csv = parseCsv(QString::fromUtf8(
        EReportCsv::toCsv(report, services(), u"Center"_s, Language::English).mid(3)));
    QCOMPARE(csv.size(), 3); // the header and the two services, every figure 0 or empty
    QCOMPARE(csv.at(1).mid(5),
        QStringList({u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, {}, {}, {}, {}, {}}));
}

void TestEReport::csvInThaiDecodesCellByCell()
{
    ThaiReportWords thai;
    QVERIFY(QCoreApplication::installTranslator(&thai));
    const EReport report = EReport::compute(day1, day1, scriptedDay(), services());
    // A comma and quotes in the center's name: the field must be quoted.
    const QString center = u"ศูนย์ราชการสะดวก \"เซ็นทรัล\", บางนา"_s;
    const QByteArray bytes = EReportCsv::toCsv(report, services(), center, Language::Thai);
    QCoreApplication::removeTranslator(&thai);

    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs to read UTF-8
    QVERIFY(bytes.endsWith("\r\n"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    // header, 2 services, 2 counters, 3 officers, 3 hours
    QCOMPARE(rows.size(), 1 + 2 + 2 + 3 + 3);
    QCOMPARE(rows.at(0),
        QStringList({u"ศูนย์บริการ"_s, u"ช่วงเวลา"_s, u"จำแนกตาม"_s, u"รายการ"_s, u"ชื่อ"_s,
            u"ออกบัตรคิว"_s, u"เรียกแล้ว"_s, u"ให้บริการแล้ว"_s, u"ไม่มาติดต่อ"_s, u"ส่งต่อ"_s,
            u"ยกเลิก"_s, u"เวลารอ p50 (นาที)"_s, u"เวลารอ p90 (นาที)"_s,
            u"เวลาให้บริการ p50 (นาที)"_s, u"เวลาให้บริการ p90 (นาที)"_s,
            u"เรียกภายในเวลาเป้าหมาย (%)"_s}));
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), 16);
    // Service A, figures as in countsAScriptedDayPerService; within target 2/4 = 50.0 %.
    QCOMPARE(rows.at(1),
        QStringList({center, u"7 ธ.ค. 2569"_s, u"บริการ"_s, u"A"_s, u"บัตรประชาชน"_s, u"4"_s,
            u"4"_s, u"4"_s, u"0"_s, u"1"_s, u"0"_s, u"10.0"_s, u"45.0"_s, u"7.0"_s, u"24.0"_s,
            u"50.0"_s}));
    // Counter 2: within 2/3 = 66.7 %.
    QCOMPARE(rows.at(4),
        QStringList({center, u"7 ธ.ค. 2569"_s, u"ช่องบริการ"_s, u"2"_s, QString(), u"0"_s,
            u"3"_s, u"2"_s, u"1"_s, u"0"_s, u"0"_s, u"10.0"_s, u"30.0"_s, u"4.0"_s, u"9.0"_s,
            u"66.7"_s}));
    QCOMPARE(rows.at(5).mid(2, 2), QStringList({u"เจ้าหน้าที่"_s, u"somchai"_s}));
    // Hour 10: within 1/2.
    QCOMPARE(rows.at(10),
        QStringList({center, u"7 ธ.ค. 2569"_s, u"ชั่วโมง"_s, u"10:00-11:00"_s, QString(),
            u"3"_s, u"2"_s, u"2"_s, u"0"_s, u"0"_s, u"1"_s, u"10.0"_s, u"45.0"_s, u"4.0"_s,
            u"24.0"_s, u"50.0"_s}));
    QCOMPARE(rows.at(8).at(3), u"08:00-09:00"_s);
}

void TestEReport::csvInEnglishHasGregorianDates()
{
    EReport report = EReport::compute(
        QDate(2026, 12, 1), QDate(2026, 12, 31), scriptedMonth(), services());
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(
        EReportCsv::toCsv(report, services(), u"Bang Na"_s, Language::English).mid(3)));
    QCOMPARE(rows.at(0).at(11), u"Wait p50 (min)"_s);
    // Service B of the month: within 1/2; the name in English.
    QCOMPARE(rows.at(2),
        QStringList({u"Bang Na"_s, u"1 Dec 2026 - 31 Dec 2026"_s, u"Service"_s, u"B"_s,
            u"Civil registration"_s, u"3"_s, u"2"_s, u"1"_s, u"1"_s, u"0"_s, u"1"_s, u"5.0"_s,
            u"30.0"_s, u"9.0"_s, u"9.0"_s, u"50.0"_s}));
    QCOMPARE(EReportCsv::period(report, Language::Thai), u"1 ธ.ค. 2569 - 31 ธ.ค. 2569"_s);
}

void TestEReport::histogramsCountWholeMinutes()
{
    // The scripted day's waits and service times, by whole minute (index = minutes):
    // A waits 10 20 45 10, service 10 7 24 4; B waits 5 30, service 9.
    const EReport report = EReport::compute(day1, day1, scriptedDay(), services());
    const auto counts = [](QList<std::pair<int, int>> minuteCounts) {
        QList<int> out;
        for (const auto &[minute, n] : minuteCounts) {
            out.resize(std::max<qsizetype>(out.size(), minute + 1), 0);
            out[minute] = n;
        }
        return out;
    };
    const EReport::Row *a = report.row(EReport::Dimension::Service, u"A"_s);
    QCOMPARE(a->waitMinutes, counts({{10, 2}, {20, 1}, {45, 1}}));
    QCOMPARE(a->serviceMinutes, counts({{4, 1}, {7, 1}, {10, 1}, {24, 1}}));
    const EReport::Row *b = report.row(EReport::Dimension::Service, u"B"_s);
    QCOMPARE(b->waitMinutes, counts({{5, 1}, {30, 1}}));
    QCOMPARE(b->serviceMinutes, counts({{9, 1}}));

    // Rounded down; 240 minutes and more in the last place.
    Script s;
    s.add(QueueEvent::TicketIssued, day1, 8, 0, u"W1"_s, u"A"_s);
    s.add(QueueEvent::TicketIssued, day1, 8, 0, u"W2"_s, u"A"_s);
    s.add(QueueEvent::TicketIssued, day1, 8, 0, u"W3"_s, u"A"_s);
    s.add(QueueEvent::TicketCalled, day1, 8, 0, u"W1"_s, u"A"_s, 1); // 0 min
    s.events.last().atMs += 59'999; // 59.999 s: still minute 0
    s.add(QueueEvent::TicketCalled, day1, 12, 0, u"W2"_s, u"A"_s, 1); // 240 min
    s.add(QueueEvent::TicketCalled, day1, 13, 0, u"W3"_s, u"A"_s, 1); // 300 min
    const EReport capped = EReport::compute(day1, day1, s.events, services());
    QCOMPARE(capped.row(EReport::Dimension::Service, u"A"_s)->waitMinutes,
        counts({{0, 1}, {240, 2}}));
    QCOMPARE(capped.row(EReport::Dimension::Service, u"A"_s)->serviceMinutes, QList<int>());
    QCOMPARE(capped.row(EReport::Dimension::Service, u"B"_s)->waitMinutes, QList<int>());
}

void TestEReport::jsonCarriesEveryFigure()
{
    const EReport report = EReport::compute(day1, day1, scriptedDay(), services());
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(u"from"_s).toString(), u"2026-12-07"_s);
    QCOMPARE(json.value(u"to"_s).toString(), u"2026-12-07"_s);
    const QJsonArray rows = json.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), report.rows.size());
    // Service A as countsAScriptedDayPerService works it out, in ms.
    QCOMPARE(rows.at(0).toObject(),
        (QJsonObject {{u"dimension"_s, u"service"_s}, {u"key"_s, u"A"_s}, {u"issued"_s, 4},
            {u"called"_s, 4}, {u"served"_s, 4}, {u"noShows"_s, 0}, {u"transfersOut"_s, 1},
            {u"cancelled"_s, 0}, {u"withinTarget"_s, 2}, {u"waitP50Ms"_s, 10 * 60'000},
            {u"waitP90Ms"_s, 45 * 60'000}, {u"serviceP50Ms"_s, 7 * 60'000},
            {u"serviceP90Ms"_s, 24 * 60'000}}));
    QStringList dimensions;
    for (const QJsonValue &row : rows) {
        if (!dimensions.contains(row[u"dimension"_s].toString()))
            dimensions << row[u"dimension"_s].toString();
    }
    QCOMPARE(dimensions, (QStringList {u"service"_s, u"counter"_s, u"officer"_s, u"hour"_s}));
    // Nothing called or served: no percentile keys at all (not null, not 0).
    const QJsonObject empty
        = EReport::compute(day1, day1, {}, services()).toJson()[u"rows"_s].toArray().at(1).toObject();
    QCOMPARE(empty,
        (QJsonObject {{u"dimension"_s, u"service"_s}, {u"key"_s, u"B"_s}, {u"issued"_s, 0},
            {u"called"_s, 0}, {u"served"_s, 0}, {u"noShows"_s, 0}, {u"transfersOut"_s, 0},
            {u"cancelled"_s, 0}, {u"withinTarget"_s, 0}}));
}

void TestEReport::jsonReadsBackWhatItWrote()
{
    const EReport report = EReport::compute(day1, day3, scriptedMonth(), services());
    // Through text, as a device receives it.
    const QJsonObject json
        = QJsonDocument::fromJson(QJsonDocument(report.toJson()).toJson()).object();
    QString why;
    const std::optional<EReport> back = EReport::fromJson(json, &why);
    QVERIFY2(back, qPrintable(why));
    QCOMPARE(back->from, day1);
    QCOMPARE(back->to, day3);
    QCOMPARE(back->rows.size(), report.rows.size());
    for (qsizetype i = 0; i < report.rows.size(); ++i) {
        const EReport::Row &x = report.rows.at(i);
        const EReport::Row &y = back->rows.at(i);
        QCOMPARE(y.dimension, x.dimension);
        QCOMPARE(y.key, x.key);
        QCOMPARE(QList<int>({y.issued, y.called, y.served, y.noShows, y.transfersOut,
                     y.cancelled, y.withinTarget}),
            QList<int>({x.issued, x.called, x.served, x.noShows, x.transfersOut, x.cancelled,
                x.withinTarget}));
        QCOMPARE(y.waitP50Ms, x.waitP50Ms);
        QCOMPARE(y.waitP90Ms, x.waitP90Ms);
        QCOMPARE(y.serviceP50Ms, x.serviceP50Ms);
        QCOMPARE(y.serviceP90Ms, x.serviceP90Ms);
    }
    QCOMPARE(back->toJson(), report.toJson());
}

void TestEReport::jsonRefusesWhatItNeverWrites_data()
{
    QTest::addColumn<QString>("json");
    const QString row = uR"({"dimension":"service","key":"A","issued":1,"called":1,"served":1,)"
                        uR"("noShows":0,"transfersOut":0,"cancelled":0,"withinTarget":1%1})"_s;
    const auto report = [](const QString &rows, const QString &from = u"2026-12-01"_s) -> QString {
        return uR"({"from":")"_s + from + uR"(","to":"2026-12-31","rows":[)"_s + rows + u"]}"_s;
    };
    QTest::newRow("a month reads") << u"ok:"_s + report(row.arg(QString()));
    QTest::newRow("not a date") << report(row.arg(QString()), u"2026-12-32"_s);
    QTest::newRow("to before from") << report(row.arg(QString()), u"2027-01-01"_s);
    QTest::newRow("unknown dimension") << report(QString(row).replace(u"service"_s, u"branch"_s).arg(QString()));
    QTest::newRow("rows not an array") << uR"({"from":"2026-12-01","to":"2026-12-01","rows":{}})"_s;
    const auto with = [&](const QString &from, const QString &to) -> QString {
        return report(QString(row).replace(from, to).arg(QString()));
    };
    QTest::newRow("a count as text") << with(uR"("issued":1)"_s, uR"("issued":"1")"_s);
    QTest::newRow("a fraction") << with(uR"("served":1)"_s, uR"("served":1.5)"_s);
    QTest::newRow("a negative count") << with(uR"("called":1)"_s, uR"("called":-1)"_s);
    QTest::newRow("a count missing") << with(uR"("noShows":0,)"_s, QString());
    QTest::newRow("a percentile as null") << report(row.arg(uR"(,"waitP50Ms":null)"_s));
}

void TestEReport::jsonRefusesWhatItNeverWrites()
{
    QFETCH(QString, json);
    const bool readable = json.startsWith(u"ok:"_s);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        (readable ? json.mid(3) : json).toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QString why;
    QCOMPARE(EReport::fromJson(doc.object(), &why).has_value(), readable);
    QCOMPARE(why.isEmpty(), readable);
}

void TestEReport::dayForCentralHasServicesOnly()
{
    const EReport report = EReport::compute(day1, day1, scriptedDay(), services());
    const QJsonObject payload = EReportDay::payload(report, services(), 1'796'540'400'000);
    QCOMPARE(EReportDay::kind(), u"ereport.day"_s);
    const auto histogram = [](QList<std::pair<int, int>> minuteCounts) {
        QJsonArray out;
        for (const auto &[minute, n] : minuteCounts) {
            while (out.size() <= minute)
                out.append(0);
            out[minute] = n;
        }
        return out;
    };
    // The figures of countsAScriptedDayPerService, the histograms of histogramsCountWholeMinutes.
    const QJsonObject a {{u"serviceCode"_s, u"A"_s}, {u"thaiName"_s, u"บัตรประชาชน"_s},
        {u"englishName"_s, u"ID card"_s}, {u"targetWaitMinutes"_s, 15}, {u"issued"_s, 4},
        {u"called"_s, 4}, {u"served"_s, 4}, {u"noShows"_s, 0}, {u"transfersOut"_s, 1},
        {u"cancelled"_s, 0}, {u"withinTarget"_s, 2},
        {u"waitMinutes"_s, histogram({{10, 2}, {20, 1}, {45, 1}})},
        {u"serviceMinutes"_s, histogram({{4, 1}, {7, 1}, {10, 1}, {24, 1}})}};
    const QJsonObject b {{u"serviceCode"_s, u"B"_s}, {u"thaiName"_s, u"ทะเบียนราษฎร"_s},
        {u"englishName"_s, u"Civil registration"_s}, {u"targetWaitMinutes"_s, 10},
        {u"issued"_s, 3}, {u"called"_s, 2}, {u"served"_s, 1}, {u"noShows"_s, 1},
        {u"transfersOut"_s, 0}, {u"cancelled"_s, 1}, {u"withinTarget"_s, 1},
        {u"waitMinutes"_s, histogram({{5, 1}, {30, 1}})},
        {u"serviceMinutes"_s, histogram({{9, 1}})}};
    QCOMPARE(payload,
        (QJsonObject {{u"version"_s, 1}, {u"businessDay"_s, u"2026-12-07"_s},
            {u"madeAt"_s, qint64(1'796'540'400'000)}, {u"services"_s, QJsonArray {a, b}}}));
    // Nobody's name in it: the officers' user names appear nowhere in the text.
    const QByteArray text = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    for (const char *officer : {"somchai", "suda", "wichai"})
        QVERIFY(!text.contains(officer));
}

void TestEReport::aMonthFedADayAtATimeGivesTheSameFigures()
{
    // As the hub reads a month: each business day's events, then the next day's.
    QMap<QString, QList<QueueEvent>> byDay;
    for (const QueueEvent &e : scriptedMonth())
        byDay[e.businessDay].append(e);
    QCOMPARE(byDay.size(), 3);
    EReport::Accumulator figures(day1, day3, services());
    for (const QList<QueueEvent> &day : std::as_const(byDay))
        figures.add(day);
    const EReport fed = figures.finish();
    // aggregatesAMonthOfDays' figures, the month's A worked out there.
    QCOMPARE(fed.toJson(), EReport::compute(day1, day3, scriptedMonth(), services()).toJson());
    QCOMPARE(fed.row(EReport::Dimension::Service, u"A"_s)->issued, 6);
}

QTEST_GUILESS_MAIN(TestEReport)
#include "tst_ereport.moc"
