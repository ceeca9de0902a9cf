#pragma once
// Where a sync benchmark's saduak-central keeps its data: a SQLite file in dir, or (postgres) a
// database on a throw-away PostgreSQL cluster started here and kept in *cluster for the run.
#include <postgrescluster.h>

#include <QString>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace saduak::test {

// Empty (the reason printed) when the cluster cannot start.
inline QString benchCentralLocation(const QTemporaryDir &dir, bool postgres, bool durable,
    std::unique_ptr<PostgresCluster> *cluster)
{
    if (!postgres)
        return dir.filePath(QStringLiteral("central.sqlite"));
    *cluster = std::make_unique<PostgresCluster>(durable);
    QString why;
    QString location;
    if (!(*cluster)->start(&why)
        || (location = (*cluster)->createDatabase(QStringLiteral("bench"), &why)).isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(why));
    return location;
}

} // namespace saduak::test
