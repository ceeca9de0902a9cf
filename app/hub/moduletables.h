#pragma once

#include <sdk/moduletransaction.h>

#include <QString>

namespace saduak {

class Database;

// A module's ModuleTransaction on the hub's branch database, inside the transaction the hub
// opened for one command or query. Every statement is prepared under an SQLite authorizer that
// lets it reach only the module's own tables ("<module id>_…"; a '-' in the id is '_' here) and
// refuses PRAGMA, ATTACH, DDL and transaction control — so a module cannot read the queue's or
// another module's tables, nor commit the hub's transaction, whatever SQL it sends.
class ModuleTables final : public ModuleTransaction
{
public:
    ModuleTables(Database &db, const QString &moduleId, bool readOnly);

    std::optional<SqlRows> run(const QString &sql, const QVariantList &values, QString *why) override;
    QString appendOutbox(const QString &kind, const QJsonObject &payload, QString *why) override;
    bool isReadOnly() const override { return m_readOnly; }
    std::optional<QJsonObject> referenceItem(const QString &dataset, const QString &key) override;
    QList<ReferenceItem> referenceItems(
        const QString &dataset, const QString &keyPrefix, int limit) override;

    static QString tablePrefix(const QString &moduleId);

    // For the authorizer: whether the action may run, else why not.
    bool allows(int action, const char *first, QString *why) const;

private:
    Database &m_db;
    QString m_moduleId;
    QString m_prefix;
    bool m_readOnly;
};

} // namespace saduak
