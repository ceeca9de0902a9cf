#include "dashboardfigures.h"

#include <domain/service.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

qint64 msOf(const QJsonObject &o, const QString &key)
{
    return std::max<qint64>(0, qint64(o.value(key).toDouble()));
}

std::optional<qint64> weighted(const QList<DashboardFigures::ServiceFigures> &services,
    int DashboardFigures::ServiceFigures::*count, qint64 DashboardFigures::ServiceFigures::*average)
{
    qint64 sum = 0;
    qint64 n = 0;
    for (const DashboardFigures::ServiceFigures &s : services) {
        sum += qint64(s.*count) * (s.*average);
        n += s.*count;
    }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

} // namespace

DashboardFigures DashboardFigures::fromStatistics(const QJsonObject &statistics)
{
    DashboardFigures f;
    f.businessDay = statistics.value(u"businessDay"_s).toString();
    f.atMs = qint64(statistics.value(u"at"_s).toDouble());
    for (const QJsonValue &v : statistics.value(u"services"_s).toArray()) {
        const QJsonObject o = v.toObject();
        ServiceFigures s;
        s.serviceCode = o.value(u"serviceCode"_s).toString();
        s.issuedCount = o.value(u"issuedCount"_s).toInt();
        s.waitingNow = o.value(u"waitingNow"_s).toInt();
        s.longestWaitingNowMs = msOf(o, u"longestWaitingNowMs"_s);
        s.calledCount = o.value(u"calledCount"_s).toInt();
        s.averageWaitMs = msOf(o, u"averageWaitMs"_s);
        s.withinTargetShare = o.value(u"withinTargetShare"_s).toDouble();
        s.servedCount = o.value(u"servedCount"_s).toInt();
        s.averageServiceMs = msOf(o, u"averageServiceMs"_s);
        f.services.append(s);
    }
    for (const QJsonValue &v : statistics.value(u"counters"_s).toArray()) {
        const QJsonObject o = v.toObject();
        CounterFigures c;
        c.servedCount = o.value(u"servedCount"_s).toInt();
        const QJsonObject officer = o.value(u"officer"_s).toObject();
        const QString user = officer.value(u"user"_s).toString();
        if (!user.isEmpty()) {
            const QString name = officer.value(u"name"_s).toString();
            c.officer = Officer {user, name.isEmpty() ? user : name};
        }
        f.counters.insert(o.value(u"counter"_s).toInt(), c);
    }
    for (const QJsonValue &v : statistics.value(u"hours"_s).toArray()) {
        const QJsonObject o = v.toObject();
        f.hours.append(Hour {o.value(u"hour"_s).toInt(), o.value(u"issued"_s).toInt(),
            o.value(u"served"_s).toInt()});
    }
    return f;
}

const DashboardFigures::ServiceFigures *DashboardFigures::service(const QString &code) const
{
    for (const ServiceFigures &s : services)
        if (s.serviceCode == code)
            return &s;
    return nullptr;
}

std::optional<qint64> DashboardFigures::averageWaitMs() const
{
    return weighted(services, &ServiceFigures::calledCount, &ServiceFigures::averageWaitMs);
}

std::optional<qint64> DashboardFigures::averageServiceMs() const
{
    return weighted(services, &ServiceFigures::servedCount, &ServiceFigures::averageServiceMs);
}

std::optional<double> DashboardFigures::withinTargetShare() const
{
    double within = 0;
    int called = 0;
    for (const ServiceFigures &s : services) {
        within += s.withinTargetShare * s.calledCount;
        called += s.calledCount;
    }
    if (called == 0)
        return std::nullopt;
    return within / called;
}

int DashboardFigures::issuedCount() const
{
    int n = 0;
    for (const ServiceFigures &s : services)
        n += s.issuedCount;
    return n;
}

int DashboardFigures::servedCount() const
{
    int n = 0;
    for (const ServiceFigures &s : services)
        n += s.servedCount;
    return n;
}

QList<RecentDay> RecentDay::listFromReply(const QJsonObject &reply)
{
    QList<RecentDay> days;
    for (const QJsonValue &v : reply.value(u"days"_s).toArray()) {
        const QJsonObject o = v.toObject();
        RecentDay d;
        d.businessDay = o.value(u"businessDay"_s).toString();
        d.issuedCount = o.value(u"issuedCount"_s).toInt();
        d.calledCount = o.value(u"calledCount"_s).toInt();
        d.servedCount = o.value(u"servedCount"_s).toInt();
        d.averageWaitMs = msOf(o, u"averageWaitMs"_s);
        d.averageServiceMs = msOf(o, u"averageServiceMs"_s);
        if (o.value(u"withinTargetShare"_s).isDouble())
            d.withinTargetShare = o.value(u"withinTargetShare"_s).toDouble();
        days.append(d);
    }
    return days;
}

TargetState targetStateOf(const DashboardFigures::ServiceFigures &figures, const Service &service)
{
    if (figures.waitingNow == 0)
        return TargetState::NobodyWaiting;
    const qint64 targetMs = qint64(service.targetWaitMinutes) * 60 * 1000;
    if (targetMs > 0 && figures.longestWaitingNowMs > targetMs)
        return TargetState::OverTarget;
    return TargetState::WithinTarget;
}

QString DurationText::minutes(qint64 ms)
{
    if (ms < 60 * 1000)
        return tr("< 1 min");
    return tr("%n min", nullptr, int(ms / (60 * 1000)));
}

} // namespace saduak
