#pragma once

#include "sdkversion.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>
#include <optional>

namespace saduak {

// What one statement gave back.
struct SqlRows
{
    QList<QVariantMap> rows; // column name -> value, in the statement's order
    int rowsAffected = 0; // INSERT, UPDATE, DELETE
    QVariant lastInsertId; // INSERT into a table with a rowid
};

// One item of a reference data set, as central sent it.
struct ReferenceItem
{
    QString key;
    QJsonObject payload;
};

// A module's access to the branch database, always inside a transaction the hub opened for one
// command or query (BEGIN IMMEDIATE for a command, a read snapshot for a query) and ends after
// the handler returns: committed with the command's answer when the handler said ok, rolled back
// otherwise. A module never begins or commits itself.
//
// Only the module's own tables are reachable: their names start with "<module id>_" and they are
// made by the module's migrations. Any other table, PRAGMA, ATTACH or transaction statement is
// refused when the statement is prepared, with the reason in why.
class SADUAK_SDK_EXPORT ModuleTransaction
{
public:
    virtual ~ModuleTransaction();

    // Runs one statement with values bound in order to its '?' placeholders. nullopt with why
    // (developer detail: the engine's message) when it failed; return an error then, and
    // everything this transaction did is undone.
    virtual std::optional<SqlRows> run(
        const QString &sql, const QVariantList &values = {}, QString *why = nullptr)
        = 0;

    // Appends a record for central in this transaction (its kind is prefixed with the module id:
    // "read" -> "idcard.read"), so the record goes if and only if the change it reports stays.
    // Returns the row's uuid, or empty with why set (always refused in a query).
    virtual QString appendOutbox(
        const QString &kind, const QJsonObject &payload, QString *why = nullptr)
        = 0;

    virtual bool isReadOnly() const = 0;

    // Reference data central serves and the hub keeps a copy of (docs/central-api.md, "Reference
    // data"; the names in domain/referencedatasets.h), read-only: one item by its key (nullopt:
    // the hub has none, perhaps not pulled yet), or the items whose key starts with keyPrefix
    // (all: empty), in key order, at most limit.
    virtual std::optional<QJsonObject> referenceItem(const QString &dataset, const QString &key)
        = 0;
    virtual QList<ReferenceItem> referenceItems(
        const QString &dataset, const QString &keyPrefix = {}, int limit = 1000)
        = 0;
};

} // namespace saduak
