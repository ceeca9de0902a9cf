#include "voicelog.h"

namespace saduak {

Q_LOGGING_CATEGORY(lcVoice, "saduak.voice")

} // namespace saduak
