#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace saduak {

struct IngestRequest;

// A whole-minute histogram as a branch's daily e-report carries it (docs/central-api.md, "Area
// e-report"): counts[i] legs took i whole minutes, the last index (240) 240 minutes or more.
// Histograms add up, so an area's percentile comes from its branches' days without their legs.
class MinuteHistogram
{
public:
    static constexpr int kLastMinute = 240;

    MinuteHistogram() = default;
    // Nothing (why set) when a count is negative or there are more than kLastMinute + 1.
    static std::optional<MinuteHistogram> fromCounts(const QList<qint64> &counts, QString *why);
    // The stored form, "3,5,9" (empty for none); nothing when it is not one.
    static std::optional<MinuteHistogram> fromText(QStringView text);
    QString text() const;

    void add(const MinuteHistogram &other);
    qint64 total() const { return m_total; }
    const QList<qint64> &counts() const { return m_counts; } // trailing zeros dropped
    // Nearest rank, as EReport::percentile: the smallest minute m such that at least p% of the
    // legs took at most m minutes, i.e. the minute of the leg at rank ceil(p/100 x total) in
    // ascending order. Nothing when the histogram is empty. p in 1..100.
    std::optional<int> percentile(int p) const;

private:
    void trim();
    QList<qint64> m_counts;
    qint64 m_total = 0;
};

// One service's figures in a branch's day, as the branch counted them (EReport's service rows).
struct DailyEReportService
{
    QString serviceCode;
    QString thaiName;
    QString englishName;
    std::optional<int> targetWaitMinutes;
    qint64 issued = 0;
    qint64 called = 0;
    qint64 served = 0;
    qint64 noShows = 0;
    qint64 transfersOut = 0;
    qint64 cancelled = 0;
    qint64 withinTarget = 0;
    MinuteHistogram waitMinutes; // of called legs
    MinuteHistogram serviceMinutes; // of served legs
};

// A branch's daily e-report, an "ereport.day" outbox row (version 1): figures, no personal data.
struct DailyEReport
{
    QString businessDay; // YYYY-MM-DD
    qint64 madeAtMs = 0;
    QList<DailyEReportService> services;
};

// The checks of an "ereport.day" row at ingest. A payload central cannot read is refused for good
// (the branch lists it as a dead letter) with the field at fault named, and the rest of its batch
// is stored; a good one is kept as figures by AreaReportStore.
class EReportDayIntake
{
public:
    static const QString &kind(); // "ereport.day"

    static std::optional<DailyEReport> read(const QByteArray &payload, QString *why = nullptr);

    // Moves the rows of this kind that read() refuses from batch's rows to its refused rows.
    static void refuseUnfit(IngestRequest &batch);
};

} // namespace saduak
