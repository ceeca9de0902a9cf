#include "bangkoktime.h"

#include "buddhistdate.h"

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

constexpr int bangkokOffsetSeconds = 7 * 3600;

QTimeZone makeZone()
{
    QTimeZone zone(QByteArrayLiteral("Asia/Bangkok"));
    if (zone.isValid())
        return zone;
    // A minimal system or container may have no tzdata. Bangkok has kept UTC+7 without daylight
    // saving since 1920, so a fixed offset shows every time we store exactly the same.
    return QTimeZone(bangkokOffsetSeconds);
}

// "14:05" built by hand: QTime::toString() is locale-free in Qt 6 too, but this says so plainly.
QString hoursMinutes(QTime time)
{
    return u"%1:%2"_s.arg(time.hour(), 2, 10, QLatin1Char('0'))
        .arg(time.minute(), 2, 10, QLatin1Char('0'));
}

} // namespace

QTimeZone BangkokTime::zone()
{
    // Looking a zone up reads tzdata from disk; do it once. A function-local static is
    // initialised thread-safely and QTimeZone copies share their data.
    static const QTimeZone bangkok = makeZone();
    return bangkok;
}

QDateTime BangkokTime::fromUtcMs(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone());
}

qint64 BangkokTime::nowUtcMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString BangkokTime::formatDateTime(qint64 utcMs, Language language)
{
    const QDateTime local = fromUtcMs(utcMs);
    return BuddhistDate::format(local.date(), language, BuddhistDate::Style::Short) + u' '
        + hoursMinutes(local.time());
}

QString BangkokTime::formatTime(qint64 utcMs)
{
    return hoursMinutes(fromUtcMs(utcMs).time());
}

} // namespace saduak
