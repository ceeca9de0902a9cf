#include "reportexport.h"

#include <queuelink/queuelink.h>
#include <reports/ereport.h>
#include <reports/ereportcsv.h>
#include <reports/ereportpdf.h>

#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

bool writeCsv(const QString &path, const QByteArray &csv, QString *why)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        *why = file.errorString();
        return false;
    }
    return true;
}

} // namespace

QString ReportExport::suggestedFileName(QDate from, QDate to, ExportReportDialog::Format format)
{
    const QString suffix = format == ExportReportDialog::Format::Csv ? u".csv"_s : u".pdf"_s;
    QString period;
    if (from == to)
        period = from.toString(Qt::ISODate);
    else if (from.day() == 1 && from.year() == to.year() && from.month() == to.month())
        period = from.toString(u"yyyy-MM"_s);
    else
        period = from.toString(Qt::ISODate) + u'_' + to.toString(Qt::ISODate);
    return u"ereport-"_s + period + suffix;
}

void ReportExport::run(QueueLink &queue, const Request &request, Done done)
{
    const QJsonObject params {{u"from"_s, request.from.toString(Qt::ISODate)},
        {u"to"_s, request.to.toString(Qt::ISODate)}};
    queue.command(u"eReport"_s, params, [request, done](const QJsonObject &reply) {
        const QueueReply r = QueueReply::fromJson(reply);
        if (!r.ok) {
            done(false, tr("The report could not be made: %1").arg(r.shownMessage()));
            return;
        }
        QString why;
        const std::optional<EReport> report
            = EReport::fromJson(reply.value(u"report"_s).toObject(), &why);
        if (!report) {
            done(false, tr("The hub's report could not be read: %1").arg(why));
            return;
        }
        bool written = false;
        if (request.format == ExportReportDialog::Format::Csv) {
            written = writeCsv(request.path,
                EReportCsv::toCsv(*report, request.services, request.centerName, request.language),
                &why);
        } else {
            EReportPdf::Content content;
            content.centerName = request.centerName;
            content.language = request.language;
            content.services = request.services;
            const QJsonObject officers = reply.value(u"officers"_s).toObject();
            for (auto it = officers.begin(); it != officers.end(); ++it)
                content.officerNames.insert(it.key(), it.value().toString());
            written = EReportPdf::write(request.path, *report, content, &why);
        }
        if (!written) {
            done(false, tr("The report could not be saved to %1: %2").arg(request.path, why));
            return;
        }
        done(true,
            tr("Saved the report of %1 to %2")
                .arg(EReportCsv::period(*report, request.language), request.path));
    });
}

} // namespace saduak
