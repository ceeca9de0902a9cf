#pragma once
// What the area e-report's tests share: a real saduak-central with admin-areas (two provinces,
// three amphoes), five branches in them (one without an area), and their daily e-reports
// ("ereport.day" rows, docs/central-api.md "Area e-report") pushed over POST /v1/ingest as their
// hubs do. The test keeps the reports it sent, so it sums the figures it expects itself.

#include "centralprocess.h"
#include "rawhttp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace saduak::test {

using namespace Qt::StringLiterals;

struct SentService
{
    QString code;
    qint64 issued = 0, called = 0, served = 0, noShows = 0, transfersOut = 0, cancelled = 0,
           withinTarget = 0;
    QList<qint64> waitMinutes, serviceMinutes;
};

struct SentDay
{
    QString branch;
    QString businessDay;
    qint64 madeAt = 0;
    QList<SentService> services;
};

inline QString serviceThaiName(const QString &code)
{
    return code == u"A"_s ? u"บัตรประชาชน"_s : u"ทะเบียนราษฎร"_s;
}

inline QString serviceEnglishName(const QString &code)
{
    return code == u"A"_s ? u"ID card"_s : u"Civil registration"_s;
}

inline QJsonObject ereportPayload(const SentDay &day)
{
    QJsonArray services;
    for (const SentService &s : day.services) {
        QJsonArray wait, service;
        for (qint64 c : s.waitMinutes)
            wait.append(c);
        for (qint64 c : s.serviceMinutes)
            service.append(c);
        services.append(QJsonObject {{u"serviceCode"_s, s.code},
            {u"thaiName"_s, serviceThaiName(s.code)}, {u"englishName"_s, serviceEnglishName(s.code)},
            {u"targetWaitMinutes"_s, 15}, {u"issued"_s, s.issued}, {u"called"_s, s.called},
            {u"served"_s, s.served}, {u"noShows"_s, s.noShows},
            {u"transfersOut"_s, s.transfersOut}, {u"cancelled"_s, s.cancelled},
            {u"withinTarget"_s, s.withinTarget}, {u"waitMinutes"_s, wait},
            {u"serviceMinutes"_s, service}});
    }
    return {{u"version"_s, 1}, {u"businessDay"_s, day.businessDay}, {u"madeAt"_s, day.madeAt},
        {u"services"_s, services}};
}

inline QJsonObject ereportRow(int seq, const QJsonObject &payload)
{
    return {{u"uuid"_s, u"e5e0da70-0000-4000-8000-%1"_s.arg(seq, 12, 10, QChar(u'0'))},
        {u"seq"_s, seq}, {u"kind"_s, u"ereport.day"_s}, {u"payload"_s, payload},
        {u"createdAt"_s, payload.value(u"madeAt"_s).toInteger()}};
}

// A histogram with count legs at each given minute ({minute, count}...).
inline QList<qint64> minutes(std::initializer_list<std::pair<int, qint64>> at)
{
    QList<qint64> counts;
    for (const auto &[minute, count] : at) {
        if (counts.size() <= minute)
            counts.resize(minute + 1, 0);
        counts[minute] += count;
    }
    return counts;
}

// Bangkok with Pathum Wan and Phra Nakhon, Samut Prakan with Mueang Samut Prakan.
inline const QByteArray &areaReportAreas()
{
    static const QByteArray areas
        = R"({"key":"d1001","code":"1001","th":"พระนคร","en":"Phra Nakhon","parent":"10"}
{"key":"d1007","code":"1007","th":"ปทุมวัน","en":"Pathum Wan","parent":"10"}
{"key":"d1101","code":"1101","th":"เมืองสมุทรปราการ","en":"Mueang Samut Prakan","parent":"11"}
{"key":"p10","code":"10","th":"กรุงเทพมหานคร","en":"Bangkok","parent":""}
{"key":"p11","code":"11","th":"สมุทรปราการ","en":"Samut Prakan","parent":""}
)"_ba;
    return areas;
}

struct AreaBranch
{
    QString code, name, province, amphoe;
};

inline const QList<AreaBranch> &areaReportBranches()
{
    static const QList<AreaBranch> branches {
        {u"B001"_s, u"Central World"_s, u"10"_s, u"1007"_s},
        {u"B002"_s, u"MBK Center"_s, u"10"_s, u"1007"_s},
        {u"B003"_s, u"Sanam Luang"_s, u"10"_s, u"1001"_s},
        {u"B004"_s, u"Imperial Samrong"_s, u"11"_s, u"1101"_s},
        {u"B005"_s, u"Nowhere yet"_s, {}, {}},
    };
    return branches;
}

// Imports admin-areas, enrols the branches in their areas; their tokens by code. Central not
// started.
inline bool prepareAreaCentral(
    CentralProcess &central, const QTemporaryDir &dir, QMap<QString, QByteArray> *auth)
{
    QFile file(dir.filePath(u"admin-areas.jsonl"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(areaReportAreas()) < 0)
        return false;
    file.close();
    if (central.command({u"import-reference"_s, u"--dataset"_s, u"admin-areas"_s, u"--file"_s,
            file.fileName(), u"--key-field"_s, u"key"_s})
        != 0)
        return false;
    for (const AreaBranch &b : areaReportBranches()) {
        QStringList arguments {u"enrol-branch"_s, u"--code"_s, b.code, u"--name"_s, b.name};
        if (!b.province.isEmpty())
            arguments << u"--province"_s << b.province << u"--amphoe"_s << b.amphoe;
        QString token;
        if (central.command(arguments, &token) != 0 || token.isEmpty())
            return false;
        auth->insert(b.code, "Authorization: Bearer "_ba + token.toLatin1());
    }
    return true;
}

inline RawResponse pushRows(quint16 port, const QByteArray &auth, const QJsonArray &rows)
{
    return rawHttp(port,
        httpRequest("POST"_ba, "/v1/ingest"_ba, {auth, "Content-Type: application/json"_ba},
            QJsonDocument(QJsonObject {{u"rows"_s, rows}}).toJson(QJsonDocument::Compact)));
}

// The days every test pushes, oldest report of a day first where a day is sent twice. B001's
// 1 December is sent three times: madeAt 2000 (kept: the latest), then 1000 arriving late.
inline QList<SentDay> areaReportDays()
{
    QList<SentDay> days;
    days.append({u"B001"_s, u"2026-12-01"_s, 1500,
        {{u"A"_s, 99, 99, 99, 0, 0, 0, 99, minutes({{0, 99}}), minutes({{0, 99}})}}});
    days.append({u"B001"_s, u"2026-12-01"_s, 2000,
        {{u"A"_s, 10, 9, 8, 1, 0, 1, 7, minutes({{1, 2}, {2, 3}, {4, 1}, {10, 2}, {0, 1}}),
             minutes({{1, 2}, {2, 3}, {3, 3}})},
            {u"B"_s, 4, 4, 4, 0, 1, 0, 4, minutes({{0, 4}}), minutes({{2, 4}})}}});
    days.append({u"B001"_s, u"2026-12-01"_s, 1000,
        {{u"A"_s, 50, 50, 50, 0, 0, 0, 0, minutes({{100, 50}}), minutes({{0, 50}})}}});
    days.append({u"B001"_s, u"2026-11-30"_s, 1000,
        {{u"A"_s, 7, 7, 7, 0, 0, 0, 7, minutes({{3, 7}}), minutes({{3, 7}})}}});
    days.append({u"B001"_s, u"2026-12-02"_s, 3000,
        {{u"A"_s, 6, 6, 5, 1, 0, 0, 3, minutes({{5, 3}, {20, 3}}), minutes({{6, 5}})}}});
    days.append({u"B002"_s, u"2026-12-01"_s, 2000,
        {{u"A"_s, 20, 20, 18, 2, 0, 0, 15, minutes({{0, 15}, {30, 5}}),
            minutes({{4, 10}, {8, 8}})}}});
    days.append({u"B003"_s, u"2026-12-02"_s, 2000,
        {{u"A"_s, 5, 5, 5, 0, 0, 0, 2, minutes({{12, 2}, {45, 2}, {240, 1}}),
             minutes({{9, 5}})},
            {u"B"_s, 3, 2, 2, 0, 0, 1, 2, minutes({{1, 2}}), minutes({{15, 2}})}}});
    days.append({u"B004"_s, u"2026-12-02"_s, 2000,
        {{u"B"_s, 8, 8, 7, 1, 2, 0, 6, minutes({{3, 4}, {16, 2}, {25, 2}}),
            minutes({{10, 7}})}}});
    days.append({u"B005"_s, u"2026-12-01"_s, 2000,
        {{u"A"_s, 2, 2, 2, 0, 0, 0, 2, minutes({{1, 2}}), minutes({{5, 2}})}}});
    return days;
}

// The report of each branch and day that central keeps: the latest madeAt.
inline QList<SentDay> keptDays(const QList<SentDay> &sent)
{
    QMap<std::pair<QString, QString>, SentDay> kept;
    for (const SentDay &d : sent) {
        const auto key = std::pair(d.branch, d.businessDay);
        if (!kept.contains(key) || kept.value(key).madeAt < d.madeAt)
            kept.insert(key, d);
    }
    return kept.values();
}

// Pushes every day of areaReportDays() as its branch, one row a batch, in order; false on any
// answer but a stored row.
inline bool pushAreaReportDays(quint16 port, const QMap<QString, QByteArray> &auth)
{
    int seq = 0;
    for (const SentDay &d : areaReportDays()) {
        const RawResponse r
            = pushRows(port, auth.value(d.branch), {ereportRow(++seq, ereportPayload(d))});
        if (r.status != 200 || r.json().value(u"inserted"_s).toInt() != 1)
            return false;
    }
    return true;
}

} // namespace saduak::test
