#pragma once

// Rules items written by the tests, with the tests' own figures (not the seed's), and Bangkok
// moments computed without the code under test: Bangkok is UTC+7 all year (no summer time).
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

namespace saduak::civilregistration::test {

using namespace Qt::StringLiterals;

inline qint64 bangkokMs(
    int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int ms = 0)
{
    const QDateTime utc(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
    return utc.addSecs(-7 * 3600).toMSecsSinceEpoch();
}

// The end of a Bangkok day: its last millisecond.
inline qint64 endOfBangkokDay(QDate date)
{
    return bangkokMs(date.year(), date.month(), date.day(), 23, 59, 59, 999);
}

inline QJsonObject field(const QString &name, const QString &kind, bool required = true)
{
    return {{u"name"_s, name}, {u"kind"_s, kind}, {u"required"_s, required},
        {u"th"_s, QString(u"ช่อง "_s + name)}, {u"en"_s, QString(u"Field "_s + name)}};
}

inline QJsonObject choice(const QString &name, const QStringList &codes)
{
    QJsonObject object = field(name, u"choice"_s);
    QJsonArray options;
    for (const QString &code : codes)
        options.append(QJsonObject {{u"code"_s, code}, {u"th"_s, QString(u"ตัวเลือก "_s + code)},
            {u"en"_s, QString(u"Option "_s + code)}});
    object.insert(u"options"_s, options);
    return object;
}

// One version of a type: its event field, a deadline and late fine when days or hours, a flat
// fee unless fee is given.
inline QJsonObject rulesItem(const QString &type, int version, const QString &effectiveFrom,
    const QJsonArray &fields, const QJsonObject &deadline, qint64 lateFine, const QJsonObject &fee)
{
    QJsonObject item {{u"key"_s, QString(type + u'@' + effectiveFrom)}, {u"type"_s, type},
        {u"version"_s, version}, {u"effectiveFrom"_s, effectiveFrom},
        {u"th"_s, QString(u"คำขอ "_s + type)}, {u"en"_s, QString(u"Request "_s + type)},
        {u"fields"_s, fields}, {u"filers"_s, QJsonArray {u"houseMaster"_s, u"proxy"_s}},
        {u"documents"_s,
            QJsonArray {QJsonObject {{u"code"_s, u"proxyLetter"_s}, {u"th"_s, u"หนังสือมอบอำนาจ"_s},
                {u"en"_s, u"Letter of authority"_s}, {u"filer"_s, u"proxy"_s}}}},
        {u"neverAsked"_s,
            QJsonArray {
                QJsonObject {{u"code"_s, u"idCardCopy"_s}, {u"th"_s, u"สำเนาบัตรประจำตัวประชาชน"_s},
                    {u"en"_s, u"Copy of the ID card"_s}, {u"heldBy"_s, u"idCard"_s}}}},
        {u"fee"_s, fee}};
    if (!deadline.isEmpty()) {
        item.insert(u"deadline"_s, deadline);
        item.insert(u"lateFine"_s, QJsonObject {{u"baht"_s, lateFine}});
    }
    return item;
}

inline QJsonObject flatFee(qint64 baht)
{
    return {{u"baht"_s, baht}};
}

inline QJsonObject daysAfter(const QString &field, int days)
{
    return {{u"from"_s, field}, {u"days"_s, days}};
}

inline QJsonObject hoursAfter(const QString &field, int hours)
{
    return {{u"from"_s, field}, {u"hours"_s, hours}};
}

} // namespace saduak::civilregistration::test
