#include "ticketstore.h"

#include <queuemodel/queuejson.h>

#include <storage/database.h>
#include <storage/readresult.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

#include <iterator>

using namespace Qt::StringLiterals;

namespace saduak {

// The columns every read of a ticket takes, in the order select() reads them. A macro so that
// each statement stays one literal (Database::prepared keeps statements by their SQL).
#define SADUAK_TICKET_COLUMNS                                                                      \
    "id, number, service_code, priority, state, business_day, arrived_at_ms, counter_number, "     \
    "called_at_ms, recall_count, booking_ref"

namespace {

void setOk(bool *ok, bool value)
{
    if (ok)
        *ok = value;
}

// A list of service codes as one parameter: the SQL stays fixed (and prepared once) for any
// number of services; SQLite reads it with json_each.
QString jsonArrayOf(const QStringList &codes)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(codes)).toJson(QJsonDocument::Compact));
}

} // namespace

TicketStore::TicketStore(Database &db) : m_db(db) { }

QList<Ticket> TicketStore::select(const QString &sql, const QVariantList &values, bool *ok) const
{
    PreparedQuery q = m_db.prepared(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        q->bindValue(int(i), values.at(i));
    QList<Ticket> result;
    if (!q->exec()) {
        m_lastError = u"ticket query failed: "_s + q->lastError().text();
        setOk(ok, false);
        return result;
    }
    while (q->next()) {
        Ticket t;
        t.id = q->value(0).toString();
        t.number = q->value(1).toString();
        t.serviceCode = q->value(2).toString();
        // The CHECK constraints allow only known words, so the fallbacks never apply.
        t.priority
            = QueueJson::priorityFrom(q->value(3).toString()).value_or(PriorityClass::Normal);
        t.state = QueueJson::ticketStateFrom(q->value(4).toString()).value_or(TicketState::Waiting);
        t.businessDay = q->value(5).toString();
        t.arrivedAtMs = q->value(6).toLongLong();
        t.counterNumber = q->value(7).toInt();
        t.calledAtMs = q->value(8).toLongLong();
        t.recallCount = q->value(9).toInt();
        t.bookingReference = q->value(10).toString();
        result.append(t);
    }
    if (readFailed(*q)) {
        m_lastError = u"ticket query stopped part-way: "_s + q->lastError().text();
        setOk(ok, false);
        return {};
    }
    setOk(ok, true);
    return result;
}

std::optional<Ticket> TicketStore::find(const QString &id, bool *ok) const
{
    const QList<Ticket> found
        = select(u"SELECT " SADUAK_TICKET_COLUMNS " FROM ticket WHERE id = ?"_s, {id}, ok);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Ticket> TicketStore::atCounter(int counterNumber, bool *ok) const
{
    const QList<Ticket> found
        = select(u"SELECT " SADUAK_TICKET_COLUMNS " FROM ticket "
                 "WHERE counter_number = ? AND state IN ('called', 'serving')"_s,
            {counterNumber}, ok);
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
    return select(u"SELECT " SADUAK_TICKET_COLUMNS " FROM ticket "
                  "WHERE state = 'waiting' AND business_day = ? "
                  "AND service_code IN (SELECT value FROM json_each(?)) "
                  "ORDER BY rowid"_s,
        {businessDay, jsonArrayOf(serviceCodes)}, ok);
}

QList<Ticket> TicketStore::waitingHeads(
    const QStringList &serviceCodes, const QString &businessDay, bool *ok) const
{
    if (serviceCodes.isEmpty()) {
        setOk(ok, true);
        return {};
    }
    // For every (service, class) pair the rowid of its first ticket: the lowest rowid, the first
    // issued (0006: the index ends in the rowid, so this is one seek). The
    // classes are spelled as QueueJson stores them (the CHECK on ticket.priority). A join rather
    // than `rowid IN (...)`: SQLite would build a temporary index for the IN list each time.
    return select(u"SELECT t.id, t.number, t.service_code, t.priority, t.state, t.business_day, "
                  "t.arrived_at_ms, t.counter_number, t.called_at_ms, t.recall_count, "
                  "t.booking_ref FROM json_each(?) s, "
                  "json_each('[\"appointment\",\"elderly\",\"disabledOrPregnant\",\"normal\"]') p, "
                  "ticket t "
                  "WHERE t.rowid = (SELECT h.rowid FROM ticket h "
                  "  WHERE h.state = 'waiting' AND h.business_day = ? "
                  "    AND h.service_code = s.value AND h.priority = p.value "
                  "  ORDER BY h.rowid LIMIT 1) "
                  "ORDER BY t.rowid"_s,
        {jsonArrayOf(serviceCodes), businessDay}, ok);
}

QList<Ticket> TicketStore::openBefore(const QString &businessDay, bool *ok) const
{
    return select(u"SELECT " SADUAK_TICKET_COLUMNS " FROM ticket "
                  // The very predicate of the partial index ticket_open (0004).
                  "WHERE (state = 'waiting' OR state = 'called' OR state = 'serving' "
                  "OR state = 'parked') AND business_day < ? "
                  "ORDER BY business_day, rowid"_s,
        {businessDay}, ok);
}

int TicketStore::nextNumberSeq(
    const QString &serviceCode, const QString &businessDay, bool *ok) const
{
    PreparedQuery q = m_db.prepared(u"SELECT coalesce(max(number_seq), 0) + 1 FROM ticket "
                                    "WHERE number_service_code = ? AND business_day = ?"_s);
    q->bindValue(0, serviceCode);
    q->bindValue(1, businessDay);
    if (!q->exec() || !q->next()) {
        m_lastError = u"next ticket number failed: "_s + q->lastError().text();
        setOk(ok, false);
        return 0;
    }
    setOk(ok, true);
    return q->value(0).toInt();
}

bool TicketStore::insert(const Ticket &t, const QString &numberServiceCode, int numberSeq)
{
    PreparedQuery q = m_db.prepared(
        u"INSERT INTO ticket (id, number, number_service_code, number_seq, business_day, "
        "service_code, priority, state, arrived_at_ms, counter_number, called_at_ms, "
        "recall_count, booking_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''))"_s);
    const QVariant values[] = {t.id, t.number, numberServiceCode, numberSeq, t.businessDay,
        t.serviceCode, QueueJson::toString(t.priority), QueueJson::toString(t.state), t.arrivedAtMs,
        t.counterNumber > 0 ? QVariant(t.counterNumber) : QVariant(), t.calledAtMs, t.recallCount,
        t.bookingReference}; // a null QString binds NULL, hence coalesce
    for (int i = 0; i < int(std::size(values)); ++i)
        q->bindValue(i, values[i]);
    if (!q->exec()) {
        m_lastError = u"insert of ticket "_s + t.number + u" failed: "_s + q->lastError().text();
        return false;
    }
    return true;
}

bool TicketStore::update(const Ticket &t)
{
    PreparedQuery q = m_db.prepared(
        u"UPDATE ticket SET service_code = ?, priority = ?, state = ?, counter_number = ?, "
        "called_at_ms = ?, recall_count = ? WHERE id = ?"_s);
    const QVariant values[] = {t.serviceCode, QueueJson::toString(t.priority),
        QueueJson::toString(t.state), t.counterNumber > 0 ? QVariant(t.counterNumber) : QVariant(),
        t.calledAtMs, t.recallCount, t.id};
    for (int i = 0; i < int(std::size(values)); ++i)
        q->bindValue(i, values[i]);
    if (!q->exec() || q->numRowsAffected() != 1) {
        m_lastError = u"update of ticket "_s + t.number + u" failed: "_s + q->lastError().text();
        return false;
    }
    return true;
}

} // namespace saduak
