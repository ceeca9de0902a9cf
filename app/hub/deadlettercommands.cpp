#include "deadlettercommands.h"

#include <sync/outboxpushstore.h>

#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHub)

namespace saduak {

DeadLetterCommands::DeadLetterCommands(Database &db, CommandTable &table) : m_db(db)
{
    HubCommand deadLetters {u"deadLetters"_s, {DeviceRole::Supervisor}, {}, false,
        u"the rows central refused for good, newest first: what and why, never the payload"_s,
        [this](const Device &, const QJsonObject &, const QString &, const StaffMember *) {
            return list();
        },
        StaffRole::Supervisor};
    QString why;
    if (!table.add(std::move(deadLetters), &why))
        qCWarning(lcHub) << "dead letter command not served:" << why;
}

HubReply DeadLetterCommands::list() const
{
    QString why;
    const QList<DeadLetter> letters = OutboxPushStore(m_db).newestDeadLetters(kMaxListed, &why);
    if (!why.isEmpty()) {
        qCWarning(lcHub) << "dead letters not listed:" << why;
        return HubReply::error(u"storage"_s,
            TranslatableText("saduak::DeadLetterCommands",
                QT_TRANSLATE_NOOP("saduak::DeadLetterCommands",
                    "The branch hub could not read the rows central refused. Please try again.")));
    }
    QJsonArray out;
    for (const DeadLetter &d : letters)
        out.append(QJsonObject {{u"seq"_s, d.seq}, {u"kind"_s, d.kind},
            {u"createdAt"_s, d.createdAtMs}, {u"deadAt"_s, d.refusedAtMs},
            {u"httpStatus"_s, d.httpStatus}, {u"reason"_s, d.reason}});
    return {QJsonObject {{u"deadLetters"_s, out}}, {}, {}, {}};
}

} // namespace saduak
