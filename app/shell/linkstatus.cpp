#include "linkstatus.h"

namespace saduak {

QString LinkStatus::text(QueueLink::State state, const QString &reason)
{
    switch (state) {
    case QueueLink::State::Local:
        return {};
    case QueueLink::State::Connecting:
        return tr("Connecting to the hub…");
    case QueueLink::State::Online:
        return tr("Connected to the hub");
    case QueueLink::State::Reconnecting:
        return tr("Connection to the hub lost, reconnecting…");
    case QueueLink::State::Refused:
        return reason.isEmpty() ? tr("The hub refused this PC. Call support.")
                                : tr("The hub refused this PC: %1").arg(reason);
    }
    return {};
}

} // namespace saduak
