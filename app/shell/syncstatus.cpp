#include "syncstatus.h"

#include <domain/bangkoktime.h>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QString when(qint64 utcMs, Language language, qint64 nowUtcMs)
{
    if (BangkokTime::fromUtcMs(utcMs).date() == BangkokTime::fromUtcMs(nowUtcMs).date())
        return BangkokTime::formatTime(utcMs);
    return BangkokTime::formatDateTime(utcMs, language);
}

} // namespace

QString SyncStatus::text(const SyncState &state, Language language, qint64 nowUtcMs)
{
    QString text;
    if (state.lastError.isEmpty()) {
        text = state.lastSuccessMs > 0
            ? tr("Central: sent %1 · %n waiting", nullptr, state.pending)
                  .arg(when(state.lastSuccessMs, language, nowUtcMs))
            : tr("Central: nothing sent yet · %n waiting", nullptr, state.pending);
    } else {
        text = state.lastSuccessMs > 0
            ? tr("Central: not reachable since %1 · %n waiting", nullptr, state.pending)
                  .arg(when(state.lastSuccessMs, language, nowUtcMs))
            : tr("Central: not reached yet · %n waiting", nullptr, state.pending);
    }
    if (state.oldestPendingTooOld) {
        const qint64 hours = state.oldestPendingAgeMs / (3600 * 1000);
        text += hours >= 48 ? tr(" · oldest waiting %n day(s)", nullptr, int(hours / 24))
                            : tr(" · oldest waiting %n hour(s)", nullptr, int(hours));
    }
    if (state.deadLetters > 0)
        text += tr(" · %n refused by central", nullptr, state.deadLetters);
    return text;
}

QString SyncStatus::toolTip(const SyncState &state)
{
    return state.shownError();
}

} // namespace saduak
