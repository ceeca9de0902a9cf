#pragma once

#include "commandtable.h"

namespace saduak {

class Database;
class QueueManager;

// Managing the branch from a supervisor's PC (docs/hub-protocol.md "Managing the branch"): the
// commands setServiceTarget, setServiceHours and setHolidays (an admin logged in),
// setCounterServices and moveTicket (a supervisor or an admin) in the hub's CommandTable. Each
// runs on the QueueManager, which writes the change and its event (catalog.changed, or
// ticket.transferred for a move) in one transaction with the staff.audit row made here
// (actions serviceTargetSet, serviceHoursSet, holidaysSet, counterServicesSet, ticketMoved).
// Opening, pausing and closing any counter, and its call order, are the queue's own commands,
// which a supervisor's PC may send for any counter.
class ManagementCommands
{
public:
    ManagementCommands(Database &db, QueueManager &queue, CommandTable &table);

private:
    enum class Change { Target, Hours, Holidays, CounterServices, Move };
    HubReply run(Change change, const Device &at, const StaffMember *person,
        const QJsonObject &message, const QString &requestId, const QList<CommandField> &fields);

    Database &m_db;
    QueueManager &m_queue;
};

} // namespace saduak
