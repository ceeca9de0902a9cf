#include "ereportcsv.h"

#include <domain/buddhistdate.h>

#include <QStringList>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QString quoted(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n')
        && !field.contains(u'\r'))
        return field;
    QString text = field;
    text.replace(u"\""_s, u"\"\""_s);
    return u'"' + text + u'"';
}

QString minutes(const std::optional<qint64> &ms)
{
    return ms ? QString::number(double(*ms) / 60000.0, 'f', 1) : QString();
}

QString dimensionName(EReport::Dimension dimension)
{
    switch (dimension) {
    case EReport::Dimension::Service:
        return EReportCsv::tr("Service");
    case EReport::Dimension::Counter:
        return EReportCsv::tr("Counter");
    case EReport::Dimension::Officer:
        return EReportCsv::tr("Officer");
    case EReport::Dimension::Hour:
        return EReportCsv::tr("Hour");
    }
    return {};
}

} // namespace

QString EReportCsv::period(const EReport &report, Language language)
{
    const QString from = BuddhistDate::format(report.from, language);
    if (report.to == report.from || !report.to.isValid())
        return from;
    return from + u" - "_s + BuddhistDate::format(report.to, language);
}

QByteArray EReportCsv::toCsv(const EReport &report, const QList<Service> &services,
    const QString &centerName, Language language)
{
    const QStringList header {
        tr("Center"),
        tr("Period"),
        tr("Dimension"),
        tr("Item"),
        tr("Name"),
        tr("Issued"),
        tr("Called"),
        tr("Served"),
        tr("No-shows"),
        tr("Transfers out"),
        tr("Cancelled"),
        tr("Wait p50 (min)"),
        tr("Wait p90 (min)"),
        tr("Service time p50 (min)"),
        tr("Service time p90 (min)"),
        tr("Called within target (%)"),
    };
    const QString periodText = period(report, language);
    QString text;
    auto line = [&](const QStringList &fields) {
        QStringList cells;
        cells.reserve(fields.size());
        for (const QString &f : fields)
            cells.append(quoted(f));
        text += cells.join(u',') + u"\r\n"_s;
    };
    line(header);
    for (const EReport::Row &r : report.rows) {
        QString item = r.key;
        QString name;
        if (r.dimension == EReport::Dimension::Hour) {
            const int hour = r.key.toInt();
            item = u"%1:00-%2:00"_s.arg(hour, 2, 10, QChar(u'0')).arg(hour + 1, 2, 10, QChar(u'0'));
        } else if (r.dimension == EReport::Dimension::Service) {
            for (const Service &s : services) {
                if (s.code == r.key) {
                    name = s.name(language);
                    break;
                }
            }
        }
        const std::optional<double> share = r.withinTargetShare();
        line({centerName, periodText, dimensionName(r.dimension), item, name,
            QString::number(r.issued), QString::number(r.called), QString::number(r.served),
            QString::number(r.noShows), QString::number(r.transfersOut),
            QString::number(r.cancelled), minutes(r.waitP50Ms), minutes(r.waitP90Ms),
            minutes(r.serviceP50Ms), minutes(r.serviceP90Ms),
            share ? QString::number(*share * 100.0, 'f', 1) : QString()});
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace saduak
