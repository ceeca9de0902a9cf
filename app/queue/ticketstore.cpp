#include "ticketstore.h"

#include "queuejson.h"

#include <storage/database.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

const QString columns = u"id, number, service_code, priority, state, business_day, arrived_at_ms, "
                        "counter_number, called_at_ms, recall_count, booking_ref"_s;

void setOk(bool *ok, bool value)
{
    if (ok)
        *ok = value;
}

} // namespace

TicketStore::TicketStore(Database &db) : m_db(db) { }

QList<Ticket> TicketStore::select(const QString &where, const QVariantList &values, bool *ok) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + columns + u" FROM ticket WHERE "_s + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<Ticket> result;
    if (!q.exec()) {
        m_lastError = u"ticket query failed: "_s + q.lastError().text();
        setOk(ok, false);
        return result;
    }
    while (q.next()) {
        Ticket t;
        t.id = q.value(0).toString();
        t.number = q.value(1).toString();
        t.serviceCode = q.value(2).toString();
        // The CHECK constraints allow only known words, so the fallbacks never apply.
        t.priority = QueueJson::priorityFrom(q.value(3).toString()).value_or(PriorityClass::Normal);
        t.state = QueueJson::ticketStateFrom(q.value(4).toString()).value_or(TicketState::Waiting);
        t.businessDay = q.value(5).toString();
        t.arrivedAtMs = q.value(6).toLongLong();
        t.counterNumber = q.value(7).toInt();
        t.calledAtMs = q.value(8).toLongLong();
        t.recallCount = q.value(9).toInt();
        t.bookingReference = q.value(10).toString();
        result.append(t);
    }
    setOk(ok, true);
    return result;
}

std::optional<Ticket> TicketStore::find(const QString &id, bool *ok) const
{
    const QList<Ticket> found = select(u"id = ?"_s, {id}, ok);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Ticket> TicketStore::atCounter(int counterNumber, bool *ok) const
{
    const QList<Ticket> found
        = select(u"counter_number = ? AND state IN ('called', 'serving')"_s, {counterNumber}, ok);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Ticket> TicketStore::waiting(
    const QStringList &serviceCodes, const QString &businessDay, bool *ok) const
{
    if (serviceCodes.isEmpty()) {
        setOk(ok, true);
        return {};
    }
    QStringList marks;
    QVariantList values {businessDay};
    for (const QString &code : serviceCodes) {
        marks.append(u"?"_s);
        values.append(code);
    }
    return select(u"state = 'waiting' AND business_day = ? AND service_code IN ("_s
            + marks.join(u',') + u") ORDER BY arrived_at_ms, rowid"_s,
        values, ok);
}

QList<Ticket> TicketStore::openBefore(const QString &businessDay, bool *ok) const
{
    return select(u"state IN ('waiting', 'called', 'serving', 'parked') AND business_day < ? "
                  "ORDER BY business_day, arrived_at_ms, rowid"_s,
        {businessDay}, ok);
}

int TicketStore::nextNumberSeq(
    const QString &serviceCode, const QString &businessDay, bool *ok) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT coalesce(max(number_seq), 0) + 1 FROM ticket "
              "WHERE number_service_code = ? AND business_day = ?"_s);
    q.addBindValue(serviceCode);
    q.addBindValue(businessDay);
    if (!q.exec() || !q.next()) {
        m_lastError = u"next ticket number failed: "_s + q.lastError().text();
        setOk(ok, false);
        return 0;
    }
    setOk(ok, true);
    return q.value(0).toInt();
}

bool TicketStore::insert(const Ticket &t, const QString &numberServiceCode, int numberSeq)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        u"INSERT INTO ticket (id, number, number_service_code, number_seq, business_day, "
        "service_code, priority, state, arrived_at_ms, counter_number, called_at_ms, "
        "recall_count, booking_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''))"_s);
    q.addBindValue(t.id);
    q.addBindValue(t.number);
    q.addBindValue(numberServiceCode);
    q.addBindValue(numberSeq);
    q.addBindValue(t.businessDay);
    q.addBindValue(t.serviceCode);
    q.addBindValue(QueueJson::toString(t.priority));
    q.addBindValue(QueueJson::toString(t.state));
    q.addBindValue(t.arrivedAtMs);
    q.addBindValue(t.counterNumber > 0 ? QVariant(t.counterNumber) : QVariant());
    q.addBindValue(t.calledAtMs);
    q.addBindValue(t.recallCount);
    q.addBindValue(t.bookingReference); // a null QString binds NULL, hence coalesce
    if (!q.exec()) {
        m_lastError = u"insert of ticket "_s + t.number + u" failed: "_s + q.lastError().text();
        return false;
    }
    return true;
}

bool TicketStore::update(const Ticket &t)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE ticket SET service_code = ?, priority = ?, state = ?, counter_number = ?, "
              "called_at_ms = ?, recall_count = ? WHERE id = ?"_s);
    q.addBindValue(t.serviceCode);
    q.addBindValue(QueueJson::toString(t.priority));
    q.addBindValue(QueueJson::toString(t.state));
    q.addBindValue(t.counterNumber > 0 ? QVariant(t.counterNumber) : QVariant());
    q.addBindValue(t.calledAtMs);
    q.addBindValue(t.recallCount);
    q.addBindValue(t.id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_lastError = u"update of ticket "_s + t.number + u" failed: "_s + q.lastError().text();
        return false;
    }
    return true;
}

} // namespace saduak
