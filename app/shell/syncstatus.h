#pragma once

#include <domain/language.h>
#include <queuemodel/syncstate.h>

#include <QCoreApplication>
#include <QString>

namespace saduak {

// How a screen words the hub's push to central (SyncState), one wording for every screen: for
// staff, in the status bar. Offline for days is normal; only an oldest waiting row past
// central/warnPendingHours is a warning.
class SyncStatus
{
    Q_DECLARE_TR_FUNCTIONS(saduak::SyncStatus)

public:
    // "Central: sent 12:30 · 0 waiting", "Central: not reachable since 09:10 · 152 waiting"; a
    // time of another day (Bangkok) with its date, in Thai with the Buddhist Era year.
    static QString text(const SyncState &state, Language language, qint64 nowUtcMs);
    // The last error, for the tooltip; empty when there is none.
    static QString toolTip(const SyncState &state);
    static bool isWarning(const SyncState &state) { return state.oldestPendingTooOld; }
    static QString warningStyle() { return QStringLiteral("color: #b71c1c; font-weight: bold;"); }
};

} // namespace saduak
