#pragma once

#include "ereport.h"

#include <QJsonObject>
#include <QString>

namespace saduak {

// A business day's e-report as it leaves the branch for central: one outbox row of kind
// "ereport.day" per branch and day (docs/central-api.md, "Kind ereport.day"), from which central
// compares branches and rolls days up by amphoe and province. Per service only, with the
// service's names and target as the branch had them that day, and the waits and service times as
// histograms by whole minute (EReport::Row::waitMinutes): percentiles of many branches or days
// cannot be made from each one's percentiles, but can from summed histograms. No officers, no
// counters: nothing about a person leaves the branch here.
class EReportDay
{
public:
    static QString kind() { return QStringLiteral("ereport.day"); }
    static constexpr int kVersion = 1;

    // report: one business day's (from == to). services: the catalog's, for names and targets; a
    // service row the catalog no longer has carries its code as its names and target 0.
    static QJsonObject payload(
        const EReport &report, const QList<Service> &services, qint64 madeAtMs);
};

} // namespace saduak
