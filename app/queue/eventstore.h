#pragma once

#include <queuemodel/queueevent.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace saduak {

class Database;

// The append-only event table (db/migrations/0003_queue.sql; triggers refuse UPDATE and DELETE).
// append() writes inside the caller's transaction and gives the event its seq.
class EventStore
{
public:
    explicit EventStore(Database &db);

    bool append(QueueEvent &event); // sets event.seq
    QList<QueueEvent> since(qint64 seq, int limit, bool *ok = nullptr) const; // seq > given
    QList<QueueEvent> ofBusinessDay(const QString &businessDay, bool *ok = nullptr) const;
    // The events of the business days from..to (ISO dates, inclusive), day after day, each day's
    // in seq order: a month's e-report.
    QList<QueueEvent> ofBusinessDays(
        const QString &from, const QString &to, bool *ok = nullptr) const;
    // The business days from..to that have at least one event, ascending.
    QStringList businessDaysWithEvents(
        const QString &from, const QString &to, bool *ok = nullptr) const;
    // The last events of these types, newest first.
    QList<QueueEvent> latest(const QStringList &types, int limit, bool *ok = nullptr) const;
    qint64 lastSeq(bool *ok = nullptr) const; // 0 when there is none

    QString lastError() const { return m_lastError; }

private:
    QList<QueueEvent> select(const QString &tail, const QVariantList &values, bool *ok) const;

    Database &m_db;
    mutable QString m_lastError;
};

} // namespace saduak
