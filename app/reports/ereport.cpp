#include "ereport.h"

#include <queuemodel/queuelegs.h>

#include <domain/bangkoktime.h>

#include <QDateTime>
#include <QHash>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;

struct Tally
{
    EReport::Row row;
    QList<qint64> waits;
    QList<qint64> serviceTimes;
};

// The Asia/Bangkok hour of an instant. The offset is looked up once per business day: asking the
// time zone for each of a month's ~750,000 events would cost more than the whole report, and no
// zone changes its offset in the middle of a business day's opening hours.
class BangkokHour
{
public:
    int of(const QueueEvent &e)
    {
        if (e.businessDay != m_day) {
            m_day = e.businessDay;
            m_offsetMs = qint64(BangkokTime::zone().offsetFromUtc(
                             QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC)))
                * 1000;
        }
        return hour(e.atMs);
    }
    int hour(qint64 atMs) const
    {
        const qint64 local = atMs + m_offsetMs;
        return int(((local % (24 * hourMs)) + 24 * hourMs) % (24 * hourMs) / hourMs);
    }

private:
    QString m_day = u"\x01"_s;
    qint64 m_offsetMs = 0;
};

} // namespace

std::optional<double> EReport::Row::withinTargetShare() const
{
    if (called == 0)
        return std::nullopt;
    return double(withinTarget) / called;
}

QList<EReport::Row> EReport::rowsOf(Dimension dimension) const
{
    QList<Row> result;
    for (const Row &r : rows) {
        if (r.dimension == dimension)
            result.append(r);
    }
    return result;
}

const EReport::Row *EReport::row(Dimension dimension, const QString &key) const
{
    for (const Row &r : rows) {
        if (r.dimension == dimension && r.key == key)
            return &r;
    }
    return nullptr;
}

std::optional<qint64> EReport::percentile(QList<qint64> &samples, int p)
{
    const qsizetype n = samples.size();
    if (n == 0 || p < 1 || p > 100)
        return std::nullopt;
    const qsizetype rank = (qsizetype(p) * n + 99) / 100; // ceil(p x n / 100), 1..n
    const auto nth = samples.begin() + (rank - 1);
    std::nth_element(samples.begin(), nth, samples.end());
    return *nth;
}

EReport EReport::compute(
    QDate from, QDate to, const QList<QueueEvent> &events, const QList<Service> &services)
{
    QHash<QString, qint64> targetMs;
    for (const Service &s : services)
        targetMs.insert(s.code, qint64(s.targetWaitMinutes) * minuteMs);

    QHash<QString, Tally> byService;
    QMap<int, Tally> byCounter;
    QMap<QString, Tally> byOfficer;
    QMap<int, Tally> byHour;
    BangkokHour bangkok;

    // The tallies one figure goes to: the service's, the counter's and the officer's when the
    // event names them, and the hour's.
    auto tallies = [&](const QString &serviceCode, const QueueEvent &e, int hour) {
        QList<Tally *> list {&byService[serviceCode], &byHour[hour]};
        if (e.counterNumber > 0)
            list.append(&byCounter[e.counterNumber]);
        const QString staff = e.data.value(u"staff"_s).toString();
        if (!staff.isEmpty())
            list.append(&byOfficer[staff]);
        return list;
    };
    // The hour a leg's figures belong to: its first call's, or the event's for a leg never called.
    auto legHour = [&](const QueueLeg &leg, const QueueEvent &e) {
        const int eventHour = bangkok.of(e);
        return leg.firstCallAtMs > 0 ? bangkok.hour(leg.firstCallAtMs) : eventHour;
    };

    QueueLegs legs;
    for (const QueueEvent &e : events) {
        const QueueLegs::Step step = legs.apply(e);
        if (e.type == QueueEvent::TicketIssued) {
            byService[e.serviceCode].row.issued += 1;
            byHour[bangkok.of(e)].row.issued += 1;
        }
        if (step.waitMs) {
            const bool within = *step.waitMs <= targetMs.value(step.leg->serviceCode, 0);
            for (Tally *t : tallies(step.leg->serviceCode, e, bangkok.of(e))) {
                t->row.called += 1;
                t->waits.append(*step.waitMs);
                if (within)
                    t->row.withinTarget += 1;
            }
        }
        if (!step.ended)
            continue;
        const QueueLeg &ended = *step.ended;
        for (Tally *t : tallies(ended.serviceCode, e, legHour(ended, e))) {
            if (step.serviceMs) {
                t->row.served += 1;
                t->serviceTimes.append(*step.serviceMs);
            }
            if (e.type == QueueEvent::TicketNoShow)
                t->row.noShows += 1;
            else if (e.type == QueueEvent::TicketTransferred)
                t->row.transfersOut += 1;
            else if (e.type == QueueEvent::TicketCancelled)
                t->row.cancelled += 1;
        }
    }

    EReport report;
    report.from = from;
    report.to = to;
    auto add = [&](Dimension dimension, const QString &key, Tally &t) {
        t.row.dimension = dimension;
        t.row.key = key;
        t.row.waitP50Ms = percentile(t.waits, 50);
        t.row.waitP90Ms = percentile(t.waits, 90);
        t.row.serviceP50Ms = percentile(t.serviceTimes, 50);
        t.row.serviceP90Ms = percentile(t.serviceTimes, 90);
        report.rows.append(t.row);
    };
    QStringList codes;
    for (const Service &s : services) {
        if (!codes.contains(s.code))
            codes.append(s.code);
    }
    QStringList others;
    for (auto it = byService.cbegin(); it != byService.cend(); ++it) {
        if (!codes.contains(it.key()))
            others.append(it.key());
    }
    others.sort();
    codes += others;
    for (const QString &code : std::as_const(codes))
        add(Dimension::Service, code, byService[code]);
    for (auto it = byCounter.begin(); it != byCounter.end(); ++it)
        add(Dimension::Counter, QString::number(it.key()), it.value());
    for (auto it = byOfficer.begin(); it != byOfficer.end(); ++it)
        add(Dimension::Officer, it.key(), it.value());
    for (auto it = byHour.begin(); it != byHour.end(); ++it)
        add(Dimension::Hour, QString::number(it.key()), it.value());
    return report;
}

} // namespace saduak
