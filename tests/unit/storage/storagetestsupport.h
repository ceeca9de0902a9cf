#pragma once

// Small helpers shared by the storage tests: reading a value back, fingerprinting a file.

#include <storage/database.h>
#include <storage/migration.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace saduak::test {

// sha256 of a whole file, or an empty array when it does not exist.
inline QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// The first column of the first row, or an invalid QVariant when the query fails.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

inline QVariant scalar(const Database &db, const QString &sql)
{
    return scalar(db.connection(), sql);
}

inline bool exec(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql);
}

// Every row of a query, its columns joined with '|'; {"<query failed>"} when it fails.
inline QStringList rows(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        return {QStringLiteral("<query failed>")};
    QStringList result;
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns.append(query.value(i).toString());
        result.append(columns.join(u'|'));
    }
    return result;
}

inline bool tableExists(const Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    return query.exec() && query.next();
}

// One of the sets compiled into the test from tests/unit/storage/migrations.
inline MigrationSet testSet(const QString &name, const QString &scope = QStringLiteral("test"))
{
    return MigrationSet::fromFolder(scope, QStringLiteral(":/test/migrations/") + name);
}

} // namespace saduak::test
