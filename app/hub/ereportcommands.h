#pragma once

#include "commandtable.h"

#include <QDate>

namespace saduak {

class Database;
class LongReads;

// The supervisor's e-report over the LAN (docs/hub-protocol.md "Reports"): the command eReport in
// the hub's CommandTable, for a supervisor's PC with a supervisor (or admin) logged in. It answers
// a day's or up to a month's figures (EReport's JSON) with the display names of the officers
// they name, read from the branch database as they are asked for: a report reads only what
// is on disk and writes nothing. A month's takes seconds on a busy branch, so it is read off the
// hub thread (LongReads) and answered when ready, the counters served meanwhile.
class EReportCommands
{
public:
    EReportCommands(LongReads &reads, CommandTable &table);

    // Whether text is a business day as the protocol writes it ("2026-12-06").
    static bool isDay(const QString &text);

private:
    HubReply report(const QJsonObject &message);
    // On the reader thread, with its connection (LongReads::Read).
    static HubReply read(Database &db, QDate from, QDate to);

    LongReads &m_reads;
};

} // namespace saduak
