#include "staffaudit.h"

#include <storage/outbox.h>

using namespace Qt::StringLiterals;

namespace saduak {

QJsonObject StaffAudit::toPayload() const
{
    QJsonObject payload {{u"atMs"_s, atMs}, {u"action"_s, action}, {u"device"_s, device}};
    const auto insertSet = [&payload](const QString &key, const QString &value) {
        if (!value.isEmpty())
            payload.insert(key, value);
    };
    insertSet(u"deviceRole"_s, deviceRole);
    if (counter)
        payload.insert(u"counter"_s, *counter);
    insertSet(u"user"_s, user);
    insertSet(u"role"_s, role);
    insertSet(u"by"_s, by);
    insertSet(u"command"_s, command);
    insertSet(u"code"_s, code);
    return payload;
}

bool StaffAudit::append(Database &db, QString *why) const
{
    return !Outbox::append(db, {{}, kind(), toPayload(), atMs}, why).isEmpty();
}

StaffActor StaffActor::ofThisProcess(const QString &device)
{
    for (const char *name : {"SUDO_USER", "USER", "LOGNAME"})
        if (const QString user = qEnvironmentVariable(name); !user.isEmpty())
            return {user, device};
    return {QStringLiteral("unknown"), device};
}

} // namespace saduak
