#pragma once

#include "language.h"

#include <QString>
#include <QStringList>

namespace saduak {

// Why a counter is paused: shown on the display board and counted in the statistics.
enum class PauseReason {
    None,
    Break,
    SystemDown,
    OtherWork,
};

// How a counter picks its next ticket (its work profile, stored per counter).
struct CallProfile
{
    enum class Mode {
        // Higher priority class first, FIFO within it (weighted wait across services).
        PriorityFirst,
        // After normalCallsPerPriority normal calls the next call takes a priority ticket if one
        // waits; with only one kind waiting that kind is called, so nothing is ever blocked.
        Ratio,
    };
    Mode mode = Mode::PriorityFirst;
    int normalCallsPerPriority = 2;

    friend bool operator==(const CallProfile &, const CallProfile &) = default;
};

// A service counter (ช่องบริการ) and the services it can serve.
struct Counter
{
    enum class State { Open, Paused, Closed };

    int number = 0;
    QString thaiName;
    QString englishName;
    State state = State::Closed;
    QStringList serviceCodes; // from the catalog: what it can serve; while open: what it serves
    PauseReason pauseReason = PauseReason::None;
    CallProfile profile;

    QString name(Language language) const
    {
        return language == Language::Thai ? thaiName : englishName;
    }
};

} // namespace saduak
