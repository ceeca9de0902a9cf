#pragma once

#include "ereport.h"

#include <domain/language.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace saduak {

// The e-report as a CSV file for a supervisor to open in Excel or LibreOffice: UTF-8 with a byte
// order mark (without it Excel reads the Thai as mojibake), CRLF line ends, fields quoted as
// RFC 4180 says when they hold a comma, a quote or a line break.
//
// One table with a dimension column, not one section per dimension: a header row then data rows
// only, so that Excel's filter, a pivot table or a sort work on the whole file at once, files of
// several days or branches can be pasted under one another, and every row says which center and
// period it belongs to. Columns: center, period, dimension ("Service" / "บริการ"...), item (service
// code, counter number, officer's user name, hour "09:00-10:00"), name (the service's name), then
// the figures. Times are minutes with one decimal ("12.5"; a point, as both Thai and English
// write it), within-target as a percentage with one decimal; an empty cell where there is no
// figure (no call, no service). Headers and words are translated (context saduak::EReportCsv);
// the period's dates have Buddhist-Era years in Thai.
class EReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(saduak::EReportCsv)

public:
    static QByteArray toCsv(const EReport &report, const QList<Service> &services,
        const QString &centerName, Language language);

    // "7 ธ.ค. 2569" for a day, "1 ธ.ค. 2569 - 31 ธ.ค. 2569" for longer; English in Gregorian.
    static QString period(const EReport &report, Language language);
};

} // namespace saduak
