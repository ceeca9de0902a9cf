#include "ereportday.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QJsonArray toArray(const QList<int> &counts)
{
    QJsonArray out;
    for (const int n : counts)
        out.append(n);
    return out;
}

} // namespace

QJsonObject EReportDay::payload(
    const EReport &report, const QList<Service> &services, qint64 madeAtMs)
{
    QJsonArray rows;
    for (const EReport::Row &r : report.rows) {
        if (r.dimension != EReport::Dimension::Service)
            continue;
        Service service;
        service.thaiName = service.englishName = r.key;
        for (const Service &s : services) {
            if (s.code == r.key)
                service = s;
        }
        rows.append(QJsonObject {{u"serviceCode"_s, r.key}, {u"thaiName"_s, service.thaiName},
            {u"englishName"_s, service.englishName},
            {u"targetWaitMinutes"_s, service.targetWaitMinutes}, {u"issued"_s, r.issued},
            {u"called"_s, r.called}, {u"served"_s, r.served}, {u"noShows"_s, r.noShows},
            {u"transfersOut"_s, r.transfersOut}, {u"cancelled"_s, r.cancelled},
            {u"withinTarget"_s, r.withinTarget}, {u"waitMinutes"_s, toArray(r.waitMinutes)},
            {u"serviceMinutes"_s, toArray(r.serviceMinutes)}});
    }
    return {{u"version"_s, kVersion}, {u"businessDay"_s, report.from.toString(Qt::ISODate)},
        {u"madeAt"_s, madeAtMs}, {u"services"_s, rows}};
}

} // namespace saduak
