#pragma once

#include "commandtable.h"

namespace saduak {

class Database;

// The supervisor's e-report over the LAN (docs/hub-protocol.md "Reports"): the command eReport in
// the hub's CommandTable, for a supervisor's PC with a supervisor (or admin) logged in. It answers
// a day's or up to a month's figures (EReport's JSON) with the display names of the officers
// they name, read from the branch database as they are asked for: a report reads only what
// is on disk and writes nothing.
class EReportCommands
{
public:
    EReportCommands(Database &db, CommandTable &table);

    // Whether text is a business day as the protocol writes it ("2026-12-06").
    static bool isDay(const QString &text);

private:
    HubReply report(const QJsonObject &message);

    Database &m_db;
};

} // namespace saduak
