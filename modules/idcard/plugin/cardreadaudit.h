#pragma once

#include <sdk/modulecontext.h>

#include <QJsonObject>
#include <QString>

namespace saduak::idcard {

class AuditKey;

// Every read of an ID card is an audit row (DESIGN.md, "Data"; PDPA): when, where, who, why, and
// whose card as a keyed hash. The row goes to the outbox (kind "idcard.read") in its own write
// transaction, so it reaches central with the branch's other records.
class CardReadAudit
{
public:
    struct Read
    {
        qint64 atMs = 0; // UTC ms
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

    // Appends the row in a write transaction of its own on the module's storage. False with why
    // (for the log) when it could not be written; the caller then must not show the data.
    static bool write(ModuleContext &context, const Read &read, const AuditKey &key, QString *why);
};

} // namespace saduak::idcard
