#include "ereportdayintake.h"

#include "ingestrequest.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace saduak {

std::optional<MinuteHistogram> MinuteHistogram::fromCounts(const QList<qint64> &counts, QString *why)
{
    if (counts.size() > kLastMinute + 1) {
        if (why)
            *why = u"has %1 entries, at most %2 (the last counts %3 minutes or more)"_s.arg(
                counts.size())
                       .arg(kLastMinute + 1)
                       .arg(kLastMinute);
        return std::nullopt;
    }
    MinuteHistogram h;
    for (const qint64 count : counts) {
        if (count < 0) {
            if (why)
                *why = u"holds a negative count"_s;
            return std::nullopt;
        }
        h.m_total += count;
    }
    h.m_counts = counts;
    h.trim();
    return h;
}

std::optional<MinuteHistogram> MinuteHistogram::fromText(QStringView text)
{
    // Digits and commas read by hand: a month of 500 branches is 150,000 of these, and
    // QStringView::toLongLong per count was most of the area report's time (docs/performance.md).
    MinuteHistogram h;
    if (text.isEmpty())
        return h;
    h.m_counts.reserve(text.size() / 2 + 1);
    qint64 count = 0;
    bool digits = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            if (count > (qint64(1) << 53))
                return std::nullopt;
            count = count * 10 + (u - u'0');
            digits = true;
        } else if (u == u',' && digits) {
            h.m_counts.append(count);
            h.m_total += count;
            count = 0;
            digits = false;
        } else {
            return std::nullopt;
        }
    }
    if (!digits || h.m_counts.size() >= kLastMinute + 1)
        return std::nullopt;
    h.m_counts.append(count);
    h.m_total += count;
    h.trim();
    return h;
}

QString MinuteHistogram::text() const
{
    // Empty, never null, for no legs: QtSql binds a null QString as SQL NULL, which the NOT NULL
    // histogram columns refuse, and the whole batch with it (503, the branch stuck behind it).
    QString out = u""_s;
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        if (i)
            out += u',';
        out += QString::number(m_counts.at(i));
    }
    return out;
}

void MinuteHistogram::add(const MinuteHistogram &other)
{
    if (m_counts.size() < other.m_counts.size())
        m_counts.resize(other.m_counts.size(), 0);
    for (qsizetype i = 0; i < other.m_counts.size(); ++i)
        m_counts[i] += other.m_counts.at(i);
    m_total += other.m_total;
}

std::optional<int> MinuteHistogram::percentile(int p) const
{
    if (m_total <= 0 || p < 1 || p > 100)
        return std::nullopt;
    // ceil(p * total / 100) in integers: no rounding of a double can move the rank.
    const qint64 rank = (qint64(p) * m_total + 99) / 100;
    qint64 seen = 0;
    for (qsizetype minute = 0; minute < m_counts.size(); ++minute) {
        seen += m_counts.at(minute);
        if (seen >= rank)
            return int(minute);
    }
    return int(m_counts.size() - 1); // not reached: the counts add up to total
}

void MinuteHistogram::trim()
{
    while (!m_counts.isEmpty() && m_counts.constLast() == 0)
        m_counts.removeLast();
}

const QString &EReportDayIntake::kind()
{
    static const QString name = u"ereport.day"_s;
    return name;
}

namespace {

// A JSON number that is a whole count: finite, integral, 0 .. 2^53.
std::optional<qint64> countOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 9007199254740992.0 || std::floor(d) != d)
        return std::nullopt;
    return qint64(d);
}

std::optional<MinuteHistogram> histogramOf(const QJsonValue &value, QString *why)
{
    if (!value.isArray()) {
        *why = u"must be an array of counts"_s;
        return std::nullopt;
    }
    QList<qint64> counts;
    for (const QJsonValue &entry : value.toArray()) {
        const std::optional<qint64> count = countOf(entry);
        if (!count) {
            *why = u"must hold whole numbers of legs (0 or more)"_s;
            return std::nullopt;
        }
        counts.append(*count);
    }
    return MinuteHistogram::fromCounts(counts, why);
}

} // namespace

std::optional<DailyEReport> EReportDayIntake::read(const QByteArray &payload, QString *why)
{
    auto fail = [why](const QString &reason) -> std::optional<DailyEReport> {
        if (why)
            *why = u"ereport.day: "_s + reason;
        return std::nullopt;
    };
    const QJsonObject report = QJsonDocument::fromJson(payload).object();
    if (report.value(u"version"_s) != QJsonValue(1))
        return fail(u"version must be 1"_s);
    DailyEReport day;
    day.businessDay = report.value(u"businessDay"_s).toString();
    if (day.businessDay.size() != 10 || !QDate::fromString(day.businessDay, Qt::ISODate).isValid())
        return fail(u"businessDay must be a date as YYYY-MM-DD"_s);
    const std::optional<qint64> madeAt = countOf(report.value(u"madeAt"_s));
    if (!madeAt)
        return fail(u"madeAt must be UTC milliseconds (a non-negative integer)"_s);
    day.madeAtMs = *madeAt;
    if (!report.value(u"services"_s).isArray())
        return fail(u"services must be an array"_s);
    const QJsonArray services = report.value(u"services"_s).toArray();
    QSet<QString> codes;
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QString at = u"services[%1]"_s.arg(i);
        if (!services.at(i).isObject())
            return fail(at + u" must be an object"_s);
        const QJsonObject s = services.at(i).toObject();
        DailyEReportService service;
        service.serviceCode = s.value(u"serviceCode"_s).toString();
        if (service.serviceCode.isEmpty() || service.serviceCode.size() > 32
            || std::any_of(service.serviceCode.cbegin(), service.serviceCode.cend(),
                [](QChar c) { return c.category() == QChar::Other_Control; }))
            return fail(at + u".serviceCode must be a service's code (1-32 characters)"_s);
        if (codes.contains(service.serviceCode))
            return fail(at + u".serviceCode "_s + service.serviceCode + u" is there twice"_s);
        codes.insert(service.serviceCode);
        for (const auto &[key, target] : {std::pair {u"thaiName"_s, &service.thaiName},
                 std::pair {u"englishName"_s, &service.englishName}}) {
            const QJsonValue name = s.value(key);
            if (!name.isUndefined() && !name.isString())
                return fail(at + u'.' + key + u" must be text"_s);
            *target = name.toString().left(200);
        }
        const QJsonValue target = s.value(u"targetWaitMinutes"_s);
        if (!target.isUndefined() && !target.isNull()) {
            const std::optional<qint64> minutes = countOf(target);
            if (!minutes || *minutes > 24 * 60)
                return fail(at + u".targetWaitMinutes must be minutes (0-1440) or null"_s);
            service.targetWaitMinutes = int(*minutes);
        }
        for (const auto &[key, count] : {std::pair {u"issued"_s, &service.issued},
                 std::pair {u"called"_s, &service.called}, std::pair {u"served"_s, &service.served},
                 std::pair {u"noShows"_s, &service.noShows},
                 std::pair {u"transfersOut"_s, &service.transfersOut},
                 std::pair {u"cancelled"_s, &service.cancelled},
                 std::pair {u"withinTarget"_s, &service.withinTarget}}) {
            const std::optional<qint64> value = countOf(s.value(key));
            if (!value)
                return fail(at + u'.' + key + u" must be a count (a non-negative integer)"_s);
            *count = *value;
        }
        if (service.withinTarget > service.called)
            return fail(at + u".withinTarget is more than called"_s);
        QString problem;
        std::optional<MinuteHistogram> wait = histogramOf(s.value(u"waitMinutes"_s), &problem);
        if (!wait)
            return fail(at + u".waitMinutes "_s + problem);
        std::optional<MinuteHistogram> serviceTime
            = histogramOf(s.value(u"serviceMinutes"_s), &problem);
        if (!serviceTime)
            return fail(at + u".serviceMinutes "_s + problem);
        service.waitMinutes = std::move(*wait);
        service.serviceMinutes = std::move(*serviceTime);
        day.services.append(std::move(service));
    }
    return day;
}

void EReportDayIntake::refuseUnfit(IngestRequest &batch)
{
    batch.refuseUnfit(
        kind(), [](const IngestRow &row, QString *why) { return read(row.payload, why).has_value(); });
}

} // namespace saduak
