#include "queuestatistics.h"

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
    int withinTarget = 0;
    qint64 walkSum = 0;
    int walkCount = 0;
    QList<qint64> serviceTimes; // in finishing order
    qint64 firstLegAtMs = 0;
};

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

    QHash<QString, Samples> samples; // by service code
    QMap<int, int> servedAtCounter;
    for (const Counter &c : counters)
        servedAtCounter.insert(c.number, 0);

    // The legs, waits, walks and service times are QueueLegs' (app/queuemodel/queuelegs.h), the
    // same the e-report (app/reports) counts.
    QueueLegs legs;
    for (const QueueEvent &e : events) {
        const QueueLegs::Step step = legs.apply(e);
        if (e.type == QueueEvent::TicketIssued)
            samples[e.serviceCode].issued += 1;
        if (step.legStarted) {
            Samples &s = samples[step.leg->serviceCode];
            if (s.firstLegAtMs == 0)
                s.firstLegAtMs = step.leg->startedAtMs;
        }
        if (step.waitMs) {
            Samples &s = samples[step.leg->serviceCode];
            s.waitSum += *step.waitMs;
            s.waitMax = std::max(s.waitMax, *step.waitMs);
            s.waitCount += 1;
            if (*step.waitMs <= targetMs.value(step.leg->serviceCode, 0))
                s.withinTarget += 1;
        }
        if (step.walkMs) {
            Samples &s = samples[step.leg->serviceCode];
            s.walkSum += *step.walkMs;
            s.walkCount += 1;
        }
        if (step.serviceMs) {
            samples[step.ended->serviceCode].serviceTimes.append(*step.serviceMs);
            servedAtCounter[e.counterNumber] += 1;
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
    for (const QueueLeg &leg : legs.open()) {
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
    for (auto it = servedAtCounter.cbegin(); it != servedAtCounter.cend(); ++it) {
        if (it.key() > 0)
            report.counters.append(CounterFigures {it.key(), it.value()});
    }
    return report;
}

} // namespace saduak
