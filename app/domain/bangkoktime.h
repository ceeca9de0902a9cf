#pragma once

#include "language.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace saduak {

// Times are stored as UTC milliseconds and shown in Asia/Bangkok (DESIGN.md, "Data").
class BangkokTime
{
public:
    static QTimeZone zone(); // Asia/Bangkok; UTC+7 if the system has no tzdata
    static QDateTime fromUtcMs(qint64 utcMs); // in Asia/Bangkok
    static qint64 nowUtcMs();
    // "25 พ.ย. 2569 14:05" in Thai, "25 Nov 2026 14:05" in English.
    static QString formatDateTime(qint64 utcMs, Language language = Language::Thai);
    static QString formatTime(qint64 utcMs); // "14:05"
};

} // namespace saduak
