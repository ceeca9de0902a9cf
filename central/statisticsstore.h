#pragma once

#include "branchstore.h"

#include <queuemodel/queueevent.h>

#include <QList>
#include <QString>
#include <optional>

namespace saduak {

class Database;

// Reads what the cross-branch figures are computed from: the queue events ("event" outbox rows)
// each enrolled branch pushed for one business day, in the branch's own order. All SQL about
// statistics is here; the figures themselves are QueueStatistics', as on the branch.
class StatisticsStore
{
public:
    explicit StatisticsStore(Database &db);

    struct BranchEvents
    {
        CentralBranch branch;
        QList<QueueEvent> events; // of the day, in branch_seq order
    };

    // Every enrolled branch (by code), with the events of businessDay ("YYYY-MM-DD") it has
    // pushed so far; a branch that pushed none is there with none. Read in one transaction.
    std::optional<QList<BranchEvents>> eventsOfDay(
        const QString &businessDay, QString *why = nullptr) const;

private:
    Database &m_db;
};

} // namespace saduak
