#pragma once

#include "thaicitizenid.h"

#include <QDate>
#include <QString>
#include <optional>

namespace saduak {

// The person being served, as read from the national ID card. Only what service records need;
// the ID-card module fills it (the photo stays in memory, never stored).
struct Citizen
{
    std::optional<ThaiCitizenId> id;
    QString thaiName;
    QString englishName;
    QDate birthDate; // null when the card says the day or month is unknown
};

} // namespace saduak
