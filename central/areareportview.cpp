#include "areareportview.h"

#include "deskaccounts.h"

#include <domain/buddhistdate.h>

#include <QLocale>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString minutesText(const std::optional<int> &minutes)
{
    if (!minutes)
        return u"—"_s;
    // 240 stands for 240 minutes or more (docs/central-api.md).
    return *minutes >= MinuteHistogram::kLastMinute ? u"≥ 240"_s : QString::number(*minutes);
}

} // namespace

QString AreaReportView::areaName(const AreaName &name) const
{
    return m_desk.language() == Language::Thai ? name.thai : name.english;
}

QString AreaReportView::branches(int count) const
{
    return count == 1 ? t(QT_TR_NOOP("1 branch")) : t(QT_TR_NOOP("%1 branches")).arg(count);
}

QString AreaReportView::share(const AreaFigures &figures) const
{
    const std::optional<double> s = figures.withinTargetShare();
    return s ? QString::number(*s * 100, 'f', 1) + u" %"_s : u"—"_s;
}

QString AreaReportView::period(const AreaReportQuery &query) const
{
    const Language language = m_desk.language();
    if (query.isDay)
        return BuddhistDate::format(query.from, language, BuddhistDate::Style::Long);
    if (language == Language::Thai)
        return BuddhistDate::thaiMonthName(query.from.month(), BuddhistDate::Style::Long) + u' '
            + QString::number(BuddhistDate::buddhistYear(query.from));
    return QLocale(QLocale::English).monthName(query.from.month()) + u' '
        + QString::number(query.from.year());
}

QString AreaReportView::form(const AreaReportQuery &query, const AreaReport *everywhere) const
{
    const auto radio = [&](const QString &value, bool checked, const QString &label,
                           const QString &input) -> QString {
        return u"<label class=\"period\"><span><input type=\"radio\" name=\"period\" value=\""_s
            + value + u"\" id=\"period-"_s + value + u'"' + (checked ? u" checked"_s : QString())
            + u"> "_s + escape(label) + u"</span>"_s + input + u"</label>"_s;
    };
    QString out = u"<form class=\"filter\" method=\"get\" action=\"/desk/area-report\">"
                  "<fieldset><legend>"_s
        + escape(t(QT_TR_NOOP("Period"))) + u"</legend>"_s
        + radio(u"month"_s, !query.isDay, t(QT_TR_NOOP("A month")),
            u"<input type=\"month\" name=\"month\" id=\"month\" value=\""_s
                + escape(query.monthText()) + u"\">"_s)
        + radio(u"day"_s, query.isDay, t(QT_TR_NOOP("A day")),
            u"<input type=\"date\" name=\"day\" id=\"day\" value=\""_s
                + escape(query.isDay ? query.from.toString(Qt::ISODate) : QString()) + u"\">"_s)
        + u"</fieldset>"_s;
    // The areas where branches are, not all 77 provinces and 928 amphoes.
    out += u"<label>"_s + escape(t(QT_TR_NOOP("Province")))
        + u"<select name=\"province\" id=\"province\"><option value=\"\">"_s
        + escape(t(QT_TR_NOOP("All provinces"))) + u"</option>"_s;
    if (everywhere)
        for (const AreaEntry &p : everywhere->provinces)
            out += u"<option value=\""_s + escape(p.code) + u'"'
                + (p.code == query.province ? u" selected"_s : QString()) + u'>'
                + escape(areaName(p.areaName)) + u"</option>"_s;
    out += u"</select></label><label>"_s + escape(t(QT_TR_NOOP("Amphoe")))
        + u"<select name=\"amphoe\" id=\"amphoe\"><option value=\"\">"_s
        + escape(t(QT_TR_NOOP("All amphoes"))) + u"</option>"_s;
    if (everywhere)
        for (const AreaEntry &p : everywhere->provinces) {
            // Grouped by province: with no script, the list cannot follow the province chosen.
            out += u"<optgroup label=\""_s + escape(areaName(p.areaName)) + u"\">"_s;
            for (const AreaEntry *a : everywhere->amphoesIn(p.code))
                out += u"<option value=\""_s + escape(a->code) + u'"'
                    + (a->code == query.amphoe ? u" selected"_s : QString()) + u'>'
                    + escape(areaName(a->areaName)) + u"</option>"_s;
            out += u"</optgroup>"_s;
        }
    out += u"</select></label><button type=\"submit\" id=\"show\">"_s
        + escape(t(QT_TR_NOOP("Show"))) + u"</button></form>"_s;
    return out;
}

QString AreaReportView::figureCells(const AreaEntry &e) const
{
    const AreaFigures &f = e.all;
    QString out;
    for (const qint64 n : {qint64(e.daysReported), f.issued, f.called, f.served, f.noShows,
             f.transfersOut})
        out += u"<td class=\"number\">"_s + QString::number(n) + u"</td>"_s;
    out += u"<td class=\"number share\">"_s + share(f) + u"</td><td class=\"number\">"_s
        + minutesText(f.waitMinutes.percentile(50)) + u"</td><td class=\"number p90\">"_s
        + minutesText(f.waitMinutes.percentile(90)) + u"</td><td class=\"number\">"_s
        + minutesText(f.serviceMinutes.percentile(90)) + u"</td>"_s;
    return out;
}

QString AreaReportView::row(const QString &id, const QString &cssClass, const QString &level,
    const QString &name, const AreaEntry &entry) const
{
    return u"<tr class=\""_s + cssClass + u"\" id=\""_s + escape(id) + u"\"><th scope=\"row\">"_s
        + (level.isEmpty() ? QString()
                           : u"<span class=\"level\">"_s + escape(level) + u"</span> "_s)
        + escape(name) + u"</th>"_s + figureCells(entry) + u"</tr>"_s;
}

QString AreaReportView::page(const DeskOfficer &officer, const QString &csrf,
    const AreaReportQuery &query, const AreaReport *report, const AreaReport *everywhere,
    const QString &refusal) const
{
    const QString title = t(QT_TR_NOOP("Area e-report"));
    QString body = u"<h1>"_s + escape(title) + u"</h1>"_s + form(query, everywhere);
    QUrlQuery keep;
    if (!refusal.isEmpty()) {
        body += u"<p class=\"refusal\" role=\"alert\" id=\"refusal\">"_s + escape(refusal)
            + u"</p>"_s;
        return m_desk.document(title, body, &officer, csrf);
    }
    keep.addQueryItem(u"period"_s, query.isDay ? u"day"_s : u"month"_s);
    keep.addQueryItem(query.isDay ? u"day"_s : u"month"_s,
        query.isDay ? query.from.toString(Qt::ISODate) : query.monthText());
    if (!query.province.isEmpty())
        keep.addQueryItem(u"province"_s, query.province);
    if (!query.amphoe.isEmpty())
        keep.addQueryItem(u"amphoe"_s, query.amphoe);
    if (!report)
        return m_desk.document(title, body, &officer, csrf, keep);

    QString where;
    if (!report->amphoes.isEmpty() && !query.amphoe.isEmpty())
        where = areaName(report->amphoes.constFirst().areaName) + u", "_s;
    if (!report->provinces.isEmpty() && !query.province.isEmpty())
        where += areaName(report->provinces.constFirst().areaName);
    const QString caption = period(query) + (where.isEmpty() ? QString() : u" — "_s + where);
    QUrlQuery csvQuery = keep;
    csvQuery.addQueryItem(
        u"lang"_s, m_desk.language() == Language::Thai ? u"th"_s : u"en"_s);
    body += u"<p><a id=\"csv\" href=\"/desk/area-report.csv?"_s
        + escape(csvQuery.toString(QUrl::FullyEncoded)) + u"\">"_s
        + escape(t(QT_TR_NOOP("Download as CSV (for a spreadsheet)"))) + u"</a></p>"_s;
    body += u"<p class=\"note\">"_s
        + escape(t(QT_TR_NOOP("Summed from the daily e-reports the branches sent. Within target: "
                              "of the tickets called, the share called within the service's "
                              "target wait. Waits and service times in minutes; p90: nine in ten "
                              "waited at most this long.")))
        + u"</p>"_s;
    const QString head = u"<thead><tr><th scope=\"col\">"_s
        + escape(t(QT_TR_NOOP("Area or branch"))) + u"</th>"_s;
    QString columns = head;
    for (const char *column : {QT_TR_NOOP("Days reported"), QT_TR_NOOP("Issued"),
             QT_TR_NOOP("Called"), QT_TR_NOOP("Served"), QT_TR_NOOP("No-shows"),
             QT_TR_NOOP("Transferred"), QT_TR_NOOP("Within target"), QT_TR_NOOP("Wait p50"),
             QT_TR_NOOP("Wait p90"), QT_TR_NOOP("Service p90")})
        columns += u"<th scope=\"col\">"_s + escape(t(column)) + u"</th>"_s;
    columns += u"</tr></thead>"_s;

    body += u"<table id=\"area-report\"><caption>"_s + escape(caption) + u"</caption>"_s + columns
        + u"<tbody>"_s;
    const QString provinceWord = t(QT_TR_NOOP("Province"));
    const QString amphoeWord = t(QT_TR_NOOP("Amphoe"));
    const auto branchRow = [&](const AreaEntry *b) {
        QString name = b->code + u" "_s + b->name;
        if (b->revoked)
            name += u" ("_s + t(QT_TR_NOOP("revoked")) + u')';
        return row(u"branch-"_s + b->code, u"branch"_s, {}, name, *b);
    };
    for (const AreaEntry &p : report->provinces) {
        body += row(u"province-"_s + p.code, u"province"_s, provinceWord,
            areaName(p.areaName) + u" ("_s + branches(p.branches) + u')', p);
        for (const AreaEntry *a : report->amphoesIn(p.code)) {
            body += row(u"amphoe-"_s + a->code, u"amphoe"_s, amphoeWord, areaName(a->areaName), *a);
            for (const AreaEntry *b : report->branchesIn(p.code, a->code))
                body += branchRow(b);
        }
        for (const AreaEntry *b : report->branchesIn(p.code, {}))
            body += branchRow(b);
    }
    const QList<const AreaEntry *> nowhere = report->branchesIn({}, {});
    if (!nowhere.isEmpty()) {
        body += u"<tr class=\"province\"><th scope=\"row\" colspan=\"11\">"_s
            + escape(t(QT_TR_NOOP("Branches without an area"))) + u"</th></tr>"_s;
        for (const AreaEntry *b : nowhere)
            body += branchRow(b);
    }
    body += u"</tbody><tfoot>"_s
        + row(u"total"_s, u"total"_s, {},
            t(QT_TR_NOOP("Total")) + u" ("_s + branches(report->total.branches) + u')',
            report->total)
        + u"</tfoot></table>"_s;

    // The services of the whole choice.
    body += u"<h2>"_s + escape(t(QT_TR_NOOP("By service"))) + u"</h2><table id=\"services\">"_s
        + u"<caption>"_s + escape(caption) + u"</caption>"_s
        + columns.replace(escape(t(QT_TR_NOOP("Area or branch"))), escape(t(QT_TR_NOOP("Service"))))
        + u"<tbody>"_s;
    for (auto it = report->total.services.cbegin(); it != report->total.services.cend(); ++it) {
        AreaEntry service;
        service.all = it.value();
        service.daysReported = report->total.daysReported;
        body += row(u"service-"_s + it.key(), u"service"_s, {},
            it.key() + u" "_s + report->serviceName(it.key(), m_desk.language()), service);
    }
    body += u"</tbody></table>"_s;
    return m_desk.document(title, body, &officer, csrf, keep);
}

} // namespace saduak
