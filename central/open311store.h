#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace saduak {

class Database;

// What the Open311 API (Open311Endpoint) reads and writes that no other store has: the API keys
// of Open311 clients, reference items by key (categories, areas), and which complaints a
// GET requests.{format} asks for. All of its SQL is here; complaints themselves are read through
// ComplaintStore.
class Open311Store
{
public:
    explicit Open311Store(Database &db);

    // A new key for name (1-200 characters, not given to another client yet): printed once by
    // add-open311-key, only its SHA-256 is kept. Nothing (why) when refused or not stored.
    std::optional<QString> addKey(const QString &name, QString *why);

    struct KeyLookup
    {
        QString name; // set: the key is known
        QString storageFailure; // set: it could not be asked (503, never 403)
    };
    KeyLookup checkKey(const QString &key) const;

    // The live items of a reference data set, by key order (complaint-categories is small).
    std::optional<QList<QJsonObject>> items(const QString &dataset, QString *why) const;
    // One live item; an empty object when there is none.
    std::optional<QJsonObject> item(const QString &dataset, const QString &key, QString *why) const;

    // GET requests.{format} without service_request_id: the numbers of the complaints filed
    // in [fromMs, toMs], of category (empty: any), in one of states (empty: any), newest first.
    struct RequestQuery
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        QString category;
        QStringList states; // complaints::toString() names
        int limit = 1000;
    };
    std::optional<QStringList> requestNumbers(const RequestQuery &query, QString *why) const;

    // The highest sequence among numbers that begin with prefix ("CENTRAL-691207-"); 0 if none.
    std::optional<int> lastSequence(const QString &prefix, QString *why) const;
    // Which ingested row filed the complaint number (empty: none), to see whose filing it is.
    std::optional<QString> rowUuidOf(const QString &trackingNumber, QString *why) const;

private:
    Database &m_db;
};

} // namespace saduak
