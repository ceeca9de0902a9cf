#pragma once

#include <domain/thaicitizenid.h>
#include <domain/ticket.h>
#include <sdk/hubpart.h>
#include <sdk/modulecontext.h>

#include <QJsonObject>
#include <QString>
#include <optional>

namespace saduak::idcard {

class AuditKey;

// Every read of an ID card is an audit row (DESIGN.md, "Data"; PDPA): when, where, who, why, and
// whose card as a keyed hash. The desk part that read the card asks the hub part to record it
// (command "idcard.recordRead"); the hub writes the row to its outbox (kind "idcard.read"), so it
// reaches central with the branch's other records from whichever PC read the card.
class CardReadAudit
{
public:
    struct Read
    {
        qint64 atMs = 0; // UTC ms, the hub's clock
        Workplace workplace;
        std::optional<Ticket> ticket; // the ticket at the counter when the card was read
        std::optional<ThaiCitizenId> citizenId; // a read without one is not audited
        bool checkDigitValid = true;
        bool cardExpired = false;
    };

    // The payload: no name, no ID, no birth date; only the keyed hash of the ID.
    //   { "atMs", "screen": "counter"|"kiosk"|"unknown", "counter", "staff", "device",
    //     "purpose": the ticket's service code, "kioskTicket" at a kiosk, else "identification",
    //     "ticketId" (when there is one), "citizenIdHash", "hashKeyId", "hashScheme",
    //     "checkDigitValid", "cardExpired" }
    static QJsonObject payload(const Read &read, const AuditKey &key);

    // The desk's side: the command's message for a read on this PC.
    //   { "citizenId", "screen", "checkDigitValid", "cardExpired", "ticketId"?, "serviceCode"? }
    static QJsonObject request(const Read &read);

    // The hub's side: the command "recordRead" (counters and kiosks), which hashes the ID with
    // the branch's key (nullopt: the key could not be loaded, every read is refused) and appends
    // the row in the command's transaction. Answers {"auditId": the row's uuid}.
    static CommandSpec recordReadCommand(const std::optional<AuditKey> &key);
};

} // namespace saduak::idcard
