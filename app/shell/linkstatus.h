#pragma once

#include <queuelink/queuelink.h>

#include <QCoreApplication>
#include <QString>

namespace saduak {

// How a screen words the state of its link to the branch queue, one wording for every screen.
class LinkStatus
{
    Q_DECLARE_TR_FUNCTIONS(saduak::LinkStatus)

public:
    // For staff (the counter's status bar): empty when the queue runs on this PC, since there is
    // nothing to worry about; the hub's reason when it refused this PC.
    static QString text(QueueLink::State state, const QString &reason = {});
    // Whether commands sent now will wait for the link to come back.
    static bool isAway(QueueLink::State state)
    {
        return state == QueueLink::State::Connecting || state == QueueLink::State::Reconnecting
            || state == QueueLink::State::Refused;
    }
};

} // namespace saduak
