#include "open311store.h"

#include <storage/accesstoken.h>
#include <storage/database.h>
#include <storage/readresult.h>
#include <storage/writetransaction.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

template<typename T>
std::optional<T> failWith(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return std::nullopt;
}

} // namespace

Open311Store::Open311Store(Database &db) : m_db(db) { }

std::optional<QString> Open311Store::addKey(const QString &name, QString *why)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200)
        return failWith<QString>(why, u"the key's name must be 1-200 characters"_s);
    const QString key = AccessToken::generate();
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive())
        return failWith<QString>(why, u"cannot add the key: "_s + tx.errorText());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO open311_key (name, key_sha256, created_at_ms) VALUES (?, ?, ?) "
              "ON CONFLICT (name) DO NOTHING RETURNING id"_s);
    q.addBindValue(trimmed);
    q.addBindValue(AccessToken::hash(key));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return failWith<QString>(why, u"cannot add the key: "_s + q.lastError().text());
    if (!q.next()) {
        q.finish();
        return failWith<QString>(why, u"a key named \""_s + trimmed + u"\" exists already"_s);
    }
    q.finish(); // SQLite: the statement is done before COMMIT
    if (!tx.commit())
        return failWith<QString>(why, u"cannot add the key: "_s + tx.errorText());
    return key;
}

Open311Store::KeyLookup Open311Store::checkKey(const QString &key) const
{
    KeyLookup lookup;
    if (key.isEmpty())
        return lookup;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT name FROM open311_key WHERE key_sha256 = ?"_s);
    q.addBindValue(AccessToken::hash(key));
    if (!q.exec()) {
        lookup.storageFailure = u"cannot look up an Open311 key: "_s + q.lastError().text();
        return lookup;
    }
    if (q.next())
        lookup.name = q.value(0).toString();
    else if (readFailed(q))
        lookup.storageFailure = u"cannot look up an Open311 key: "_s + q.lastError().text();
    return lookup;
}

std::optional<QList<QJsonObject>> Open311Store::items(const QString &dataset, QString *why) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT payload FROM reference_item WHERE dataset = ? AND deleted = 0 "
              "ORDER BY item_key"_s);
    q.addBindValue(dataset);
    if (!q.exec())
        return failWith<QList<QJsonObject>>(why, q.lastError().text());
    QList<QJsonObject> out;
    while (q.next())
        out.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    if (readFailed(q))
        return failWith<QList<QJsonObject>>(why, q.lastError().text());
    return out;
}

std::optional<QJsonObject> Open311Store::item(
    const QString &dataset, const QString &key, QString *why) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT payload FROM reference_item WHERE dataset = ? AND item_key = ? "
              "AND deleted = 0"_s);
    q.addBindValue(dataset);
    q.addBindValue(key);
    if (!q.exec())
        return failWith<QJsonObject>(why, q.lastError().text());
    if (q.next())
        return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    if (readFailed(q))
        return failWith<QJsonObject>(why, q.lastError().text());
    return QJsonObject {};
}

std::optional<QStringList> Open311Store::requestNumbers(
    const RequestQuery &query, QString *why) const
{
    QString sql = u"SELECT tracking_number FROM complaint WHERE filed_at_ms >= ? "
                  "AND filed_at_ms <= ?"_s;
    QList<QVariant> binds {query.fromMs, query.toMs};
    if (!query.category.isEmpty()) {
        sql += u" AND category = ?"_s;
        binds << query.category;
    }
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (const QString &state : query.states) {
            marks << u"?"_s;
            binds << state;
        }
        sql += u" AND state IN ("_s + marks.join(u", "_s) + u')';
    }
    sql += u" ORDER BY filed_at_ms DESC, tracking_number LIMIT ?"_s;
    binds << query.limit;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return failWith<QStringList>(why, q.lastError().text());
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return failWith<QStringList>(why, q.lastError().text());
    QStringList numbers;
    while (q.next())
        numbers << q.value(0).toString();
    if (readFailed(q))
        return failWith<QStringList>(why, q.lastError().text());
    return numbers;
}

std::optional<int> Open311Store::lastSequence(const QString &prefix, QString *why) const
{
    // The numbers of one branch and day differ only in the sequence and its check digits, and
    // the sequence is four digits: the greatest text is the greatest sequence.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT MAX(tracking_number) FROM complaint WHERE tracking_number LIKE ?"_s);
    q.addBindValue(QString(prefix + u'%'));
    if (!q.exec())
        return failWith<int>(why, q.lastError().text());
    if (!q.next())
        return failWith<int>(why, q.lastError().text());
    const QString last = q.value(0).toString();
    return last.isEmpty() ? 0 : last.mid(prefix.size(), 4).toInt();
}

std::optional<QString> Open311Store::rowUuidOf(const QString &trackingNumber, QString *why) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT row_uuid FROM complaint WHERE tracking_number = ?"_s);
    q.addBindValue(trackingNumber);
    if (!q.exec())
        return failWith<QString>(why, q.lastError().text());
    if (q.next())
        return q.value(0).toString();
    if (readFailed(q))
        return failWith<QString>(why, q.lastError().text());
    return QString();
}

} // namespace saduak
