#pragma once

#include <domain/translatabletext.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace saduak::complaints {

// One thing wrong with a filed form: the field it belongs to, as named in the hub command
// complaints.file ("subject", "amphoe", "complainant.citizenId"…), and a sentence for the person,
// untranslated so the hub can send it and each device shows it in its own language.
struct FormProblem
{
    QString field;
    TranslatableText text;

    QString message() const { return text.toString(); } // in the translation installed now
    friend bool operator==(const FormProblem &, const FormProblem &) = default;
};

// The checks of the fields of complaints.file (README.md, "Hub commands"), the same at the hub
// (which refuses with the first problem) and on the screens (which show each beside its field).
// It checks form, not existence: that the category and the area codes are in the reference data
// is the hub part's check.
class ComplaintFormCheck
{
public:
    static constexpr int maxSubjectLength = 200;
    static constexpr int maxDescriptionLength = 4000;
    static constexpr int maxEmailLength = 254;

    // Every problem, in the order of the command's fields; empty when the form may be filed.
    static QList<FormProblem> check(const QJsonObject &fields);

    // A Thai phone number as "0812345678" (mobile: 10 digits beginning 06, 08 or 09) or
    // "021234567" (landline: 9 digits beginning 02–07). Takes "+66", spaces, '-' and Thai digits:
    // "+66 81-234-5678", "๐๘๑ ๒๓๔ ๕๖๗๘". nullopt for anything else.
    static std::optional<QString> normalizedPhone(QStringView phone);

    // One '@' with something before it, a domain with a dot inside it, no white space,
    // at most 254 characters. A sanity check, not RFC 5322.
    static bool isPlausibleEmail(QStringView email);

    // Thailand's bounding box, a little widened (5.5–20.5 N, 97.3–105.7 E).
    static bool isInThailand(double latitude, double longitude);
};

} // namespace saduak::complaints
