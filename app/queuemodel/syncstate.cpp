#include "syncstate.h"

using namespace Qt::StringLiterals;

namespace saduak {

QString SyncState::shownError() const
{
    return !lastErrorText.isEmpty() && lastErrorText.isKnown() ? lastErrorText.toString()
                                                               : lastError;
}

QJsonObject SyncState::toJson() const
{
    return {{u"lastSuccessAt"_s, lastSuccessMs}, {u"pending"_s, pending},
        {u"oldestPendingAgeMs"_s, oldestPendingAgeMs},
        {u"oldestPendingTooOld"_s, oldestPendingTooOld}, {u"lastError"_s, lastError},
        {u"lastErrorText"_s, lastErrorText.isEmpty() ? QJsonObject() : lastErrorText.toJson()},
        {u"deadLetters"_s, deadLetters}, {u"connected"_s, connected}};
}

std::optional<SyncState> SyncState::fromJson(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    if (!json.isObject() || !o.value(u"pending"_s).isDouble())
        return std::nullopt;
    SyncState s;
    s.lastSuccessMs = o.value(u"lastSuccessAt"_s).toInteger();
    s.pending = o.value(u"pending"_s).toInt();
    s.oldestPendingAgeMs = o.value(u"oldestPendingAgeMs"_s).toInteger();
    s.oldestPendingTooOld = o.value(u"oldestPendingTooOld"_s).toBool();
    s.lastError = o.value(u"lastError"_s).toString();
    s.lastErrorText = TranslatableText::fromJson(o.value(u"lastErrorText"_s).toObject());
    s.deadLetters = o.value(u"deadLetters"_s).toInt();
    s.connected = o.value(u"connected"_s).toBool();
    return s;
}

} // namespace saduak
