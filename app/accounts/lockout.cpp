#include "lockout.h"

#include <algorithm>

namespace saduak {

qint64 Lockout::lockFor(int failuresInARow)
{
    const int beyond = failuresInARow - kFreeFailures;
    if (beyond < 0)
        return 0;
    // The shift is capped so a count in the thousands cannot overflow; 30 s << 7 is past an hour.
    return std::min(kLongestLockMs, kFirstLockMs << std::min(beyond, 10));
}

qint64 Lockout::lockedUntil(int failuresInARow, qint64 nowMs)
{
    const qint64 lock = lockFor(failuresInARow);
    return lock > 0 ? nowMs + lock : 0;
}

} // namespace saduak
