#include "complaintstore.h"

#include <sdk/moduletransaction.h>
#include <trackingnumber.h>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

namespace {

const QString kColumns = u"tracking_number, filed_day, day_sequence, filed_at_ms, due_at_ms, "
                         "category, subject, description, province, amphoe, tambon, latitude, "
                         "longitude, channel, counter_number, staff, device"_s;

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

FiledComplaint fromRow(const QVariantMap &row)
{
    FiledComplaint c;
    c.trackingNumber = row.value(u"tracking_number"_s).toString();
    c.filedDay = row.value(u"filed_day"_s).toString();
    c.daySequence = row.value(u"day_sequence"_s).toInt();
    c.filedAtMs = row.value(u"filed_at_ms"_s).toLongLong();
    c.dueAtMs = row.value(u"due_at_ms"_s).toLongLong();
    c.category = row.value(u"category"_s).toString();
    c.subject = row.value(u"subject"_s).toString();
    c.description = row.value(u"description"_s).toString();
    c.province = row.value(u"province"_s).toString();
    c.amphoe = row.value(u"amphoe"_s).toString();
    c.tambon = row.value(u"tambon"_s).toString();
    c.latitude = optionalDouble(row.value(u"latitude"_s));
    c.longitude = optionalDouble(row.value(u"longitude"_s));
    c.channel = row.value(u"channel"_s).toString();
    c.counterNumber = row.value(u"counter_number"_s).toInt();
    c.staff = row.value(u"staff"_s).toString();
    c.device = row.value(u"device"_s).toString();
    return c;
}

QVariant orNull(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

} // namespace

std::optional<int> ComplaintStore::takeSequence(const QString &day, QString *why)
{
    const auto last = m_tx.run(
        u"SELECT last_sequence FROM complaints_day_sequence WHERE day = ?"_s, {day}, why);
    if (!last)
        return std::nullopt;
    const int next
        = last->rows.isEmpty() ? 1 : last->rows.first().value(u"last_sequence"_s).toInt() + 1;
    if (next > TrackingNumber::maxSequence)
        return 0;
    const auto stored = m_tx.run(u"INSERT INTO complaints_day_sequence (day, last_sequence) "
                                 "VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET "
                                 "last_sequence = excluded.last_sequence"_s,
        {day, next}, why);
    if (!stored)
        return std::nullopt;
    return next;
}

bool ComplaintStore::insert(const FiledComplaint &c, QString *why)
{
    return m_tx
        .run(u"INSERT INTO complaints_complaint ("_s + kColumns
                + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {c.trackingNumber, c.filedDay, c.daySequence, c.filedAtMs, c.dueAtMs, c.category,
                c.subject, c.description, c.province, c.amphoe, c.tambon, orNull(c.latitude),
                orNull(c.longitude), c.channel,
                c.counterNumber > 0 ? QVariant(c.counterNumber)
                                    : QVariant(QMetaType(QMetaType::Int)),
                c.staff.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(c.staff),
                c.device},
            why)
        .has_value();
}

std::optional<FiledComplaint> ComplaintStore::find(const QString &trackingNumber, QString *why)
{
    const auto rows = m_tx.run(
        u"SELECT "_s + kColumns + u" FROM complaints_complaint WHERE tracking_number = ?"_s,
        {trackingNumber}, why);
    if (!rows || rows->rows.isEmpty())
        return std::nullopt;
    return fromRow(rows->rows.first());
}

std::optional<QList<FiledComplaint>> ComplaintStore::newest(int limit, QString *why)
{
    const auto rows = m_tx.run(u"SELECT "_s + kColumns
            + u" FROM complaints_complaint ORDER BY filed_at_ms DESC, tracking_number DESC "
              "LIMIT ?"_s,
        {limit}, why);
    if (!rows)
        return std::nullopt;
    QList<FiledComplaint> complaints;
    complaints.reserve(rows->rows.size());
    for (const QVariantMap &row : rows->rows)
        complaints.append(fromRow(row));
    return complaints;
}

std::optional<QStringList> ComplaintStore::numbersDueBefore(qint64 dueBefore, QString *why)
{
    const auto rows
        = m_tx.run(u"SELECT tracking_number FROM complaints_complaint "
                   "WHERE due_at_ms < ? ORDER BY filed_at_ms DESC, tracking_number DESC"_s,
            {dueBefore}, why);
    if (!rows)
        return std::nullopt;
    QStringList numbers;
    numbers.reserve(rows->rows.size());
    for (const QVariantMap &row : rows->rows)
        numbers.append(row.value(u"tracking_number"_s).toString());
    return numbers;
}

} // namespace saduak::complaints
