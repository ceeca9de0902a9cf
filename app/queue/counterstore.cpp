#include "counterstore.h"

#include <queuemodel/queuejson.h>

#include <storage/database.h>
#include <storage/readresult.h>

#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace saduak {

CounterStore::CounterStore(Database &db) : m_db(db) { }

QList<CounterStore::Row> CounterStore::select(
    const QString &where, const QVariantList &values, bool *ok) const
{
    // An open or paused counter shows what it serves now; a closed one what it may serve.
    PreparedQuery q = m_db.prepared(
        u"SELECT c.number, c.name_th, c.name_en, c.state, c.pause_reason, c.call_mode, "
        "c.normal_calls_per_priority, c.normal_calls_since_priority, "
        "CASE WHEN c.state = 'closed' "
        "  THEN (SELECT group_concat(service_code, ',') FROM (SELECT service_code "
        "        FROM counter_service WHERE counter_number = c.number "
        "        ORDER BY service_code)) "
        "  ELSE (SELECT group_concat(service_code, ',') FROM (SELECT service_code "
        "        FROM counter_open_service WHERE counter_number = c.number "
        "        ORDER BY service_code)) END "
        "FROM counter c WHERE "_s
        + where + u" ORDER BY c.number"_s);
    for (qsizetype i = 0; i < values.size(); ++i)
        q->bindValue(int(i), values.at(i));
    QList<Row> result;
    if (!q->exec()) {
        m_lastError = u"counter query failed: "_s + q->lastError().text();
        if (ok)
            *ok = false;
        return result;
    }
    while (q->next()) {
        Row row;
        Counter &c = row.counter;
        c.number = q->value(0).toInt();
        c.thaiName = q->value(1).toString();
        c.englishName = q->value(2).toString();
        // The CHECK constraints allow only known words, so the fallbacks never apply.
        c.state
            = QueueJson::counterStateFrom(q->value(3).toString()).value_or(Counter::State::Closed);
        c.pauseReason
            = QueueJson::pauseReasonFrom(q->value(4).toString()).value_or(PauseReason::None);
        c.profile.mode = QueueJson::callModeFrom(q->value(5).toString())
                             .value_or(CallProfile::Mode::PriorityFirst);
        c.profile.normalCallsPerPriority = q->value(6).toInt();
        row.normalCallsSincePriority = q->value(7).toInt();
        c.serviceCodes = q->value(8).toString().split(u',', Qt::SkipEmptyParts);
        result.append(row);
    }
    if (readFailed(*q)) {
        m_lastError = u"counter query stopped part-way: "_s + q->lastError().text();
        if (ok)
            *ok = false;
        return {};
    }
    if (ok)
        *ok = true;
    return result;
}

std::optional<CounterStore::Row> CounterStore::find(int number, bool *ok) const
{
    const QList<Row> rows = select(u"c.number = ?"_s, {number}, ok);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<CounterStore::Row> CounterStore::all(bool *ok) const
{
    return select(u"1"_s, {}, ok);
}

bool CounterStore::exec(const QString &sql, const QVariantList &values)
{
    PreparedQuery q = m_db.prepared(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        q->bindValue(int(i), values.at(i));
    if (!q->exec()) {
        m_lastError = u"counter write failed: "_s + q->lastError().text() + u" in: "_s + sql;
        return false;
    }
    return true;
}

bool CounterStore::setState(
    int number, Counter::State state, PauseReason reason, const QStringList &servedServices)
{
    if (state == Counter::State::Open) {
        if (!exec(u"UPDATE counter SET state = 'open', pause_reason = 'none', "
                  "normal_calls_since_priority = 0 WHERE number = ?"_s,
                {number})
            || !exec(u"DELETE FROM counter_open_service WHERE counter_number = ?"_s, {number}))
            return false;
        for (const QString &code : servedServices) {
            if (!exec(u"INSERT INTO counter_open_service (counter_number, service_code) "
                      "VALUES (?, ?)"_s,
                    {number, code}))
                return false;
        }
        return true;
    }
    if (state == Counter::State::Paused) {
        return exec(u"UPDATE counter SET state = 'paused', pause_reason = ? WHERE number = ?"_s,
            {QueueJson::toString(reason), number});
    }
    return exec(u"UPDATE counter SET state = 'closed', pause_reason = 'none' WHERE number = ?"_s,
               {number})
        && exec(u"DELETE FROM counter_open_service WHERE counter_number = ?"_s, {number});
}

bool CounterStore::setNormalCallsSincePriority(int number, int count)
{
    return exec(
        u"UPDATE counter SET normal_calls_since_priority = ? WHERE number = ?"_s, {count, number});
}

bool CounterStore::setProfile(int number, const CallProfile &profile)
{
    return exec(u"UPDATE counter SET call_mode = ?, normal_calls_per_priority = ?, "
                "normal_calls_since_priority = 0 WHERE number = ?"_s,
        {QueueJson::toString(profile.mode), profile.normalCallsPerPriority, number});
}

} // namespace saduak
