#pragma once

#include "exportreportdialog.h"

#include <domain/language.h>
#include <domain/service.h>

#include <QCoreApplication>
#include <QDate>
#include <QPointer>
#include <functional>

namespace saduak {

class QueueLink;

// Exports the hub's e-report of a period to a file: asks the hub (`eReport`,
// docs/hub-protocol.md "Reports"), then writes the CSV (EReportCsv) or the PDF (EReportPdf).
// done gets whether it worked and the sentence to show, in the user's language: where the file
// went, or why it did not (the hub's refusal, a file that could not be written).
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(saduak::ReportExport)
public:
    struct Request
    {
        QDate from;
        QDate to;
        ExportReportDialog::Format format = ExportReportDialog::Format::Pdf;
        QString path;
        QString centerName;
        Language language = Language::Thai;
        QList<Service> services;
    };
    using Done = std::function<void(bool ok, const QString &message)>;

    static void run(QueueLink &queue, const Request &request, Done done);
    // "ereport-2026-12-06.csv" for a day, "ereport-2026-12.pdf" for a month, else from_to.
    static QString suggestedFileName(QDate from, QDate to, ExportReportDialog::Format format);
};

} // namespace saduak
