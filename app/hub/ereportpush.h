#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace saduak {

class Database;
struct QueueEvent;
class QueueManager;

// Sends each business day's e-report to central once the day is over: one outbox row of kind
// ereport.day (EReportDay, docs/central-api.md) per day that had events, pushed by the sync
// client like any row. When the queue rolls over to a new day (its day.rolledOver event), and
// when the hub starts, for any of the last kLookBackDays days it finds not pushed yet (the hub was
// off at the rollover, or the day's write failed). A day pushed is marked in the same transaction
// as its row (core migration 0008, ereport_day_pushed), so it is never pushed twice.
class EReportPush : public QObject
{
    Q_OBJECT
public:
    static constexpr int kLookBackDays = 31;

    EReportPush(Database &db, QueueManager &queue, QObject *parent = nullptr);

    // The days before today (the queue's business day, on its clock) of the last kLookBackDays
    // that have events and no row yet, each written now. The days written, ascending; nothing
    // with why when the database failed (the days written before the failure stay written).
    std::optional<QStringList> pushMissedDays(QString *why = nullptr);

Q_SIGNALS:
    // A day's row is in the outbox: the sync client may push.
    void pushed(const QString &businessDay);

private:
    // Writes the day's row and its mark unless it has one: true when written.
    std::optional<bool> pushDay(const QString &businessDay, QString *why);
    void eventRecorded(const QueueEvent &event);

    Database &m_db;
    QueueManager &m_queue;
};

} // namespace saduak
