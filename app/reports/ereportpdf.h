#pragma once

#include "ereport.h"

#include <domain/language.h>
#include <domain/service.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace saduak {

// The e-report as an A4 PDF for a supervisor to print or send on: a heading with the centre's name
// and the period (Buddhist-Era dates in Thai), a summary line (issued, served, no-shows, the share
// called within target), two bar charts drawn by Qt Charts (served per hour of the day; wait p50
// and p90 per service), then one table per service, counter, officer and hour with the report's
// figures. A table longer than the page goes on on the next page under its header again; every
// page has "page n of m" at its foot. Text stays text (pdftotext and a reader's search find it),
// in the fonts of printed forms (fonts-thai-tlwg, app/printing).
//
// Qt Charts draws with QGraphicsWidgets, so write() needs a QApplication and its thread (the GUI
// program has one; a program without a screen makes one on the offscreen platform,
// QT_QPA_PLATFORM=offscreen). Without one it refuses, saying so, rather than crash.
class EReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(saduak::EReportPdf)

public:
    struct Content
    {
        QString centerName; // shown in the heading
        Language language = Language::Thai;
        QList<Service> services; // names of the service rows, in this order
        QHash<QString, QString> officerNames; // user -> display name
    };

    // Writes the report as an A4 PDF; false with why (in the user's language) when it cannot.
    // The file is written whole or not at all (a failed write leaves what was there before).
    static bool write(
        const QString &path, const EReport &report, const Content &content, QString *why);
};

} // namespace saduak
