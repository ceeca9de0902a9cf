#include "hublimits.h"

#include <QLoggingCategory>
#include <QSettings>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHub)

namespace saduak {

int HubLimits::connectionsFor(qint64 openFiles)
{
    return int(std::clamp<qint64>(openFiles - kReservedDescriptors, 16, kDefaultCeiling));
}

HubLimits HubLimits::from(const QSettings &settings, HubLimits defaults)
{
    HubLimits l = defaults;
    const auto read = [&settings](const QString &key, double fallback, double low, double high) {
        if (!settings.contains(key))
            return fallback;
        bool ok = false;
        const double value = settings.value(key).toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < low || value > high) {
            qCWarning(lcHub) << "setting" << key << "out of range, using" << fallback;
            return fallback;
        }
        return value;
    };
    // Times in seconds for the operator, fractions allowed.
    const auto ms = [&read](const QString &key, int fallbackMs, double lowS, double highS) {
        return int(std::lround(1000 * read(key, fallbackMs / 1000.0, lowS, highS)));
    };
    l.maxConnections = int(read(u"hub/maxConnections"_s, l.maxConnections, 1, 1'000'000));
    l.maxQueuedBytes
        = qint64(read(u"hub/maxQueuedKiB"_s, double(l.maxQueuedBytes / 1024), 64, 1024 * 1024))
        * 1024;
    l.helloTimeoutMs = ms(u"hub/helloTimeoutSeconds"_s, l.helloTimeoutMs, 0.05, 3600);
    l.pingIntervalMs = ms(u"hub/pingIntervalSeconds"_s, l.pingIntervalMs, 0.05, 3600);
    l.idleTimeoutMs = ms(u"hub/idleTimeoutSeconds"_s, l.idleTimeoutMs, 0.1, 86400);
    l.maxFailedHellos = int(read(u"hub/maxFailedHellos"_s, l.maxFailedHellos, 1, 1000));
    l.failedHelloWindowMs
        = ms(u"hub/failedHelloWindowSeconds"_s, l.failedHelloWindowMs, 0.05, 86400);
    l.maxFailedHelloAddresses = int(
        read(u"hub/maxFailedHelloAddresses"_s, l.maxFailedHelloAddresses, 1, 1'000'000));
    l.logWindowMs = ms(u"hub/logWindowSeconds"_s, l.logWindowMs, 0.05, 86400);
    if (l.idleTimeoutMs <= l.pingIntervalMs) {
        // A device must get at least one ping before it is given up.
        qCWarning(lcHub) << "hub/idleTimeoutSeconds must be longer than hub/pingIntervalSeconds;"
                         << "using" << 3 * l.pingIntervalMs / 1000.0 << "s";
        l.idleTimeoutMs = 3 * l.pingIntervalMs;
    }
    return l;
}

} // namespace saduak
