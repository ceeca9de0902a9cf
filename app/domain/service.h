#pragma once

#include "language.h"
#include "weekhours.h"

#include <QString>

namespace saduak {

// A service the branch offers, with the letter its tickets carry ("A001").
struct Service
{
    QString code; // "A"
    QChar ticketPrefix; // 'A'
    QString thaiName;
    QString englishName;
    int targetWaitMinutes = 0;
    QString moduleId; // the module that serves it; empty if none
    // When a kiosk may issue its tickets, by day of the week (staff at a counter always may);
    // the branch's holidays close it besides (Holiday, OpeningState).
    WeekHours hours;

    QString name(Language language) const
    {
        return language == Language::Thai ? thaiName : englishName;
    }
};

} // namespace saduak
