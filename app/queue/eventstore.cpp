#include "eventstore.h"

#include <storage/database.h>
#include <storage/readresult.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

#include <iterator>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

void setOk(bool *ok, bool value)
{
    if (ok)
        *ok = value;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

EventStore::EventStore(Database &db) : m_db(db) { }

bool EventStore::append(QueueEvent &event)
{
    PreparedQuery q
        = m_db.prepared(u"INSERT INTO event (type, at_ms, business_day, ticket_id, ticket_number, "
                        "service_code, counter_number, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QVariant values[] = {event.type, event.atMs, event.businessDay,
        textOrNull(event.ticketId), textOrNull(event.ticketNumber), textOrNull(event.serviceCode),
        event.counterNumber > 0 ? QVariant(event.counterNumber) : QVariant(),
        QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Compact))};
    for (int i = 0; i < int(std::size(values)); ++i)
        q->bindValue(i, values[i]);
    if (!q->exec()) {
        m_lastError = u"insert of event "_s + event.type + u" failed: "_s + q->lastError().text();
        return false;
    }
    event.seq = q->lastInsertId().toLongLong();
    return true;
}

QList<QueueEvent> EventStore::select(
    const QString &tail, const QVariantList &values, bool *ok) const
{
    PreparedQuery q = m_db.prepared(
        u"SELECT seq, type, at_ms, business_day, ticket_id, ticket_number, service_code, "
        "counter_number, data FROM event "_s
        + tail);
    for (qsizetype i = 0; i < values.size(); ++i)
        q->bindValue(int(i), values.at(i));
    QList<QueueEvent> result;
    if (!q->exec()) {
        m_lastError = u"event query failed: "_s + q->lastError().text();
        setOk(ok, false);
        return result;
    }
    while (q->next()) {
        QueueEvent e;
        e.seq = q->value(0).toLongLong();
        e.type = q->value(1).toString();
        e.atMs = q->value(2).toLongLong();
        e.businessDay = q->value(3).toString();
        e.ticketId = q->value(4).toString();
        e.ticketNumber = q->value(5).toString();
        e.serviceCode = q->value(6).toString();
        e.counterNumber = q->value(7).toInt();
        e.data = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object();
        result.append(e);
    }
    if (readFailed(*q)) {
        m_lastError = u"event query stopped part-way: "_s + q->lastError().text();
        setOk(ok, false);
        return {};
    }
    setOk(ok, true);
    return result;
}

QList<QueueEvent> EventStore::since(qint64 seq, int limit, bool *ok) const
{
    return select(u"WHERE seq > ? ORDER BY seq LIMIT ?"_s, {seq, limit}, ok);
}

QList<QueueEvent> EventStore::ofBusinessDay(const QString &businessDay, bool *ok) const
{
    return select(u"WHERE business_day = ? ORDER BY seq"_s, {businessDay}, ok);
}

QList<QueueEvent> EventStore::ofBusinessDays(const QString &from, const QString &to, bool *ok) const
{
    // By (business_day, seq), the order of the index event_day: no sort of a month's events.
    return select(u"WHERE business_day BETWEEN ? AND ? ORDER BY business_day, seq"_s, {from, to}, ok);
}

QStringList EventStore::businessDaysWithEvents(
    const QString &from, const QString &to, bool *ok) const
{
    PreparedQuery q = m_db.prepared(u"SELECT DISTINCT business_day FROM event "
                                    "WHERE business_day BETWEEN ? AND ? ORDER BY business_day"_s);
    q->bindValue(0, from);
    q->bindValue(1, to);
    QStringList days;
    if (!q->exec()) {
        m_lastError = u"event query failed: "_s + q->lastError().text();
        setOk(ok, false);
        return days;
    }
    while (q->next())
        days.append(q->value(0).toString());
    if (readFailed(*q)) {
        m_lastError = u"event query stopped part-way: "_s + q->lastError().text();
        setOk(ok, false);
        return {};
    }
    setOk(ok, true);
    return days;
}

QList<QueueEvent> EventStore::latest(const QStringList &types, int limit, bool *ok) const
{
    // The types as one JSON parameter, so the statement text (and the kept statement) is fixed.
    const QString json = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(types)).toJson(QJsonDocument::Compact));
    return select(u"WHERE type IN (SELECT value FROM json_each(?)) ORDER BY seq DESC LIMIT ?"_s,
        {json, limit}, ok);
}

qint64 EventStore::lastSeq(bool *ok) const
{
    PreparedQuery q = m_db.prepared(u"SELECT coalesce(max(seq), 0) FROM event"_s);
    if (!q->exec() || !q->next()) {
        m_lastError = u"event query failed: "_s + q->lastError().text();
        setOk(ok, false);
        return 0;
    }
    setOk(ok, true);
    return q->value(0).toLongLong();
}

} // namespace saduak
