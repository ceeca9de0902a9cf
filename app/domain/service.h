#pragma once

#include "language.h"
#include "openinghours.h"

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
    OpeningHours hours; // when a kiosk may issue its tickets (staff at a counter always may)

    QString name(Language language) const
    {
        return language == Language::Thai ? thaiName : englishName;
    }
};

} // namespace saduak
