#pragma once

#include <domain/counter.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace saduak {

class Database;

// Reads and writes a counter's live queue state: open/paused/closed, pause reason, the services it
// serves while open (counter_open_service), its call profile and ratio count. The catalog part
// (names, what it may serve) is CatalogStore's. Writes only inside the caller's transaction.
class CounterStore
{
public:
    struct Row
    {
        Counter counter; // serviceCodes: served now if open or paused, else what it may serve
        int normalCallsSincePriority = 0;
    };

    explicit CounterStore(Database &db);

    std::optional<Row> find(int number, bool *ok = nullptr) const;
    QList<Row> all(bool *ok = nullptr) const;

    // Opening replaces the services served; closing forgets them; pausing keeps them. Opening
    // also restarts the ratio count.
    bool setState(int number, Counter::State state, PauseReason reason,
        const QStringList &servedServices = {});
    bool setNormalCallsSincePriority(int number, int count);
    bool setProfile(int number, const CallProfile &profile);

    QString lastError() const { return m_lastError; }

private:
    // where and sql come from this class only: each distinct text is one kept statement.
    QList<Row> select(const QString &where, const QVariantList &values, bool *ok) const;
    bool exec(const QString &sql, const QVariantList &values);

    Database &m_db;
    mutable QString m_lastError;
};

} // namespace saduak
