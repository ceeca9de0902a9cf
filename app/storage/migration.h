#pragma once

#include <QList>
#include <QString>

namespace saduak {

// One numbered schema change: "0001_core.sql" in a scope ("core", or a module's id).
struct Migration
{
    QString scope;
    int version = 0; // from the file name's leading digits
    QString name; // the file name, for messages and the record
    QString sql;
};

// The migrations of one scope, read from a folder (usually a Qt resource folder such as
// ":/saduak/migrations/core"). Files must be named NNNN_words.sql; numbers start at 1 and
// have no gaps, so a missing file is found at build time, not in the field. Files not ending in
// .sql (a README) are ignored; an empty .sql file is refused.
class MigrationSet
{
public:
    static MigrationSet fromFolder(
        const QString &scope, const QString &folder, QString *why = nullptr);
    static MigrationSet core(); // db/migrations, compiled into saduak_storage

    QString scope() const { return m_scope; }
    const QList<Migration> &migrations() const { return m_migrations; }
    int latestVersion() const { return m_migrations.isEmpty() ? 0 : m_migrations.last().version; }
    bool isValid() const { return !m_scope.isEmpty(); }
    QString whyInvalid() const
    {
        return m_whyInvalid;
    } // for an invalid set: what fromFolder refused

private:
    QString m_scope;
    QList<Migration> m_migrations;
    QString m_whyInvalid;
};

} // namespace saduak
