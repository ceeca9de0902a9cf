#include "ereport.h"

#include <queuemodel/queuelegs.h>

#include <domain/bangkoktime.h>

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <limits>
#include <utility>

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

// Counts by whole minute (rounded down), the last index everything from EReport::kMaxMinute on,
// trailing zeros dropped.
QList<int> minuteHistogram(const QList<qint64> &samples)
{
    QList<int> counts;
    for (const qint64 ms : samples) {
        const qsizetype minute = qsizetype(std::min<qint64>(ms / minuteMs, EReport::kMaxMinute));
        if (counts.size() <= minute)
            counts.resize(minute + 1, 0);
        counts[minute] += 1;
    }
    return counts;
}

// The dimensions' words in the report's JSON, one table both ways.
constexpr std::pair<EReport::Dimension, QStringView> kDimensionWords[] = {
    {EReport::Dimension::Service, u"service"},
    {EReport::Dimension::Counter, u"counter"},
    {EReport::Dimension::Officer, u"officer"},
    {EReport::Dimension::Hour, u"hour"},
};

QString wordOf(EReport::Dimension dimension)
{
    for (const auto &[d, word] : kDimensionWords) {
        if (d == dimension)
            return word.toString();
    }
    return {};
}

std::optional<EReport::Dimension> dimensionOf(const QString &word)
{
    for (const auto &[d, w] : kDimensionWords) {
        if (w == word)
            return d;
    }
    return std::nullopt;
}

// The row's counts and percentiles, by their JSON keys.
struct CountField
{
    QStringView key;
    int EReport::Row::*member;
};
constexpr CountField kCounts[] = {
    {u"issued", &EReport::Row::issued},
    {u"called", &EReport::Row::called},
    {u"served", &EReport::Row::served},
    {u"noShows", &EReport::Row::noShows},
    {u"transfersOut", &EReport::Row::transfersOut},
    {u"cancelled", &EReport::Row::cancelled},
    {u"withinTarget", &EReport::Row::withinTarget},
};
struct PercentileField
{
    QStringView key;
    std::optional<qint64> EReport::Row::*member;
};
constexpr PercentileField kPercentiles[] = {
    {u"waitP50Ms", &EReport::Row::waitP50Ms},
    {u"waitP90Ms", &EReport::Row::waitP90Ms},
    {u"serviceP50Ms", &EReport::Row::serviceP50Ms},
    {u"serviceP90Ms", &EReport::Row::serviceP90Ms},
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

struct EReport::Accumulator::State
{
    QDate from, to;
    QList<Service> services;
    QHash<QString, qint64> targetMs;
    QHash<QString, Tally> byService;
    QMap<int, Tally> byCounter;
    QMap<QString, Tally> byOfficer;
    QMap<int, Tally> byHour;
    BangkokHour bangkok;
    QueueLegs legs;
};

EReport::Accumulator::Accumulator(QDate from, QDate to, const QList<Service> &services)
    : d(std::make_unique<State>())
{
    d->from = from;
    d->to = to;
    d->services = services;
    for (const Service &s : services)
        d->targetMs.insert(s.code, qint64(s.targetWaitMinutes) * minuteMs);
}

EReport::Accumulator::~Accumulator() = default;

void EReport::Accumulator::add(const QList<QueueEvent> &events)
{
    State &st = *d;
    BangkokHour &bangkok = st.bangkok;
    // The tallies one figure goes to: the service's, the counter's and the officer's when the
    // event names them, and the hour's.
    auto tallies = [&](const QString &serviceCode, const QueueEvent &e, int hour) {
        QList<Tally *> list {&st.byService[serviceCode], &st.byHour[hour]};
        if (e.counterNumber > 0)
            list.append(&st.byCounter[e.counterNumber]);
        const QString staff = e.data.value(u"staff"_s).toString();
        if (!staff.isEmpty())
            list.append(&st.byOfficer[staff]);
        return list;
    };
    // The hour a leg's figures belong to: its first call's, or the event's for a leg never called.
    auto legHour = [&](const QueueLeg &leg, const QueueEvent &e) {
        const int eventHour = bangkok.of(e);
        return leg.firstCallAtMs > 0 ? bangkok.hour(leg.firstCallAtMs) : eventHour;
    };

    for (const QueueEvent &e : events) {
        const QueueLegs::Step step = st.legs.apply(e);
        if (e.type == QueueEvent::TicketIssued) {
            st.byService[e.serviceCode].row.issued += 1;
            st.byHour[bangkok.of(e)].row.issued += 1;
        }
        if (step.waitMs) {
            const bool within = *step.waitMs <= st.targetMs.value(step.leg->serviceCode, 0);
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
}

EReport EReport::Accumulator::finish()
{
    State &st = *d;
    EReport report;
    report.from = st.from;
    report.to = st.to;
    auto add = [&](Dimension dimension, const QString &key, Tally &t) {
        t.row.dimension = dimension;
        t.row.key = key;
        t.row.waitP50Ms = percentile(t.waits, 50);
        t.row.waitP90Ms = percentile(t.waits, 90);
        t.row.serviceP50Ms = percentile(t.serviceTimes, 50);
        t.row.serviceP90Ms = percentile(t.serviceTimes, 90);
        t.row.waitMinutes = minuteHistogram(t.waits);
        t.row.serviceMinutes = minuteHistogram(t.serviceTimes);
        report.rows.append(t.row);
    };
    QStringList codes;
    for (const Service &s : std::as_const(st.services)) {
        if (!codes.contains(s.code))
            codes.append(s.code);
    }
    QStringList others;
    for (auto it = st.byService.cbegin(); it != st.byService.cend(); ++it) {
        if (!codes.contains(it.key()))
            others.append(it.key());
    }
    others.sort();
    codes += others;
    for (const QString &code : std::as_const(codes))
        add(Dimension::Service, code, st.byService[code]);
    for (auto it = st.byCounter.begin(); it != st.byCounter.end(); ++it)
        add(Dimension::Counter, QString::number(it.key()), it.value());
    for (auto it = st.byOfficer.begin(); it != st.byOfficer.end(); ++it)
        add(Dimension::Officer, it.key(), it.value());
    for (auto it = st.byHour.begin(); it != st.byHour.end(); ++it)
        add(Dimension::Hour, QString::number(it.key()), it.value());
    return report;
}

EReport EReport::compute(
    QDate from, QDate to, const QList<QueueEvent> &events, const QList<Service> &services)
{
    Accumulator figures(from, to, services);
    figures.add(events);
    return figures.finish();
}

QJsonObject EReport::toJson() const
{
    QJsonArray out;
    for (const Row &r : rows) {
        QJsonObject row {{u"dimension"_s, wordOf(r.dimension)}, {u"key"_s, r.key}};
        for (const CountField &f : kCounts)
            row.insert(f.key.toString(), r.*f.member);
        for (const PercentileField &f : kPercentiles) {
            if (const std::optional<qint64> &ms = r.*f.member)
                row.insert(f.key.toString(), *ms);
        }
        out.append(row);
    }
    return {{u"from"_s, from.toString(Qt::ISODate)}, {u"to"_s, to.toString(Qt::ISODate)},
        {u"rows"_s, out}};
}

std::optional<EReport> EReport::fromJson(const QJsonObject &json, QString *why)
{
    auto fail = [why](const QString &reason) -> std::optional<EReport> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    EReport report;
    report.from = QDate::fromString(json.value(u"from"_s).toString(), Qt::ISODate);
    report.to = QDate::fromString(json.value(u"to"_s).toString(), Qt::ISODate);
    if (!report.from.isValid() || !report.to.isValid() || report.to < report.from)
        return fail(u"e-report: from and to must be ISO dates, from <= to"_s);
    if (!json.value(u"rows"_s).isArray())
        return fail(u"e-report: rows must be an array"_s);
    const QJsonArray rows = json.value(u"rows"_s).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString at = u"e-report row "_s + QString::number(i) + u": "_s;
        const QJsonObject o = rows.at(i).toObject();
        Row row;
        const std::optional<Dimension> dimension = dimensionOf(o.value(u"dimension"_s).toString());
        if (!dimension)
            return fail(at + u"unknown dimension"_s);
        row.dimension = *dimension;
        if (!o.value(u"key"_s).isString())
            return fail(at + u"key must be text"_s);
        row.key = o.value(u"key"_s).toString();
        for (const CountField &f : kCounts) {
            const QJsonValue v = o.value(f.key);
            // A count is a whole number from 0; toInteger() is 0 for anything else, so check.
            if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < 0
                || v.toInteger() > std::numeric_limits<int>::max())
                return fail(at + f.key.toString() + u" must be a whole number from 0"_s);
            row.*f.member = int(v.toInteger());
        }
        for (const PercentileField &f : kPercentiles) {
            const QJsonValue v = o.value(f.key);
            if (v.isUndefined())
                continue;
            if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < 0)
                return fail(at + f.key.toString() + u" must be a whole number of ms from 0"_s);
            row.*f.member = v.toInteger();
        }
        report.rows.append(row);
    }
    return report;
}

} // namespace saduak
