#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

namespace saduak {

// A refusal as every central route gives one (docs/central-api.md, "Transport"):
// {"ok": false, "error": <code>, "reason": <text for a developer>} with a 4xx or 5xx status.
inline QHttpServerResponse centralRefusal(
    QHttpServerResponse::StatusCode status, const QString &code, const QString &reason)
{
    return QHttpServerResponse(
        QJsonObject {{QStringLiteral("ok"), false}, {QStringLiteral("error"), code},
            {QStringLiteral("reason"), reason}},
        status);
}

} // namespace saduak
