#include "thaiidcardparser.h"

#include "thaiidcardlayout.h"
#include "tis620.h"

#include "domain/buddhistdate.h"
#include "domain/thaicitizenid.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak::idcard {

namespace {

constexpr QStringView lifelongText = u"99999999";

bool isAsciiDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString hexOffset(int offset)
{
    return u"0x%1"_s.arg(offset, 4, 16, QChar(u'0'));
}

// Reads one field of the layout out of memory as text; *why names the field.
std::optional<QString> textField(
    const CardMemory &memory, layout::Field field, QStringView name, QString *why)
{
    const auto bytes = memory.bytes(field.offset, field.length);
    if (!bytes) {
        *why = u"%1 (%2, %3 bytes) was not read"_s.arg(name, hexOffset(field.offset))
                   .arg(field.length);
        return std::nullopt;
    }
    QString fieldWhy;
    auto value = ThaiIdCardParser::text(*bytes, &fieldWhy);
    if (!value)
        *why = u"%1 at %2: %3"_s.arg(name, hexOffset(field.offset), fieldWhy);
    return value;
}

} // namespace

std::optional<QString> ThaiIdCardParser::text(QByteArrayView bytes, QString *why)
{
    qsizetype badOffset = -1;
    auto decoded = Tis620::decode(bytes, &badOffset);
    if (!decoded) {
        if (why) {
            *why = u"byte 0x%1 at %2 is not TIS-620"_s
                       .arg(uint(quint8(bytes[badOffset])), 2, 16, QChar(u'0'))
                       .arg(badOffset);
        }
        return std::nullopt;
    }
    QString value = *decoded;
    qsizetype end = value.size();
    while (end > 0 && (value.at(end - 1) == u' ' || value.at(end - 1) == u'\0'))
        --end;
    value.truncate(end);
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i).unicode() < 0x20 || value.at(i).unicode() == 0x7F) {
            if (why)
                *why = u"control character 0x%1 at %2"_s
                           .arg(uint(value.at(i).unicode()), 2, 16, QChar(u'0'))
                           .arg(i);
            return std::nullopt;
        }
    }
    return value.trimmed();
}

CardName ThaiIdCardParser::name(QStringView text)
{
    const auto parts = text.split(u'#');
    auto part = [&](qsizetype i) {
        return i < parts.size() ? parts.at(i).trimmed().toString() : QString();
    };
    return CardName {part(0), part(1), part(2), part(3)};
}

std::optional<CardDate> ThaiIdCardParser::date(QStringView text, bool lifelongAllowed, QString *why)
{
    CardDate result;
    result.rawBe = text.toString();
    if (text.size() != 8 || !isAsciiDigits(text)) {
        if (why)
            *why = u"a date must be 8 digits, found %1 characters"_s.arg(text.size());
        return std::nullopt;
    }
    if (text == lifelongText) {
        if (!lifelongAllowed) {
            if (why)
                *why = u"99999999 (lifelong) is only meaningful as an expiry date"_s;
            return std::nullopt;
        }
        result.lifelong = true;
        return result;
    }
    result.beYear = text.first(4).toInt();
    const int month = text.sliced(4, 2).toInt();
    const int day = text.sliced(6, 2).toInt();
    if (month > 12 || day > 31) {
        if (why)
            *why = u"month %1 / day %2 out of range"_s.arg(month).arg(day);
        return std::nullopt;
    }
    // 00 for an unknown day or month (common for people registered late in life): the year is
    // still there, the date is not.
    if (month == 0 || day == 0)
        return result;
    // A day that does not exist in that month stays unknown rather than failing the whole card.
    if (const auto gregorian = BuddhistDate::fromBuddhist(result.beYear, month, day))
        result.date = *gregorian;
    return result;
}

QStringList ThaiIdCardParser::address(QStringView text)
{
    QStringList parts;
    for (const QStringView part : text.split(u'#')) {
        const QStringView trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts.append(trimmed.toString());
    }
    return parts;
}

ThaiIdCardData::Gender ThaiIdCardParser::gender(QStringView text)
{
    if (text == u"1")
        return ThaiIdCardData::Gender::Male;
    if (text == u"2")
        return ThaiIdCardData::Gender::Female;
    return ThaiIdCardData::Gender::Unknown;
}

bool ThaiIdCardParser::checkDigitValid(QStringView citizenId)
{
    if (citizenId.size() != 13 || !isAsciiDigits(citizenId))
        return false;
    return ThaiCitizenId::checkDigitFor(citizenId.first(12)) == citizenId.at(12).digitValue();
}

std::optional<ThaiIdCardData> ThaiIdCardParser::parseText(const CardMemory &memory, QString *why)
{
    QString localWhy;
    QString &reason = why ? *why : localWhy;
    ThaiIdCardData card;

    // The version is the one field no source shows decoded: read as text when it is text, else
    // kept as hex rather than failing a card over a field nobody serves on.
    std::optional<QString> version;
    if (const auto bytes = memory.bytes(layout::version.offset, layout::version.length)) {
        version = text(*bytes, nullptr);
        if (!version)
            version = QString::fromLatin1(bytes->toHex(' ').toUpper());
    } else {
        reason = u"version (0x0000) was not read"_s;
    }
    const auto citizenId = textField(memory, layout::citizenId, u"citizen ID", &reason);
    const auto thaiName = textField(memory, layout::thaiName, u"Thai name", &reason);
    const auto englishName = textField(memory, layout::englishName, u"English name", &reason);
    const auto birth = textField(memory, layout::birthDate, u"birth date", &reason);
    const auto gender = textField(memory, layout::gender, u"gender", &reason);
    const auto issuer = textField(memory, layout::issuer, u"issuer", &reason);
    const auto issuerCode = textField(memory, layout::issuerCode, u"issuer code", &reason);
    const auto issue = textField(memory, layout::issueDate, u"issue date", &reason);
    const auto expiry = textField(memory, layout::expiryDate, u"expiry date", &reason);
    const auto address = textField(memory, layout::address, u"address", &reason);
    const auto requestNumber
        = textField(memory, layout::cardRequestNumber, u"card request number", &reason);
    if (!version || !citizenId || !thaiName || !englishName || !birth || !gender || !issuer
        || !issuerCode || !issue || !expiry || !address || !requestNumber)
        return std::nullopt; // reason holds the last field that failed

    // Thirteen digits or the layout is off: the check digit is a separate, softer matter.
    if (citizenId->size() != 13 || !isAsciiDigits(*citizenId)) {
        reason = u"citizen ID at %1 is not 13 digits"_s.arg(hexOffset(layout::citizenId.offset));
        return std::nullopt;
    }

    card.version = *version;
    card.citizenId = *citizenId;
    card.checkDigitValid = checkDigitValid(*citizenId);
    card.thaiName = name(*thaiName);
    card.englishName = name(*englishName);
    card.gender = ThaiIdCardParser::gender(*gender);
    card.issuer = *issuer;
    card.issuerCode = *issuerCode;
    card.cardRequestNumber = *requestNumber;
    card.address = ThaiIdCardParser::address(*address);

    struct DateField
    {
        const std::optional<QString> &text;
        CardDate &target;
        bool lifelongAllowed;
        QStringView name;
        layout::Field field;
    };
    const DateField dates[] = {
        {birth, card.birthDate, false, u"birth date", layout::birthDate},
        {issue, card.issueDate, false, u"issue date", layout::issueDate},
        {expiry, card.expiryDate, true, u"expiry date", layout::expiryDate},
    };
    for (const DateField &d : dates) {
        QString dateWhy;
        const auto parsed = date(*d.text, d.lifelongAllowed, &dateWhy);
        if (!parsed) {
            reason = u"%1 at %2: %3"_s.arg(d.name, hexOffset(d.field.offset), dateWhy);
            return std::nullopt;
        }
        d.target = *parsed;
    }
    return card;
}

} // namespace saduak::idcard
