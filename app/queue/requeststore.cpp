#include "requeststore.h"

#include <storage/database.h>

#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace saduak {

RequestStore::RequestStore(Database &db) : m_db(db) { }

std::optional<RequestStore::Answer> RequestStore::find(const QString &requestId, bool *ok) const
{
    PreparedQuery q
        = m_db.prepared(u"SELECT command, result, digest FROM queue_request WHERE request_id = ?"_s);
    q->bindValue(0, requestId);
    if (!q->exec()) {
        m_lastError = u"request query failed: "_s + q->lastError().text();
        if (ok)
            *ok = false;
        return std::nullopt;
    }
    if (ok)
        *ok = true;
    if (!q->next())
        return std::nullopt;
    const auto result
        = QueueResult::fromJson(QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object());
    if (!result) {
        m_lastError = u"stored result of request "_s + requestId + u" is unreadable"_s;
        if (ok)
            *ok = false;
        return std::nullopt;
    }
    return Answer {q->value(0).toString(), q->value(2).toString(), *result};
}

bool RequestStore::remember(const QString &requestId, const QString &digest,
    const QString &command, const QueueResult &result, qint64 atMs)
{
    PreparedQuery q = m_db.prepared(u"INSERT INTO queue_request (request_id, command, result, "
                                    "at_ms, digest) VALUES (?, ?, ?, ?, ?)"_s);
    q->bindValue(0, requestId);
    q->bindValue(1, command);
    q->bindValue(
        2, QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)));
    q->bindValue(3, atMs);
    // NULL rather than '' when the caller stated no content: "nothing to compare".
    q->bindValue(4, digest.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(digest));
    if (!q->exec()) {
        m_lastError = u"storing request "_s + requestId + u" failed: "_s + q->lastError().text();
        return false;
    }
    return true;
}

bool RequestStore::forgetBefore(qint64 atMs)
{
    PreparedQuery q = m_db.prepared(u"DELETE FROM queue_request WHERE at_ms < ?"_s);
    q->bindValue(0, atMs);
    if (!q->exec()) {
        m_lastError = u"forgetting old requests failed: "_s + q->lastError().text();
        return false;
    }
    return true;
}

} // namespace saduak
