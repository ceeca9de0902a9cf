#include "queuestatistics.h"

#include <domain/bangkoktime.h>
#include <queuemodel/queuelegs.h>

#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace saduak {

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;

struct Samples
{
    int issued = 0;
    qint64 waitSum = 0;
    qint64 waitMax = 0;
    int waitCount = 0;
    // Each wait, so that the share within target is counted against the target of when it is
    // asked, as compute() given the services then would.
    QList<qint64> waits;
    qint64 walkSum = 0;
    int walkCount = 0;
    QList<qint64> serviceTimes; // in finishing order
    qint64 firstLegAtMs = 0;
};

qint64 average(qint64 sum, qsizetype count)
{
    return count > 0 ? sum / count : 0;
}

// The Bangkok hour of the day of an instant. Asia/Bangkok has kept one offset since 1920: it is
// asked of the time zone once, not per event (40,000 conversions a busy day would cost ms).
class BangkokHour
{
public:
    int of(qint64 atMs)
    {
        if (!m_offsetMs)
            m_offsetMs = qint64(BangkokTime::zone().offsetFromUtc(
                             QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC)))
                * 1000;
        constexpr qint64 dayMs = 24 * hourMs;
        return int((((atMs + *m_offsetMs) % dayMs) + dayMs) % dayMs / hourMs);
    }

private:
    std::optional<qint64> m_offsetMs;
};

} // namespace

const QueueStatistics::ServiceFigures *QueueStatistics::Report::service(const QString &code) const
{
    for (const ServiceFigures &figures : services) {
        if (figures.serviceCode == code)
            return &figures;
    }
    return nullptr;
}

const QueueStatistics::CounterFigures *QueueStatistics::Report::counter(int number) const
{
    for (const CounterFigures &figures : counters) {
        if (figures.counterNumber == number)
            return &figures;
    }
    return nullptr;
}

QJsonObject QueueStatistics::Report::toJson() const
{
    using namespace Qt::StringLiterals;
    QJsonArray serviceList;
    for (const ServiceFigures &s : services) {
        serviceList.append(QJsonObject {
            {u"serviceCode"_s, s.serviceCode},
            {u"issuedCount"_s, s.issuedCount},
            {u"waitingNow"_s, s.waitingNow},
            {u"calledCount"_s, s.calledCount},
            {u"averageWaitMs"_s, s.averageWaitMs},
            {u"longestWaitMs"_s, s.longestWaitMs},
            {u"longestWaitingNowMs"_s, s.longestWaitingNowMs},
            {u"averageWalkMs"_s, s.averageWalkMs},
            {u"servedCount"_s, s.servedCount},
            {u"averageServiceMs"_s, s.averageServiceMs},
            {u"withinTargetShare"_s, s.withinTargetShare},
            {u"servedPerHour"_s, s.servedPerHour},
            {u"openCounters"_s, s.openCounters},
            {u"estimatedWaitMs"_s, s.estimatedWaitMs},
            {u"estimateFromHistory"_s, s.estimateFromHistory},
        });
    }
    QJsonArray counterList;
    for (const CounterFigures &c : counters) {
        QJsonObject counter {{u"counter"_s, c.counterNumber}, {u"servedCount"_s, c.servedCount}};
        if (!c.officer.isEmpty())
            counter.insert(u"officer"_s, QJsonObject {{u"user"_s, c.officer}});
        counterList.append(counter);
    }
    QJsonArray hourList;
    for (const HourFigures &h : hours)
        hourList.append(QJsonObject {
            {u"hour"_s, h.hour}, {u"issued"_s, h.issuedCount}, {u"served"_s, h.servedCount}});
    return QJsonObject {{u"businessDay"_s, businessDay}, {u"at"_s, atMs},
        {u"services"_s, serviceList}, {u"counters"_s, counterList}, {u"hours"_s, hourList}};
}

QJsonObject QueueStatistics::DaySummary::toJson() const
{
    using namespace Qt::StringLiterals;
    return QJsonObject {{u"businessDay"_s, businessDay}, {u"issuedCount"_s, issuedCount},
        {u"calledCount"_s, calledCount}, {u"servedCount"_s, servedCount},
        {u"noShowCount"_s, noShowCount}, {u"averageWaitMs"_s, averageWaitMs},
        {u"averageServiceMs"_s, averageServiceMs},
        {u"withinTargetShare"_s,
            withinTargetShare ? QJsonValue(*withinTargetShare) : QJsonValue(QJsonValue::Null)}};
}

QueueStatistics::DaySummary QueueStatistics::summarize(
    const QString &businessDay, const QList<QueueEvent> &events, const QList<Service> &services)
{
    QHash<QString, qint64> targetMs;
    for (const Service &s : services)
        targetMs.insert(s.code, qint64(s.targetWaitMinutes) * minuteMs);
    DaySummary day;
    day.businessDay = businessDay;
    qint64 waitSum = 0;
    qint64 serviceSum = 0;
    int withinTarget = 0;
    QueueLegs legs;
    for (const QueueEvent &e : events) {
        const QueueLegs::Step step = legs.apply(e);
        if (e.type == QueueEvent::TicketIssued)
            day.issuedCount += 1;
        if (step.waitMs) {
            day.calledCount += 1;
            waitSum += *step.waitMs;
            if (*step.waitMs <= targetMs.value(step.leg->serviceCode, 0))
                withinTarget += 1;
        }
        if (step.serviceMs) {
            day.servedCount += 1;
            serviceSum += *step.serviceMs;
        }
        // As the e-report counts them: a no-show of a leg that was open (QueueLegs ended it).
        if (step.ended && e.type == QueueEvent::TicketNoShow)
            day.noShowCount += 1;
    }
    day.averageWaitMs = average(waitSum, day.calledCount);
    day.averageServiceMs = average(serviceSum, day.servedCount);
    if (day.calledCount > 0)
        day.withinTargetShare = double(withinTarget) / day.calledCount;
    return day;
}

struct QueueStatistics::Day::State
{
    QString businessDay;
    QHash<QString, Samples> samples; // by service code
    QMap<int, int> servedAtCounter; // counters seen serving
    QHash<int, QString> officerAt; // by counter: the user named by its latest event naming one
    QMap<int, HourFigures> byHour;
    BangkokHour bangkokHour;
    // The legs, waits, walks and service times are QueueLegs' (app/queuemodel/queuelegs.h), the
    // same the e-report (app/reports) counts.
    QueueLegs legs;
};

QueueStatistics::Day::Day(const QString &businessDay) : m_state(std::make_unique<State>())
{
    m_state->businessDay = businessDay;
}

QueueStatistics::Day::~Day() = default;
QueueStatistics::Day::Day(Day &&) noexcept = default;
QueueStatistics::Day &QueueStatistics::Day::operator=(Day &&) noexcept = default;

const QString &QueueStatistics::Day::businessDay() const
{
    return m_state->businessDay;
}

void QueueStatistics::Day::add(const QueueEvent &e)
{
    State &d = *m_state;
    const QueueLegs::Step step = d.legs.apply(e);
    if (e.type == QueueEvent::TicketIssued) {
        d.samples[e.serviceCode].issued += 1;
        d.byHour[d.bangkokHour.of(e.atMs)].issuedCount += 1;
    }
    if (e.counterNumber > 0) {
        const QString staff = e.data.value(QStringLiteral("staff")).toString();
        if (!staff.isEmpty())
            d.officerAt.insert(e.counterNumber, staff);
    }
    if (step.legStarted) {
        Samples &s = d.samples[step.leg->serviceCode];
        if (s.firstLegAtMs == 0)
            s.firstLegAtMs = step.leg->startedAtMs;
    }
    if (step.waitMs) {
        Samples &s = d.samples[step.leg->serviceCode];
        s.waitSum += *step.waitMs;
        s.waitMax = std::max(s.waitMax, *step.waitMs);
        s.waitCount += 1;
        s.waits.append(*step.waitMs);
    }
    if (step.walkMs) {
        Samples &s = d.samples[step.leg->serviceCode];
        s.walkSum += *step.walkMs;
        s.walkCount += 1;
    }
    if (step.serviceMs) {
        d.samples[step.ended->serviceCode].serviceTimes.append(*step.serviceMs);
        d.servedAtCounter[e.counterNumber] += 1;
        d.byHour[d.bangkokHour.of(e.atMs)].servedCount += 1;
    }
}

QueueStatistics::Report QueueStatistics::compute(const QString &businessDay,
    const QList<QueueEvent> &events, const QList<Service> &services, const QList<Counter> &counters,
    qint64 nowMs, const Options &options)
{
    Day day(businessDay);
    for (const QueueEvent &e : events)
        day.add(e);
    return day.report(services, counters, nowMs, options);
}

QueueStatistics::Report QueueStatistics::Day::report(const QList<Service> &services,
    const QList<Counter> &counters, qint64 nowMs, const Options &options) const
{
    const State &d = *m_state;
    QMap<int, int> servedAtCounter = d.servedAtCounter;
    for (const Counter &c : counters) {
        if (!servedAtCounter.contains(c.number))
            servedAtCounter.insert(c.number, 0);
    }
    // The legs waiting now and the open counters, gathered per service in one pass each: asking
    // every service about every leg was quadratic in a day's distinct services (issue 13).
    struct WaitingNow
    {
        int count = 0;
        qint64 longestMs = 0;
    };
    QHash<QString, WaitingNow> waitingNow;
    for (const QueueLeg &leg : d.legs.open()) {
        if (!leg.waiting)
            continue;
        WaitingNow &w = waitingNow[leg.serviceCode];
        w.count += 1;
        w.longestMs = std::max(w.longestMs, QueueLegs::elapsedMs(leg.startedAtMs, nowMs));
    }
    QHash<QString, int> openCounters;
    for (const Counter &c : counters) {
        if (c.state != Counter::State::Open)
            continue;
        // A counter listing a service twice still counts once for it.
        QStringList codes = c.serviceCodes;
        codes.removeDuplicates();
        for (const QString &code : std::as_const(codes))
            openCounters[code] += 1;
    }

    Report report;
    report.businessDay = d.businessDay;
    report.atMs = nowMs;
    for (const Service &service : services) {
        const Samples s = d.samples.value(service.code);
        ServiceFigures f;
        f.serviceCode = service.code;
        const WaitingNow w = waitingNow.value(service.code);
        f.waitingNow = w.count;
        f.longestWaitingNowMs = w.longestMs;
        f.issuedCount = s.issued;
        f.calledCount = s.waitCount;
        f.averageWaitMs = average(s.waitSum, s.waitCount);
        f.longestWaitMs = s.waitMax;
        f.averageWalkMs = average(s.walkSum, s.walkCount);
        f.servedCount = int(s.serviceTimes.size());
        qint64 serviceSum = 0;
        for (qint64 t : s.serviceTimes)
            serviceSum += t;
        f.averageServiceMs = average(serviceSum, s.serviceTimes.size());
        const qint64 targetMs = qint64(service.targetWaitMinutes) * minuteMs;
        const auto withinTarget = std::count_if(
            s.waits.cbegin(), s.waits.cend(), [targetMs](qint64 wait) { return wait <= targetMs; });
        f.withinTargetShare = s.waitCount > 0 ? double(withinTarget) / s.waitCount : 0.0;
        const qint64 elapsed = s.firstLegAtMs > 0 ? QueueLegs::elapsedMs(s.firstLegAtMs, nowMs) : 0;
        f.servedPerHour = elapsed > 0 ? double(f.servedCount) * hourMs / double(elapsed) : 0.0;

        f.openCounters = openCounters.value(service.code);
        const qsizetype recent = std::min<qsizetype>(options.historySize, s.serviceTimes.size());
        qint64 recentSum = 0;
        for (qsizetype i = s.serviceTimes.size() - recent; i < s.serviceTimes.size(); ++i)
            recentSum += s.serviceTimes[i];
        f.estimateFromHistory = recent > 0;
        const qint64 perTicketMs = f.estimateFromHistory
            ? recentSum / recent
            : qint64(options.fallbackServiceMinutes) * minuteMs;
        f.estimatedWaitMs = f.waitingNow * perTicketMs / std::max(1, f.openCounters);
        report.services.append(f);
    }
    // A counter named by an officer's event is seen in the events, though it served nobody.
    for (auto it = d.officerAt.cbegin(); it != d.officerAt.cend(); ++it)
        if (!servedAtCounter.contains(it.key()))
            servedAtCounter.insert(it.key(), 0);
    for (auto it = servedAtCounter.cbegin(); it != servedAtCounter.cend(); ++it) {
        if (it.key() > 0)
            report.counters.append(
                CounterFigures {it.key(), it.value(), d.officerAt.value(it.key())});
    }
    for (auto it = d.byHour.cbegin(); it != d.byHour.cend(); ++it) {
        HourFigures h = it.value();
        h.hour = it.key();
        report.hours.append(h);
    }
    return report;
}

} // namespace saduak
