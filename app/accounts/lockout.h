#pragma once

#include <QtGlobal>

namespace saduak {

// When repeated failed log-ins lock an account: the 5th failure in a row locks it for 30 s and
// each further one doubles that, up to an hour, so a list of guessed passwords takes years, not
// minutes, while a person who mistyped waits seconds. A good log-in clears the count (the store
// keeps the count and the time; this only says how long).
struct Lockout
{
    static constexpr int kFreeFailures = 5; // failures in a row before the first lock
    static constexpr qint64 kFirstLockMs = 30 * 1000; // doubled after each further failure
    static constexpr qint64 kLongestLockMs = 60 * 60 * 1000;

    // How long the account is locked after this many failures in a row (0: not locked).
    static qint64 lockFor(int failuresInARow);
    // Until when (UTC ms) it is locked after a failure at nowMs that makes failuresInARow;
    // 0: not locked.
    static qint64 lockedUntil(int failuresInARow, qint64 nowMs);
};

} // namespace saduak
