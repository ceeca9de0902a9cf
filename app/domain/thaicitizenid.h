#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <optional>
#include <utility>

namespace saduak {

// The 13-digit Thai national ID number (เลขประจำตัวประชาชน). The 13th digit is a check digit:
// (11 - sum(d[i] * (13 - i)) mod 11) mod 10 over the first twelve digits.
// A leading 0 is valid: such numbers are given to non-Thai residents.
class ThaiCitizenId
{
    Q_DECLARE_TR_FUNCTIONS(saduak::ThaiCitizenId)

public:
    // Accepts the 13 digits alone or grouped with '-' or spaces ("1-2345-67890-12-1"),
    // Thai digits (๐–๙) too. On failure returns nullopt and, if why is set, a translated reason.
    static std::optional<ThaiCitizenId> parse(QStringView text, QString *why = nullptr);

    // The number exactly as an ID card holds it: 13 ASCII digits, kept even when the check digit
    // does not add up (a damaged or forged card), so the screen can show it masked with a warning
    // and the audit can still hash it. nullopt for anything but 13 digits.
    static std::optional<ThaiCitizenId> fromCard(QStringView thirteenDigits);

    bool hasValidCheckDigit() const;

    // The check digit (0–9) for twelve digits (ASCII or Thai); -1 if the input is not exactly
    // twelve digits.
    static int checkDigitFor(QStringView firstTwelveDigits);

    QString digits() const { return m_digits; } // "1234567890121"
    QString formatted() const; // "1-2345-67890-12-1"
    QString masked() const; // "1-xxxx-xxxxx-12-1": for screens and receipts

    friend bool operator==(const ThaiCitizenId &, const ThaiCitizenId &) = default;

private:
    explicit ThaiCitizenId(QString digits) : m_digits(std::move(digits)) { }
    QString m_digits;
};

} // namespace saduak
