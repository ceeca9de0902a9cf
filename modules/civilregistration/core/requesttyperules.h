#pragma once

#include <domain/translatabletext.h>

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace saduak::civilregistration {

// Words in both languages, as the data set carries them ("th", "en").
struct BilingualText
{
    QString th;
    QString en;
};

// What a field holds; the e-form picks its editor and its check by it (README.md, "Item format").
enum class FieldKind { Text, Date, Time, DateTime, ThaiId, HouseCode, Address, Choice, Number };

// Who files a request (the Civil Registration Act names who must notify each event).
enum class FilerRole { Person, HouseMaster, Parent, Proxy };

// Protocol names: "text", "date", "time", "dateTime", "thaiId", "houseCode", "address",
// "choice", "number"; "person", "houseMaster", "parent", "proxy".
QString toString(FieldKind kind);
QString toString(FilerRole role);
std::optional<FieldKind> fieldKindFromString(const QString &text);
std::optional<FilerRole> filerRoleFromString(const QString &text);
// "ผู้มีชื่อในคำขอ" / "The person concerned", "เจ้าบ้าน" / "The house master"…
TranslatableText displayText(FilerRole role);

struct ChoiceOption
{
    QString code;
    BilingualText label;
};

struct FieldSpec
{
    QString name; // the form's key: "birthDate", "motherCitizenId"
    FieldKind kind = FieldKind::Text;
    bool required = false;
    // The ID card field it is filled from, empty when typed: "citizenId", "prefix", "firstName",
    // "lastName", "birthDate", "gender", "address" (domain/citizen.h).
    QString fromIdCard;
    BilingualText label;
    QList<ChoiceOption> options; // Choice only
};

// A document the officer must see. filer: only when that person files (a proxy's letter).
struct DocumentSpec
{
    QString code;
    BilingualText label;
    std::optional<FilerRole> filer;
};

// A document never asked of the citizen because the ID card or the registry holds it (the seed's
// "one ID card for all contact with government").
struct NeverAskedDocument
{
    enum class HeldBy { IdCard, Registry };
    QString code;
    BilingualText label;
    HeldBy heldBy = HeldBy::IdCard;
};

// Due within `days` after the date of the event (the event's day not counted: the Civil and
// Commercial Code, section 193/3, so by the end of the days-th day after it, in Bangkok), or
// within `hours` of the event's moment. Exactly one of days and hours is above 0.
struct Deadline
{
    QString fromField; // the Date or DateTime field holding the event
    int days = 0;
    int hours = 0;
};

// The fee in whole baht: a flat amount, an amount per unit of a Number field (copies), or an
// amount for each option of a Choice field (which name changes).
struct FeeRule
{
    qint64 baht = 0; // flat, or per unit when perField is set
    QString perField;
    QString byField;
    QMap<QString, qint64> bahtByOption;
};

// One version of one request type's rules: one item of the reference data set
// civil-registration-rules (README.md, "Item format"). A change of a fine or a fee is a new item
// with a later effectiveFrom and a higher version, never an edit of one in force.
struct RequestTypeRules
{
    QString key; // "<type>@<effectiveFrom>"
    QString type; // "birthNotification"
    int version = 0;
    QDate effectiveFrom; // a Bangkok date: in force from its first moment
    BilingualText name;
    QList<FieldSpec> fields;
    QList<FilerRole> filers;
    QList<DocumentSpec> documents;
    QList<NeverAskedDocument> neverAsked;
    std::optional<Deadline> deadline;
    qint64 lateFineBaht = 0; // charged when filed after the deadline
    FeeRule fee;

    const FieldSpec *field(const QString &name) const;
    bool mayBeFiledBy(FilerRole filer) const { return filers.contains(filer); }
    // The documents the officer must see when this person files, in the item's order: those for
    // everyone and those for that filer (a proxy's letter only when a proxy files).
    QList<DocumentSpec> documentsToSee(FilerRole filer) const;

    // Reads and checks one item. nullopt with why (a sentence naming the item, and the field at
    // fault) when anything is missing, of the wrong kind, negative or inconsistent.
    static std::optional<RequestTypeRules> fromJson(
        const QString &key, const QJsonObject &item, TranslatableText *why = nullptr);
};

} // namespace saduak::civilregistration
