#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace saduak {

struct Service;

// The day's figures as the supervisor's dashboard reads them from the hub's `statistics` reply
// and `recentDays` (docs/hub-protocol.md): what the models and the alert show. Parsing only; the
// hub computes every figure.
struct DashboardFigures
{
    struct ServiceFigures
    {
        QString serviceCode;
        int issuedCount = 0;
        int waitingNow = 0;
        qint64 longestWaitingNowMs = 0;
        int calledCount = 0;
        qint64 averageWaitMs = 0;
        double withinTargetShare = 0; // of the legs called
        int servedCount = 0;
        qint64 averageServiceMs = 0;
    };
    struct Officer
    {
        QString user;
        QString name; // the user name again when the hub has no name
    };
    struct CounterFigures
    {
        int servedCount = 0;
        std::optional<Officer> officer; // the person named by the counter's latest event today
    };
    struct Hour
    {
        int hour = 0; // 0..23, Bangkok
        int issued = 0;
        int served = 0;
    };

    QString businessDay;
    qint64 atMs = 0; // when the hub computed them (UTC ms)
    QList<ServiceFigures> services;
    QHash<int, CounterFigures> counters; // by counter number
    QList<Hour> hours; // ascending, only hours with something

    static DashboardFigures fromStatistics(const QJsonObject &statistics);
    const ServiceFigures *service(const QString &code) const;
    // Today's averages over every service, weighted by the legs they are averages of; nullopt
    // when nothing was called (wait) or served (service time).
    std::optional<qint64> averageWaitMs() const;
    std::optional<qint64> averageServiceMs() const;
    std::optional<double> withinTargetShare() const; // of every leg called today
    int issuedCount() const;
    int servedCount() const;
};

// One past business day from `recentDays`.
struct RecentDay
{
    QString businessDay; // ISO date
    int issuedCount = 0;
    int calledCount = 0;
    int servedCount = 0;
    qint64 averageWaitMs = 0;
    qint64 averageServiceMs = 0;
    std::optional<double> withinTargetShare; // none when nothing was called

    static QList<RecentDay> listFromReply(const QJsonObject &reply);
};

// Whether a service's longest wait now is past its target: what the status column and the alert
// banner say. A service with no target (0 minutes) is never over it.
enum class TargetState { NobodyWaiting, WithinTarget, OverTarget };
TargetState targetStateOf(const DashboardFigures::ServiceFigures &figures, const Service &service);

// Durations as the dashboard shows them: whole minutes ("12 min"), under a minute "< 1 min".
class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(saduak::DurationText)
public:
    static QString minutes(qint64 ms);
};

} // namespace saduak
