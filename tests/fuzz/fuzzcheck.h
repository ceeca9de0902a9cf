#pragma once

#include <cstdio>
#include <cstdlib>

// An invariant of a fuzz target: when it does not hold, the target says which and aborts, so the
// driver (or libFuzzer) reports the input that broke it. Not Q_ASSERT: that is gone in release
// builds, and the targets check the same things in every build.
#define FUZZ_CHECK(condition, what)                                                             \
    do {                                                                                        \
        if (!(condition)) {                                                                     \
            std::fprintf(stderr, "%s:%d: invariant failed: %s (%s)\n", __FILE__, __LINE__,     \
                #condition, what);                                                              \
            std::abort();                                                                       \
        }                                                                                       \
    } while (false)
