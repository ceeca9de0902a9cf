#include "queuestatistics.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace saduak {

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;

struct Leg
{
    QString serviceCode;
    qint64 startedAtMs = 0; // entered this service's queue
    qint64 firstCallAtMs = 0;
    qint64 lastCallAtMs = 0;
    qint64 serviceStartAtMs = 0;
    bool waiting = true;
};

struct Samples
{
    int issued = 0;
    qint64 waitSum = 0;
    qint64 waitMax = 0;
    int waitCount = 0;
    int withinTarget = 0;
    qint64 walkSum = 0;
    int walkCount = 0;
    QList<qint64> serviceTimes; // in finishing order
    qint64 firstLegAtMs = 0;
};

// The time from one event to a later one. The wall clock can be stepped back between them (an
// NTP correction), which would make the difference negative and pull every average and estimate
// below zero: such an interval counts as 0, the most that is known about it.
qint64 elapsedMs(qint64 fromMs, qint64 toMs)
{
    return std::max<qint64>(0, toMs - fromMs);
}

qint64 average(qint64 sum, qsizetype count)
{
    return count > 0 ? sum / count : 0;
}

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
    for (const CounterFigures &c : counters)
        counterList.append(
            QJsonObject {{u"counter"_s, c.counterNumber}, {u"servedCount"_s, c.servedCount}});
    return QJsonObject {{u"businessDay"_s, businessDay}, {u"at"_s, atMs},
        {u"services"_s, serviceList}, {u"counters"_s, counterList}};
}

QueueStatistics::Report QueueStatistics::compute(const QString &businessDay,
    const QList<QueueEvent> &events, const QList<Service> &services, const QList<Counter> &counters,
    qint64 nowMs, const Options &options)
{
    QHash<QString, qint64> targetMs;
    for (const Service &s : services)
        targetMs.insert(s.code, qint64(s.targetWaitMinutes) * minuteMs);

    QHash<QString, Leg> legs; // by ticket id: the current leg
    QHash<QString, Samples> samples; // by service code
    QMap<int, int> servedAtCounter;
    for (const Counter &c : counters)
        servedAtCounter.insert(c.number, 0);

    auto startLeg = [&](const QString &ticketId, const QString &serviceCode, qint64 atMs) {
        legs.insert(ticketId, Leg {serviceCode, atMs, 0, 0, 0, true});
        Samples &s = samples[serviceCode];
        if (s.firstLegAtMs == 0)
            s.firstLegAtMs = atMs;
    };
    auto served = [&](const Leg &leg, const QueueEvent &e) {
        if (leg.serviceStartAtMs == 0)
            return;
        samples[leg.serviceCode].serviceTimes.append(elapsedMs(leg.serviceStartAtMs, e.atMs));
        servedAtCounter[e.counterNumber] += 1;
    };

    for (const QueueEvent &e : events) {
        if (e.ticketId.isEmpty())
            continue; // counter events
        if (e.type == QueueEvent::TicketIssued) {
            startLeg(e.ticketId, e.serviceCode, e.atMs);
            samples[e.serviceCode].issued += 1;
            continue;
        }
        // A ticket of an earlier day (closed at rollover today) has no leg today.
        const auto it = legs.find(e.ticketId);
        if (it == legs.end())
            continue;
        Leg &leg = *it;
        if (e.type == QueueEvent::TicketCalled) {
            leg.waiting = false;
            leg.lastCallAtMs = e.atMs;
            if (leg.firstCallAtMs == 0) {
                leg.firstCallAtMs = e.atMs;
                const qint64 wait = elapsedMs(leg.startedAtMs, e.atMs);
                Samples &s = samples[leg.serviceCode];
                s.waitSum += wait;
                s.waitMax = std::max(s.waitMax, wait);
                s.waitCount += 1;
                if (wait <= targetMs.value(leg.serviceCode, 0))
                    s.withinTarget += 1;
            }
        } else if (e.type == QueueEvent::TicketRecalled) {
            leg.lastCallAtMs = e.atMs;
        } else if (e.type == QueueEvent::TicketStarted) {
            leg.serviceStartAtMs = e.atMs;
            Samples &s = samples[leg.serviceCode];
            s.walkSum += elapsedMs(leg.lastCallAtMs, e.atMs);
            s.walkCount += 1;
        } else if (e.type == QueueEvent::TicketFinished) {
            served(leg, e);
            legs.erase(it);
        } else if (e.type == QueueEvent::TicketTransferred) {
            served(leg, e);
            startLeg(e.ticketId, e.serviceCode, e.atMs);
        } else if (e.type == QueueEvent::TicketParked) {
            leg.waiting = false;
        } else if (e.type == QueueEvent::TicketReturned) {
            leg.waiting = true;
        } else if (e.type == QueueEvent::TicketNoShow || e.type == QueueEvent::TicketCancelled
            || e.type == QueueEvent::TicketClosedAtRollover) {
            legs.erase(it);
        }
    }

    // The legs waiting now and the open counters, gathered per service in one pass each: asking
    // every service about every leg was quadratic in a day's distinct services (issue 13).
    struct WaitingNow
    {
        int count = 0;
        qint64 longestMs = 0;
    };
    QHash<QString, WaitingNow> waitingNow;
    for (const Leg &leg : std::as_const(legs)) {
        if (!leg.waiting)
            continue;
        WaitingNow &w = waitingNow[leg.serviceCode];
        w.count += 1;
        w.longestMs = std::max(w.longestMs, elapsedMs(leg.startedAtMs, nowMs));
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
    report.businessDay = businessDay;
    report.atMs = nowMs;
    for (const Service &service : services) {
        const Samples s = samples.value(service.code);
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
        f.withinTargetShare = s.waitCount > 0 ? double(s.withinTarget) / s.waitCount : 0.0;
        const qint64 elapsed = s.firstLegAtMs > 0 ? elapsedMs(s.firstLegAtMs, nowMs) : 0;
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
    for (auto it = servedAtCounter.cbegin(); it != servedAtCounter.cend(); ++it) {
        if (it.key() > 0)
            report.counters.append(CounterFigures {it.key(), it.value()});
    }
    return report;
}

} // namespace saduak
