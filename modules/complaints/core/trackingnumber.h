#pragma once

#include <domain/translatabletext.h>

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace saduak::complaints {

// A complaint's tracking number, "B001-691207-0042-71" (README.md, "The tracking number"):
// the branch code, the filing date in Bangkok as YYMMDD with the Buddhist-Era year's last two
// digits, the branch's sequence of that day (0001–9999) and two check digits.
//
// The year: YY always means BE 25YY (Gregorian 1957–2056), so a number reads back to the same
// date on any day it is read, without a window around today. A number can therefore only be
// made for a date in BE 2500–2599; make() refuses a later date. Before BE 2600 (2057) the format
// must grow (e.g. a third year digit) — the numbers made until then keep meaning BE 25YY.
//
// The check digits: ISO/IEC 7064 MOD 97-10 with every character of BRANCH YYMMDD NNNN written as
// two digits (0 → 00 … 9 → 09, A → 10 … Z → 35). Two digits for every character, not IBAN's one
// digit for a digit: then one wrong character changes one two-digit group by 1–35 and a swap of
// neighbours p, q changes the number by 99·(p − q)·100^k, and 97, a prime, divides neither — so
// every single wrong character and every swap of neighbours is caught. (With IBAN's letters
// "B1" and "1B" both read 111: a swap nobody would notice.)
class TrackingNumber
{
    Q_DECLARE_TR_FUNCTIONS(saduak::complaints::TrackingNumber)

public:
    static constexpr int maxBranchCodeLength = 8;
    static constexpr int maxSequence = 9999;
    static constexpr int firstBuddhistYear = 2500; // YY 00
    static constexpr int lastBuddhistYear = 2599; // YY 99

    // The number for a branch's sequence of a day in Bangkok. nullopt, with a translated reason
    // in why, for a branch code isValidBranchCode() refuses, a sequence outside 1–9999 or a date
    // outside BE 2500–2599.
    static std::optional<TrackingNumber> make(
        const QString &branchCode, QDate bangkokDate, int sequence, QString *why = nullptr);

    // What a person typed or read out: lower case, spaces or '-' anywhere or not at all, Thai
    // digits (๐–๙). nullopt with a translated reason (no number, a character that has no place in
    // one, too short or long, not a date, sequence 0000, check digits that do not match).
    static std::optional<TrackingNumber> parse(QStringView text, QString *why = nullptr);
    // The same, with the reason left untranslated for a hub's refusal (hubpart.h
    // CommandResult::refused), so every device shows it in its own language.
    static std::optional<TrackingNumber> parse(QStringView text, TranslatableText *why);

    // The number in what a QR scanner types: the receipt's QR holds the status page's URL
    // followed by the number ("https://central.example/complaints/status/B001-691207-0042-71"),
    // or the number alone; the scanner may end with Enter. Takes the text after the last '/',
    // '=', '?' or '#' (a query or fragment after the number is not expected and not parsed).
    // On failure, why (if set) says what is wrong with that part, as parse() does.
    static std::optional<TrackingNumber> findIn(QStringView scannedText, QString *why = nullptr);

    // 1–8 ASCII letters A–Z and digits, upper case: the branch's enrolled code.
    static bool isValidBranchCode(QStringView code);

    // The two check digits ("71") for BRANCH YYMMDD NNNN without separators
    // ("B0016912070042"). Empty if body is empty or holds anything but ASCII digits and upper
    // case letters.
    static QString checkDigitsFor(QStringView body);

    QString text() const; // "B001-691207-0042-71"
    QString branchCode() const { return m_branchCode; } // "B001"
    QDate filingDate() const { return m_filingDate; } // Gregorian, the day in Bangkok
    int sequence() const { return m_sequence; } // 42

    friend bool operator==(const TrackingNumber &, const TrackingNumber &) = default;

private:
    TrackingNumber(QString branchCode, QDate filingDate, int sequence);

    QString m_branchCode;
    QDate m_filingDate;
    int m_sequence = 0;
};

} // namespace saduak::complaints
