#pragma once

#include "areareport.h"
#include "deskview.h"

#include <QCoreApplication>
#include <QString>

namespace saduak {

struct DeskOfficer;

// The area e-report's page at the desk (/desk/area-report; docs/central-api.md "Area e-report"):
// a form for the period (a month or a day) and the area, and a table of the branches grouped by
// amphoe and province with the roll-up rows (the level said in words, not only in bold), their
// within-target shares and p90 waits, and the services of the whole choice. HTML in the page's
// language, through the desk's document and translator; no script. Knows no HTTP or SQL.
class AreaReportView
{
    Q_DECLARE_TR_FUNCTIONS(saduak::AreaReportView)

public:
    explicit AreaReportView(const DeskView &desk) : m_desk(desk) { }

    // report: the figures asked for, none when the query was refused (refusal says why);
    // everywhere: the same period without an area, whose provinces and amphoes the form offers.
    QString page(const DeskOfficer &officer, const QString &csrf, const AreaReportQuery &query,
        const AreaReport *report, const AreaReport *everywhere, const QString &refusal) const;

private:
    QString t(const char *source) const { return m_desk.t("saduak::AreaReportView", source); }
    QString form(const AreaReportQuery &query, const AreaReport *everywhere) const;
    QString period(const AreaReportQuery &query) const;
    QString figureCells(const AreaEntry &entry) const;
    QString row(const QString &id, const QString &cssClass, const QString &level,
        const QString &name, const AreaEntry &entry) const;
    QString areaName(const AreaName &name) const;
    QString share(const AreaFigures &figures) const;
    QString branches(int count) const;

    const DeskView &m_desk;
};

} // namespace saduak
