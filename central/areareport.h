#pragma once

#include "branchstore.h"
#include "ereportdayintake.h"

#include <domain/language.h>

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace saduak {

// Counts and minute histograms that add up across days, branches and areas (the figures of the
// area e-report, docs/central-api.md "Area e-report").
struct AreaFigures
{
    qint64 issued = 0;
    qint64 called = 0;
    qint64 served = 0;
    qint64 noShows = 0;
    qint64 transfersOut = 0;
    qint64 cancelled = 0;
    qint64 withinTarget = 0;
    MinuteHistogram waitMinutes;
    MinuteHistogram serviceMinutes;

    void add(const AreaFigures &other);
    void add(const DailyEReportService &day);
    // withinTarget / called of the summed counts; nothing when nothing was called.
    std::optional<double> withinTargetShare() const;
    // The fields of the JSON answer (counts, share, p50/p90 minutes, null when none).
    void writeTo(QJsonObject &json) const;
};

// A service's names, from the latest day of any branch that reported it.
struct AreaServiceName
{
    QString thai;
    QString english;
    QString businessDay; // of those names
};

// The name of a province or amphoe from admin-areas; the code itself when it is not there.
struct AreaName
{
    QString thai;
    QString english;
};

// One line of the report: a branch, an amphoe, a province or the total.
struct AreaEntry
{
    QString code; // branch code, amphoe or province code; empty for the total
    QString name; // a branch's name
    AreaName areaName; // an amphoe's or province's
    QString provinceCode; // a branch's or amphoe's province
    QString amphoeCode; // a branch's amphoe
    bool revoked = false; // a branch's token opens nothing
    int branches = 0; // how many branches are summed (1 for a branch)
    int daysReported = 0; // branch-days with a daily report in the period
    AreaFigures all;
    QMap<QString, AreaFigures> services; // by service code

    void add(const AreaEntry &part);
};

// The area e-report of a day or a month: the figures of the branches' daily e-reports
// ("ereport.day" rows, one per branch and day, kept by AreaReportStore) summed per branch, per
// amphoe, per province and in total, and per service within each. Knows no SQL and no HTTP.
class AreaReport
{
public:
    // What AreaReportStore reads for a period: every enrolled branch (central's own row left out)
    // with its days' figures summed per service.
    struct Source
    {
        struct Branch
        {
            CentralBranch branch;
            int daysReported = 0;
            QMap<QString, AreaFigures> services;
        };
        QList<Branch> branches;
        QHash<QString, AreaServiceName> serviceNames;
        QHash<QString, AreaName> areaNames; // by admin-areas key: "p10", "d1007"
    };

    // province, amphoe: plain codes ("10", "1007") to keep only the branches there; empty: all.
    // A revoked branch is kept only when it reported in the period.
    static AreaReport compute(QDate from, QDate to, const Source &source,
        const QString &province = {}, const QString &amphoe = {});

    QDate from;
    QDate to;
    QString province; // the filter, empty: none
    QString amphoe;
    AreaEntry total;
    QList<AreaEntry> provinces; // by code; only those with a branch in the report
    QList<AreaEntry> amphoes; // by code
    QList<AreaEntry> branches; // by province, amphoe, then code; those without an area last
    QHash<QString, AreaServiceName> serviceNames;

    // The branches of an amphoe, or of a province without an amphoe (amphoe empty), in order.
    QList<const AreaEntry *> branchesIn(const QString &province, const QString &amphoe) const;
    QList<const AreaEntry *> amphoesIn(const QString &province) const;
    QString serviceName(const QString &code, Language language) const;

    QJsonObject toJson() const;
    // One line per entry and service (the all-services line first, service empty), total first,
    // then each province, its amphoes each followed by its branches; UTF-8 with a BOM so a
    // spreadsheet reads the Thai names. Names in language; column names in English.
    QByteArray toCsv(Language language) const;
};

} // namespace saduak

class QUrlQuery;

namespace saduak {

// What a request for the area e-report asks (docs/central-api.md, "Area e-report"): a business
// day (day=YYYY-MM-DD) or a month (month=YYYY-MM; this month in Bangkok when neither is given;
// period=day|month says which one when a form sends both), and optionally a province (10, p10)
// and an amphoe (1007, d1007) in it.
struct AreaReportQuery
{
    QDate from;
    QDate to;
    bool isDay = false;
    QString province; // plain codes, empty: all
    QString amphoe;

    // Nothing, with why in the words translate gives (its context "saduak::AreaReportQuery";
    // identity for the JSON API's developers), when the query is not one.
    static std::optional<AreaReportQuery> parse(const QUrlQuery &query, QDate today,
        const std::function<QString(const char *)> &translate, QString *why);
    QString monthText() const { return from.toString(u"yyyy-MM"); }
};

} // namespace saduak
