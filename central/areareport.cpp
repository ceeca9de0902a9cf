#include "areareport.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak {

void AreaFigures::add(const AreaFigures &other)
{
    issued += other.issued;
    called += other.called;
    served += other.served;
    noShows += other.noShows;
    transfersOut += other.transfersOut;
    cancelled += other.cancelled;
    withinTarget += other.withinTarget;
    waitMinutes.add(other.waitMinutes);
    serviceMinutes.add(other.serviceMinutes);
}

void AreaFigures::add(const DailyEReportService &day)
{
    issued += day.issued;
    called += day.called;
    served += day.served;
    noShows += day.noShows;
    transfersOut += day.transfersOut;
    cancelled += day.cancelled;
    withinTarget += day.withinTarget;
    waitMinutes.add(day.waitMinutes);
    serviceMinutes.add(day.serviceMinutes);
}

std::optional<double> AreaFigures::withinTargetShare() const
{
    // Of the summed counts, not an average of the branches' shares: a small branch weighs as
    // little as it served.
    if (called <= 0)
        return std::nullopt;
    return double(withinTarget) / double(called);
}

namespace {

QJsonValue orNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

void AreaFigures::writeTo(QJsonObject &json) const
{
    json.insert(u"issued"_s, issued);
    json.insert(u"called"_s, called);
    json.insert(u"served"_s, served);
    json.insert(u"noShows"_s, noShows);
    json.insert(u"transfersOut"_s, transfersOut);
    json.insert(u"cancelled"_s, cancelled);
    json.insert(u"withinTarget"_s, withinTarget);
    const std::optional<double> share = withinTargetShare();
    json.insert(u"withinTargetShare"_s, share ? QJsonValue(*share) : QJsonValue(QJsonValue::Null));
    json.insert(u"waitP50Minutes"_s, orNull(waitMinutes.percentile(50)));
    json.insert(u"waitP90Minutes"_s, orNull(waitMinutes.percentile(90)));
    json.insert(u"serviceP50Minutes"_s, orNull(serviceMinutes.percentile(50)));
    json.insert(u"serviceP90Minutes"_s, orNull(serviceMinutes.percentile(90)));
}

void AreaEntry::add(const AreaEntry &part)
{
    branches += part.branches;
    daysReported += part.daysReported;
    all.add(part.all);
    for (auto it = part.services.cbegin(); it != part.services.cend(); ++it)
        services[it.key()].add(it.value());
}

AreaReport AreaReport::compute(QDate from, QDate to, const Source &source,
    const QString &province, const QString &amphoe)
{
    AreaReport report;
    report.from = from;
    report.to = to;
    report.province = province;
    report.amphoe = amphoe;
    report.serviceNames = source.serviceNames;
    const auto nameOf = [&source](const QString &key, const QString &code) {
        return source.areaNames.value(key, AreaName {code, code});
    };

    QMap<QString, AreaEntry> provinces, amphoes;
    for (const Source::Branch &b : source.branches) {
        if (b.branch.revoked() && b.daysReported == 0)
            continue; // shut out before the period and silent in it: not a branch of it
        if (!province.isEmpty() && b.branch.area.provinceCode != province)
            continue;
        if (!amphoe.isEmpty() && b.branch.area.amphoeCode != amphoe)
            continue;
        AreaEntry entry;
        entry.code = b.branch.code;
        entry.name = b.branch.name;
        entry.provinceCode = b.branch.area.provinceCode;
        entry.amphoeCode = b.branch.area.amphoeCode;
        entry.revoked = b.branch.revoked();
        entry.branches = 1;
        entry.daysReported = b.daysReported;
        entry.services = b.services;
        for (const AreaFigures &service : b.services)
            entry.all.add(service);
        report.total.add(entry);
        if (!entry.provinceCode.isEmpty()) {
            AreaEntry &p = provinces[entry.provinceCode];
            if (p.code.isEmpty()) {
                p.code = entry.provinceCode;
                p.areaName = nameOf(u"p"_s + p.code, p.code);
            }
            p.add(entry);
        }
        if (!entry.amphoeCode.isEmpty()) {
            AreaEntry &a = amphoes[entry.amphoeCode];
            if (a.code.isEmpty()) {
                a.code = entry.amphoeCode;
                a.provinceCode = entry.provinceCode;
                a.areaName = nameOf(u"d"_s + a.code, a.code);
            }
            a.add(entry);
        }
        report.branches.append(std::move(entry));
    }
    report.provinces = provinces.values();
    report.amphoes = amphoes.values();
    // Grouped as the page shows them; a branch without an area (none given yet) comes last.
    std::stable_sort(report.branches.begin(), report.branches.end(),
        [](const AreaEntry &a, const AreaEntry &b) {
            const auto key = [](const AreaEntry &e) {
                return std::tuple(e.provinceCode.isEmpty(), e.provinceCode, e.amphoeCode.isEmpty(),
                    e.amphoeCode, e.code);
            };
            return key(a) < key(b);
        });
    return report;
}

QList<const AreaEntry *> AreaReport::branchesIn(
    const QString &provinceCode, const QString &amphoeCode) const
{
    QList<const AreaEntry *> out;
    for (const AreaEntry &b : branches)
        if (b.provinceCode == provinceCode && b.amphoeCode == amphoeCode)
            out.append(&b);
    return out;
}

QList<const AreaEntry *> AreaReport::amphoesIn(const QString &provinceCode) const
{
    QList<const AreaEntry *> out;
    for (const AreaEntry &a : amphoes)
        if (a.provinceCode == provinceCode)
            out.append(&a);
    return out;
}

QString AreaReport::serviceName(const QString &code, Language language) const
{
    const AreaServiceName name = serviceNames.value(code);
    const QString named = language == Language::Thai ? name.thai : name.english;
    return named.isEmpty() ? code : named;
}

namespace {

QJsonObject entryJson(const AreaEntry &e, const AreaReport &report, const QJsonObject &head)
{
    QJsonObject json = head;
    json.insert(u"daysReported"_s, e.daysReported);
    e.all.writeTo(json);
    QJsonArray services;
    for (auto it = e.services.cbegin(); it != e.services.cend(); ++it) {
        const AreaServiceName name = report.serviceNames.value(it.key());
        QJsonObject service {{u"serviceCode"_s, it.key()}, {u"thaiName"_s, name.thai},
            {u"englishName"_s, name.english}};
        it.value().writeTo(service);
        services.append(service);
    }
    json.insert(u"services"_s, services);
    return json;
}

QJsonValue codeOrNull(const QString &code)
{
    return code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code);
}

} // namespace

QJsonObject AreaReport::toJson() const
{
    QJsonArray provinceList, amphoeList, branchList;
    for (const AreaEntry &p : provinces)
        provinceList.append(entryJson(p, *this,
            {{u"code"_s, p.code}, {u"thaiName"_s, p.areaName.thai},
                {u"englishName"_s, p.areaName.english}, {u"branches"_s, p.branches}}));
    for (const AreaEntry &a : amphoes)
        amphoeList.append(entryJson(a, *this,
            {{u"code"_s, a.code}, {u"province"_s, a.provinceCode},
                {u"thaiName"_s, a.areaName.thai}, {u"englishName"_s, a.areaName.english},
                {u"branches"_s, a.branches}}));
    for (const AreaEntry &b : branches)
        branchList.append(entryJson(b, *this,
            {{u"code"_s, b.code}, {u"name"_s, b.name}, {u"province"_s, codeOrNull(b.provinceCode)},
                {u"amphoe"_s, codeOrNull(b.amphoeCode)}, {u"revoked"_s, b.revoked}}));
    return {{u"from"_s, from.toString(Qt::ISODate)}, {u"to"_s, to.toString(Qt::ISODate)},
        {u"province"_s, codeOrNull(province)}, {u"amphoe"_s, codeOrNull(amphoe)},
        {u"total"_s, entryJson(total, *this, {{u"branches"_s, total.branches}})},
        {u"provinces"_s, provinceList}, {u"amphoes"_s, amphoeList}, {u"branches"_s, branchList}};
}

namespace {

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. A field that
// a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe.
QString csvField(QString text)
{
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

QString optionalNumber(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

QByteArray AreaReport::toCsv(Language language) const
{
    const auto areaName = [language](const AreaName &name) {
        return language == Language::Thai ? name.thai : name.english;
    };
    QString out = u"level,province,provinceName,amphoe,amphoeName,branch,branchName,service,"
                  "serviceName,branches,daysReported,issued,called,served,noShows,transfersOut,"
                  "cancelled,withinTarget,withinTargetShare,waitP50Minutes,waitP90Minutes,"
                  "serviceP50Minutes,serviceP90Minutes\r\n"_s;
    QHash<QString, AreaName> provinceNames, amphoeNames;
    for (const AreaEntry &p : provinces)
        provinceNames.insert(p.code, p.areaName);
    for (const AreaEntry &a : amphoes)
        amphoeNames.insert(a.code, a.areaName);
    const auto lines = [&](const QString &level, const AreaEntry &e) {
        const QString provinceCode = level == u"province"_s ? e.code : e.provinceCode;
        const QString amphoeCode = level == u"amphoe"_s ? e.code : e.amphoeCode;
        const QStringList head {level, provinceCode,
            provinceCode.isEmpty() ? QString() : areaName(provinceNames.value(provinceCode)),
            amphoeCode,
            amphoeCode.isEmpty() ? QString() : areaName(amphoeNames.value(amphoeCode)),
            level == u"branch"_s ? e.code : QString(), e.name};
        const auto line = [&](const QString &code, const AreaFigures &f) {
            QStringList fields = head;
            const std::optional<double> share = f.withinTargetShare();
            fields << code << (code.isEmpty() ? QString() : serviceName(code, language))
                   << QString::number(e.branches) << QString::number(e.daysReported)
                   << QString::number(f.issued) << QString::number(f.called)
                   << QString::number(f.served) << QString::number(f.noShows)
                   << QString::number(f.transfersOut) << QString::number(f.cancelled)
                   << QString::number(f.withinTarget)
                   << (share ? QString::number(*share, 'f', 4) : QString())
                   << optionalNumber(f.waitMinutes.percentile(50))
                   << optionalNumber(f.waitMinutes.percentile(90))
                   << optionalNumber(f.serviceMinutes.percentile(50))
                   << optionalNumber(f.serviceMinutes.percentile(90));
            for (QString &field : fields)
                field = csvField(field);
            out += fields.join(u',') + u"\r\n"_s;
        };
        line({}, e.all);
        for (auto it = e.services.cbegin(); it != e.services.cend(); ++it)
            line(it.key(), it.value());
    };
    lines(u"total"_s, total);
    for (const AreaEntry &p : provinces) {
        lines(u"province"_s, p);
        for (const AreaEntry *a : amphoesIn(p.code)) {
            lines(u"amphoe"_s, *a);
            for (const AreaEntry *b : branchesIn(p.code, a->code))
                lines(u"branch"_s, *b);
        }
        for (const AreaEntry *b : branchesIn(p.code, {}))
            lines(u"branch"_s, *b);
    }
    for (const AreaEntry *b : branchesIn({}, {}))
        lines(u"branch"_s, *b);
    return "\xEF\xBB\xBF"_ba + out.toUtf8();
}

} // namespace saduak

#include <QRegularExpression>
#include <QUrlQuery>

namespace saduak {

namespace {

// "10" or "p10" (any case) to "10"; empty when it is neither (as BranchAreaCheck reads them).
QString plainAreaCode(const QString &given, QChar letter, int digits)
{
    QString code = given.trimmed();
    if (code.startsWith(letter, Qt::CaseInsensitive))
        code.remove(0, 1);
    static const QRegularExpression allDigits(u"^[0-9]+$"_s);
    if (code.size() != digits || !allDigits.match(code).hasMatch())
        return {};
    return code;
}

} // namespace

std::optional<AreaReportQuery> AreaReportQuery::parse(const QUrlQuery &query, QDate today,
    const std::function<QString(const char *)> &translate, QString *why)
{
    auto fail = [&](const char *reason) -> std::optional<AreaReportQuery> {
        if (why)
            *why = translate(reason);
        return std::nullopt;
    };
    const QString period = query.queryItemValue(u"period"_s);
    const QString day = query.queryItemValue(u"day"_s).trimmed();
    const QString month = query.queryItemValue(u"month"_s).trimmed();
    if (!period.isEmpty() && period != u"day"_s && period != u"month"_s)
        return fail(QT_TRANSLATE_NOOP("saduak::AreaReportQuery", "period must be day or month."));
    const bool wantsDay = period.isEmpty() ? !day.isEmpty() : period == u"day"_s;
    if (period.isEmpty() && !day.isEmpty() && !month.isEmpty())
        return fail(QT_TRANSLATE_NOOP(
            "saduak::AreaReportQuery", "Give a day or a month, not both."));
    AreaReportQuery q;
    if (wantsDay) {
        const QDate date = QDate::fromString(day, Qt::ISODate);
        if (day.size() != 10 || !date.isValid())
            return fail(QT_TRANSLATE_NOOP(
                "saduak::AreaReportQuery", "The day must be a date as YYYY-MM-DD."));
        q.from = q.to = date;
        q.isDay = true;
    } else if (month.isEmpty()) {
        q.from = QDate(today.year(), today.month(), 1);
        q.to = q.from.addMonths(1).addDays(-1);
    } else {
        const QDate first = QDate::fromString(month + u"-01"_s, Qt::ISODate);
        if (month.size() != 7 || !first.isValid())
            return fail(QT_TRANSLATE_NOOP(
                "saduak::AreaReportQuery", "The month must be given as YYYY-MM."));
        q.from = first;
        q.to = first.addMonths(1).addDays(-1);
    }
    const QString province = query.queryItemValue(u"province"_s);
    const QString amphoe = query.queryItemValue(u"amphoe"_s);
    if (!province.isEmpty()) {
        q.province = plainAreaCode(province, u'p', 2);
        if (q.province.isEmpty())
            return fail(QT_TRANSLATE_NOOP("saduak::AreaReportQuery",
                "The province must be a province code (2 digits, e.g. 10)."));
    }
    if (!amphoe.isEmpty()) {
        q.amphoe = plainAreaCode(amphoe, u'd', 4);
        if (q.amphoe.isEmpty())
            return fail(QT_TRANSLATE_NOOP("saduak::AreaReportQuery",
                "The amphoe must be an amphoe code (4 digits, e.g. 1007)."));
        // TIS 1099: an amphoe's code starts with its province's.
        if (q.province.isEmpty())
            q.province = q.amphoe.left(2);
        else if (!q.amphoe.startsWith(q.province))
            return fail(QT_TRANSLATE_NOOP(
                "saduak::AreaReportQuery", "This amphoe is not in the province chosen."));
    }
    return q;
}

} // namespace saduak
