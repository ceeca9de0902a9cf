#pragma once

// Shared by the queue tests: a branch database in a temporary folder with the demo catalog
// (services A-E with targets 15/20/20/30/15 minutes, counters 1-6) and a fake clock.

#include <domain/bangkoktime.h>
#include <queue/catalogstore.h>
#include <queue/queuemanager.h>
#include <storage/database.h>
#include <storage/migration.h>

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <memory>

namespace saduak::test {

constexpr qint64 secondMs = 1000;
constexpr qint64 minuteMs = 60 * secondMs;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

// UTC ms of a Bangkok wall-clock time.
inline qint64 bangkok(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), BangkokTime::zone())
        .toMSecsSinceEpoch();
}

// 25 November 2026, 08:30 in Bangkok: the branch opens.
inline qint64 morning()
{
    return bangkok(2026, 11, 25, 8, 30);
}

// A branch: its file, its database, its queue with a fake clock.
class Branch
{
public:
    explicit Branch(QueueSettings settings = {}) : m_settings(settings)
    {
        m_path = m_dir.filePath(QStringLiteral("branch.sqlite"));
        reopen();
        QString why;
        if (!CatalogStore(*m_db).seedDemoIfEmpty(&why))
            qFatal("demo seed failed: %s", qPrintable(why));
    }

    // Closes the queue and the database and opens both again from the file, as after a restart.
    void reopen()
    {
        m_queue.reset();
        m_db.reset();
        Database::Options options;
        options.migrations = {&m_core};
        StorageError error;
        m_db = Database::open(m_path, options, &error);
        if (!m_db)
            qFatal("cannot open the branch database: %s", qPrintable(error.detail));
        m_queue = std::make_unique<QueueManager>(*m_db, m_settings, [this] { return m_now; });
    }

    QueueManager &queue() { return *m_queue; }
    Database &db() { return *m_db; }
    QString path() const { return m_path; }

    qint64 now() const { return m_now; }
    void setNow(qint64 utcMs) { m_now = utcMs; }
    void advance(qint64 ms) { m_now += ms; }
    void advanceMinutes(double minutes) { m_now += qint64(minutes * minuteMs); }

    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    int count(const QString &table) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt();
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql);
    }
    QStringList rows(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql))
            return {QStringLiteral("<query failed>")};
        QStringList result;
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.record().count(); ++i)
                columns.append(q.value(i).toString());
            result.append(columns.join(u'|'));
        }
        return result;
    }

    // Issues a ticket and fails the test if it is refused.
    Ticket issue(const QString &service, PriorityClass priority = PriorityClass::Normal)
    {
        TicketIssueOptions options;
        options.priority = priority;
        const QueueResult r = m_queue->issueTicket(service, options);
        if (!r.ok() || !r.ticket)
            qFatal("issue refused: %s", qPrintable(r.error.message + r.error.detail));
        return *r.ticket;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    MigrationSet m_core = MigrationSet::core();
    QueueSettings m_settings;
    qint64 m_now = morning();
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QueueManager> m_queue;
};

} // namespace saduak::test
