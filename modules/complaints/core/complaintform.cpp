#include "complaintform.h"

#include <domain/thaicitizenid.h>
#include <domain/thaidigits.h>

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

namespace {

constexpr char context[] = "saduak::complaints::ComplaintFormCheck";

TranslatableText sentence(const char *source)
{
    return TranslatableText(context, source);
}

// Thailand from Betong (5.6 N) to Mae Sai (20.46 N), from Mae Hong Son's border (97.34 E) to
// Ubon's (105.64 E), widened a little so a point on the border is not refused.
constexpr double southLatitude = 5.5;
constexpr double northLatitude = 20.5;
constexpr double westLongitude = 97.3;
constexpr double eastLongitude = 105.7;

bool isDigits(QStringView text, qsizetype length)
{
    if (text.size() != length)
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString trimmedString(const QJsonObject &fields, const QString &name)
{
    return fields.value(name).toString().trimmed();
}

// A text field of 1..max characters after trimming. Characters are UTF-16 code units, which for
// Thai (all in the BMP) are its code points, tone marks and vowels above or below included.
void checkText(QList<FormProblem> &problems, const QJsonObject &fields, const QString &name,
    int max, const char *missing, const char *tooLong)
{
    const QString text = trimmedString(fields, name);
    if (text.isEmpty())
        problems.append({name, sentence(missing)});
    else if (text.size() > max)
        problems.append({name, sentence(tooLong).arg(int(text.size())).arg(max)});
}

// The area codes of admin-areas: province 2 digits, amphoe 4 beginning with its province,
// tambon 6 beginning with its amphoe.
void checkArea(QList<FormProblem> &problems, const QJsonObject &fields)
{
    const QString province = trimmedString(fields, u"province"_s);
    const QString amphoe = trimmedString(fields, u"amphoe"_s);
    const QString tambon = trimmedString(fields, u"tambon"_s);
    // A code is checked against its parent only when the parent is right: a wrong province
    // is one problem, not three.
    const bool provinceOk = isDigits(province, 2);
    const bool amphoeOk = provinceOk && isDigits(amphoe, 4) && amphoe.startsWith(province);
    if (province.isEmpty()) {
        problems.append({u"province"_s,
            sentence(QT_TRANSLATE_NOOP(
                "saduak::complaints::ComplaintFormCheck", "Choose the province."))});
    } else if (!isDigits(province, 2)) {
        problems.append({u"province"_s,
            sentence(QT_TRANSLATE_NOOP(
                "saduak::complaints::ComplaintFormCheck", "A province code has 2 digits."))});
    }
    if (amphoe.isEmpty()) {
        problems.append({u"amphoe"_s,
            sentence(QT_TRANSLATE_NOOP(
                "saduak::complaints::ComplaintFormCheck", "Choose the district (amphoe)."))});
    } else if (!isDigits(amphoe, 4) || (provinceOk && !amphoe.startsWith(province))) {
        problems.append({u"amphoe"_s,
            sentence(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintFormCheck",
                "A district code has 4 digits and begins with its province's code."))});
    }
    if (tambon.isEmpty()) {
        problems.append({u"tambon"_s,
            sentence(QT_TRANSLATE_NOOP(
                "saduak::complaints::ComplaintFormCheck", "Choose the subdistrict (tambon)."))});
    } else if (!isDigits(tambon, 6) || (amphoeOk && !tambon.startsWith(amphoe))) {
        problems.append({u"tambon"_s,
            sentence(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintFormCheck",
                "A subdistrict code has 6 digits and begins with its district's code."))});
    }
}

bool isGiven(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

void checkLocation(QList<FormProblem> &problems, const QJsonObject &fields)
{
    const QJsonValue latitude = fields.value(u"latitude"_s);
    const QJsonValue longitude = fields.value(u"longitude"_s);
    if (!isGiven(latitude) && !isGiven(longitude))
        return;
    if (!isGiven(latitude) || !isGiven(longitude)) {
        problems.append({isGiven(latitude) ? u"longitude"_s : u"latitude"_s,
            sentence(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintFormCheck",
                "Give both latitude and longitude, or neither."))});
        return;
    }
    const bool latitudeOk
        = latitude.isDouble() && latitude.toDouble() >= -90 && latitude.toDouble() <= 90;
    const bool longitudeOk
        = longitude.isDouble() && longitude.toDouble() >= -180 && longitude.toDouble() <= 180;
    if (!latitudeOk) {
        problems.append({u"latitude"_s,
            sentence(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintFormCheck",
                "A latitude is a number from -90 to 90."))});
    }
    if (!longitudeOk) {
        problems.append({u"longitude"_s,
            sentence(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintFormCheck",
                "A longitude is a number from -180 to 180."))});
    }
    if (latitudeOk && longitudeOk
        && !ComplaintFormCheck::isInThailand(latitude.toDouble(), longitude.toDouble())) {
        problems.append({u"latitude"_s,
            sentence(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintFormCheck",
                "The place is outside Thailand: check the latitude and longitude."))});
    }
}

void checkComplainant(QList<FormProblem> &problems, const QJsonObject &fields)
{
    const QJsonValue value = fields.value(u"complainant"_s);
    if (!isGiven(value))
        return; // anonymous
    if (!value.isObject()) {
        problems.append({u"complainant"_s,
            sentence(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintFormCheck",
                "The complainant is given with a citizen ID and names, or left out for an "
                "anonymous complaint."))});
        return;
    }
    const QJsonObject complainant = value.toObject();
    if (!ThaiCitizenId::parse(complainant.value(u"citizenId"_s).toString())) {
        problems.append({u"complainant.citizenId"_s,
            sentence(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintFormCheck",
                "The complainant's citizen ID is not a valid 13-digit number."))});
    }
    if (trimmedString(complainant, u"firstName"_s).isEmpty()) {
        problems.append({u"complainant.firstName"_s,
            sentence(QT_TRANSLATE_NOOP(
                "saduak::complaints::ComplaintFormCheck", "Write the complainant's first name."))});
    }
    if (trimmedString(complainant, u"lastName"_s).isEmpty()) {
        problems.append({u"complainant.lastName"_s,
            sentence(QT_TRANSLATE_NOOP(
                "saduak::complaints::ComplaintFormCheck", "Write the complainant's last name."))});
    }
}

void checkContact(QList<FormProblem> &problems, const QJsonObject &fields)
{
    const QJsonValue phone = fields.value(u"phone"_s);
    if (isGiven(phone) && !(phone.isString() && phone.toString().trimmed().isEmpty())
        && !ComplaintFormCheck::normalizedPhone(phone.toString())) {
        problems.append({u"phone"_s,
            sentence(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintFormCheck",
                "A phone number is a Thai mobile number of 10 digits beginning with 06, 08 or "
                "09, or a landline number of 9 digits beginning with 02 to 07."))});
    }
    const QJsonValue email = fields.value(u"email"_s);
    if (isGiven(email) && !(email.isString() && email.toString().trimmed().isEmpty())
        && !ComplaintFormCheck::isPlausibleEmail(email.toString().trimmed())) {
        problems.append({u"email"_s,
            sentence(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintFormCheck",
                "This is not an e-mail address, like name@example.com."))});
    }
}

} // namespace

QList<FormProblem> ComplaintFormCheck::check(const QJsonObject &fields)
{
    QList<FormProblem> problems;
    if (trimmedString(fields, u"category"_s).isEmpty()) {
        problems.append({u"category"_s,
            sentence(QT_TRANSLATE_NOOP(
                "saduak::complaints::ComplaintFormCheck", "Choose the complaint's category."))});
    }
    checkText(problems, fields, u"subject"_s, maxSubjectLength,
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintFormCheck", "Write a subject."),
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintFormCheck",
            "The subject has %1 characters; at most %2 fit."));
    checkText(problems, fields, u"description"_s, maxDescriptionLength,
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintFormCheck", "Describe the complaint."),
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintFormCheck",
            "The description has %1 characters; at most %2 fit."));
    checkArea(problems, fields);
    checkLocation(problems, fields);
    checkComplainant(problems, fields);
    checkContact(problems, fields);
    if (fields.value(u"privacyAcknowledged"_s) != QJsonValue(true)) {
        problems.append({u"privacyAcknowledged"_s,
            sentence(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintFormCheck",
                "The privacy notice has to be read and acknowledged before the complaint is "
                "filed."))});
    }
    return problems;
}

std::optional<QString> ComplaintFormCheck::normalizedPhone(QStringView phone)
{
    QString digits;
    QStringView text = phone.trimmed();
    // +66 is Thailand's country code; the national number then drops its leading 0.
    bool international = false;
    if (text.startsWith(u'+')) {
        text = text.sliced(1).trimmed();
        if (!text.startsWith(u"66"))
            return std::nullopt;
        text = text.sliced(2);
        international = true;
    }
    for (QChar c : text) {
        if (const int digit = digitValue(c); digit >= 0)
            digits.append(QChar(u'0' + digit));
        else if (c != u'-' && !c.isSpace())
            return std::nullopt;
    }
    if (international) {
        if (digits.startsWith(u'0')) // "+66 0…" has no place, and would hide a wrong number
            return std::nullopt;
        digits.prepend(u'0');
    }
    const bool mobile = digits.size() == 10
        && (digits.startsWith(u"06") || digits.startsWith(u"08") || digits.startsWith(u"09"));
    const bool landline
        = digits.size() == 9 && digits[0] == u'0' && digits[1] >= u'2' && digits[1] <= u'7';
    if (!mobile && !landline)
        return std::nullopt;
    return digits;
}

bool ComplaintFormCheck::isPlausibleEmail(QStringView email)
{
    if (email.isEmpty() || email.size() > maxEmailLength)
        return false;
    for (QChar c : email) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || email.count(u'@') != 1)
        return false;
    const QStringView domain = email.sliced(at + 1);
    const qsizetype dot = domain.indexOf(u'.');
    return dot > 0 && !domain.endsWith(u'.') && !domain.contains(u".."_s);
}

bool ComplaintFormCheck::isInThailand(double latitude, double longitude)
{
    return latitude >= southLatitude && latitude <= northLatitude && longitude >= westLongitude
        && longitude <= eastLongitude;
}

} // namespace saduak::complaints
