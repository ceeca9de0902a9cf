#pragma once

#include <QLoggingCategory>

namespace saduak {

// Everything the voice says about itself: which way a call was voiced, missing clips, a missing
// player. Not a public header.
Q_DECLARE_LOGGING_CATEGORY(lcVoice)

} // namespace saduak
