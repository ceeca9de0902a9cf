#include "cardreadaudit.h"

#include "auditkey.h"


using namespace Qt::StringLiterals;

namespace saduak::idcard {

namespace {

QString screenName(Workplace::Screen screen)
{
    switch (screen) {
    case Workplace::Screen::Counter:
        return u"counter"_s;
    case Workplace::Screen::Kiosk:
        return u"kiosk"_s;
    case Workplace::Screen::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString purposeOf(const CardReadAudit::Read &read)
{
    if (read.ticket && !read.ticket->serviceCode.isEmpty())
        return read.ticket->serviceCode;
    if (read.workplace.screen == Workplace::Screen::Kiosk)
        return u"kioskTicket"_s; // read to decide the priority of the ticket being taken
    return u"identification"_s;
}

std::optional<Workplace::Screen> screenFrom(const QString &name)
{
    for (Workplace::Screen screen :
        {Workplace::Screen::Counter, Workplace::Screen::Kiosk, Workplace::Screen::Unknown})
        if (screenName(screen) == name)
            return screen;
    return std::nullopt;
}

TranslatableText auditText(const char *source)
{
    return TranslatableText("saduak::idcard::CardReadAudit", source);
}

} // namespace

QJsonObject CardReadAudit::payload(const Read &read, const AuditKey &key)
{
    QJsonObject o {
        {u"atMs"_s, double(read.atMs)},
        {u"screen"_s, screenName(read.workplace.screen)},
        {u"counter"_s, read.workplace.counterNumber},
        {u"staff"_s, read.workplace.staff},
        {u"device"_s, read.workplace.device},
        {u"purpose"_s, purposeOf(read)},
        {u"citizenIdHash"_s, read.citizenId ? key.hashOf(*read.citizenId) : QString()},
        {u"hashKeyId"_s, key.keyId()},
        {u"hashScheme"_s, u"blake2b-256-keyed"_s},
        {u"checkDigitValid"_s, read.checkDigitValid},
        {u"cardExpired"_s, read.cardExpired},
    };
    if (read.ticket)
        o.insert(u"ticketId"_s, read.ticket->id);
    return o;
}

QJsonObject CardReadAudit::request(const Read &read)
{
    QJsonObject o {
        {u"citizenId"_s, read.citizenId ? read.citizenId->digits() : QString()},
        {u"screen"_s, screenName(read.workplace.screen)},
        {u"checkDigitValid"_s, read.checkDigitValid},
        {u"cardExpired"_s, read.cardExpired},
    };
    if (read.ticket) {
        o.insert(u"ticketId"_s, read.ticket->id);
        o.insert(u"serviceCode"_s, read.ticket->serviceCode);
    }
    return o;
}

CommandSpec CardReadAudit::recordReadCommand(const std::optional<AuditKey> &key)
{
    using Type = CommandField::Type;
    CommandSpec spec;
    spec.name = u"recordRead"_s;
    spec.kind = CommandSpec::Kind::Command;
    spec.roles = {DeviceRole::Counter, DeviceRole::Kiosk};
    spec.fields = {{u"citizenId"_s, Type::String, true, 13}, {u"screen"_s, Type::String, true, 20},
        {u"checkDigitValid"_s, Type::Boolean}, {u"cardExpired"_s, Type::Boolean},
        {u"ticketId"_s, Type::String, false, 64}, {u"serviceCode"_s, Type::String, false, 16}};
    spec.summary = u"audit one read of a national ID card (the ID is kept only as a keyed hash)"_s;
    spec.handler = [key](ModuleTransaction &tx, const CommandRequest &request) {
        if (!key)
            return CommandResult::refused(u"auditUnavailable"_s,
                auditText(QT_TRANSLATE_NOOP("saduak::idcard::CardReadAudit",
                    "The branch hub cannot record card reads (its audit key is missing), so the "
                    "card is not shown. Call support.")));
        const QJsonObject &m = request.params;
        // The digits as the card gave them: a wrong check digit is audited too, and flagged.
        const auto id = ThaiCitizenId::fromCard(m.value(u"citizenId"_s).toString());
        const auto screen = screenFrom(m.value(u"screen"_s).toString());
        if (!id || !screen)
            return CommandResult::refused(u"badRequest"_s,
                auditText(QT_TRANSLATE_NOOP("saduak::idcard::CardReadAudit",
                    "The card read to record is not complete.")));
        Read read;
        read.atMs = request.atMs;
        read.workplace.screen = *screen;
        read.workplace.counterNumber = request.caller.counterNumber;
        read.workplace.staff = request.caller.staff;
        read.workplace.device = request.caller.deviceName;
        if (m.contains(u"ticketId"_s)) {
            Ticket ticket;
            ticket.id = m.value(u"ticketId"_s).toString();
            ticket.serviceCode = m.value(u"serviceCode"_s).toString();
            read.ticket = ticket;
        }
        read.citizenId = id;
        read.checkDigitValid = m.value(u"checkDigitValid"_s).toBool();
        read.cardExpired = m.value(u"cardExpired"_s).toBool();
        QString why;
        const QString uuid = tx.appendOutbox(u"read"_s, payload(read, *key), &why);
        if (uuid.isEmpty())
            return CommandResult::refused(u"storage"_s,
                auditText(QT_TRANSLATE_NOOP("saduak::idcard::CardReadAudit",
                    "The card read could not be recorded, so the card is not shown. Please try "
                    "again.")));
        return CommandResult::ok({{u"auditId"_s, uuid}});
    };
    return spec;
}

} // namespace saduak::idcard
