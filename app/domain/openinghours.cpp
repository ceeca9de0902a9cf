#include "openinghours.h"

#include "bangkoktime.h"

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

std::optional<int> minuteFrom(QStringView text)
{
    // Exactly HH:MM, 00:00 to 24:00: the catalog is edited by hand and a typo must not pass.
    if (text.size() != 5 || text.at(2) != u':')
        return std::nullopt;
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = text.first(2).toInt(&hoursOk);
    const int minutes = text.last(2).toInt(&minutesOk);
    if (!hoursOk || !minutesOk || hours < 0 || minutes < 0 || minutes > 59 || hours > 24
        || (hours == 24 && minutes != 0))
        return std::nullopt;
    return hours * 60 + minutes;
}

} // namespace

std::optional<OpeningHours> OpeningHours::parse(
    QStringView opensAt, QStringView closesAt, QString *why)
{
    const std::optional<int> opens = minuteFrom(opensAt);
    const std::optional<int> closes = minuteFrom(closesAt);
    if (!opens || !closes || *opens >= *closes) {
        if (why)
            *why = u"opening hours \""_s + opensAt + u"\"–\""_s + closesAt
                + u"\" are not HH:MM with the opening before the closing"_s;
        return std::nullopt;
    }
    return OpeningHours {*opens, *closes};
}

int OpeningHours::bangkokMinuteOf(qint64 utcMs)
{
    const QTime time = BangkokTime::fromUtcMs(utcMs).time();
    return time.hour() * 60 + time.minute();
}

bool OpeningHours::isOpenAt(qint64 utcMs) const
{
    return isOpenAtMinute(bangkokMinuteOf(utcMs));
}

QString OpeningHours::minuteText(int minute)
{
    return u"%1:%2"_s.arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace saduak
