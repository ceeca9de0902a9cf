#pragma once

#include "pcmaudio.h"

namespace saduak {

// The two-tone "ding-dong" before every call, synthesised rather than shipped so that it always
// matches the format of the clips it precedes. The same format gives the same bytes every time.
class Chime
{
public:
    static PcmAudio synthesize(PcmFormat format = {});

    static constexpr double kDingHz = 659.25; // E5
    static constexpr double kDongHz = 523.25; // C5: a falling major third, the classic chime
    static constexpr int kDongStartMs = 450;
    static constexpr int kDurationMs = 1500;
};

} // namespace saduak
