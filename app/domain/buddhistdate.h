#pragma once

#include "language.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace saduak {

// Dates as Thai people read them: Buddhist-Era years, Thai month names.
// Qt 6.4 has no Buddhist calendar, so the rule is here. Since 1 January 1941 the BE year is the
// Gregorian year + 543. Before that the Thai year began on 1 April, so January–March of
// Gregorian year Y belonged to BE Y + 542 (BE 2483 ran from 1 April to 31 December 1940 only).
class BuddhistDate
{
    Q_DECLARE_TR_FUNCTIONS(saduak::BuddhistDate)

public:
    enum class Style {
        Short, // "25 พ.ย. 2569" / "25 Nov 2026"
        Long, // "25 พฤศจิกายน 2569" / "25 November 2026"
    };

    static int buddhistYear(QDate date); // 0 for an invalid date

    // Thai shows BE years and Thai month names; English shows the Gregorian date. The day has no
    // leading zero. Independent of the process locale. Empty for an invalid date.
    static QString format(
        QDate date, Language language = Language::Thai, Style style = Style::Short);

    // Reads "25 พ.ย. 2569", "25 พฤศจิกายน 2569", "25/11/2569", "25-11-2569" and Thai digits; also
    // "พ.ย" / "พย" without dots and an optional "พ.ศ." before the year. The year is always BE and
    // written in full: a year below 2400 is refused as a probable Christian-Era year (2026 typed
    // for 2569). On failure returns nullopt and, if why is set, a translated reason.
    static std::optional<QDate> parse(QStringView text, QString *why = nullptr);

    // The Gregorian date for day/month of a BE year, with the pre-1941 rule; nullopt if no such day
    // (including January–March 2483, which never existed).
    static std::optional<QDate> fromBuddhist(
        int beYear, int month, int day, QString *why = nullptr);

    // "พ.ย." / "พฤศจิกายน" for month 11; empty outside 1–12.
    static QString thaiMonthName(int month, Style style);
};

} // namespace saduak
