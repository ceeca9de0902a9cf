#include "hubmessage.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace saduak {

HubMessage HubMessage::read(const QString &text, qsizetype maxChars)
{
    HubMessage message;
    if (text.size() > maxChars) {
        message.problem = Problem::TooLarge;
        return message;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        message.problem = Problem::BadJson;
        return message;
    }
    message.json = doc.object();
    const QJsonValue idValue = message.json.value(u"id"_s);
    const QJsonValue typeValue = message.json.value(u"type"_s);
    const QString id = idValue.toString();
    if (!idValue.isString() || id.isEmpty() || id.size() > 128 || !typeValue.isString()) {
        message.problem = Problem::BadRequest;
        // "re" only for an id the device could have sent: an over-long one cut to 128 characters
        // would name a request that never existed (docs/hub-protocol.md: "re" absent instead).
        message.id = idValue.isString() && id.size() <= 128 ? id : QString();
        return message;
    }
    message.id = id;
    message.type = typeValue.toString();
    return message;
}

} // namespace saduak
