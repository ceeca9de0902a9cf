// Rows per second pushed from a hub's outbox to a real saduak-central on loopback (issue 6 aims
// at 20,000 rows/s or more). Both sides commit durably (synchronous=FULL): central each batch
// before it answers, the hub each acknowledgement.
//   bench_push [rows] [batchSize] [--postgres | --postgres-durable]   (defaults 50000 and 1000)
// --postgres: central on a throw-away PostgreSQL cluster (tests/support/postgres) with fsync off,
// as the tests run it; --postgres-durable: the same with fsync and synchronous_commit on.
#include "../../tests/integration/central/centralprocess.h"
#include "../../tests/integration/sync/synctesthelpers.h"

#include "benchcentral.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool durable = args.removeAll(u"--postgres-durable"_s) > 0;
    const bool postgres = args.removeAll(u"--postgres"_s) > 0 || durable;
    const int rows = args.size() > 1 ? args.at(1).toInt() : 50000;
    const int batchSize = args.size() > 2 ? args.at(2).toInt() : 1000;

    QTemporaryDir dir;
    std::unique_ptr<PostgresCluster> cluster;
    const QString location = benchCentralLocation(dir, postgres, durable, &cluster);
    if (location.isEmpty())
        return 1;
    std::printf("central on %s\n",
        postgres ? (durable ? "PostgreSQL (fsync on)" : "PostgreSQL (fsync off)")
                 : "SQLite (synchronous=FULL)");
    CentralProcess central(location);
    const QString token = central.enrol(u"B001"_s, u"Bench"_s);
    if (token.isEmpty() || central.start() == 0) {
        std::fprintf(stderr, "saduak-central did not start\n");
        return 1;
    }
    auto db = openHubDatabase(dir.filePath(u"branch.sqlite"_s));
    QElapsedTimer fill;
    fill.start();
    // Rows like the queue's events: a few short fields.
    const QStringList uuids = appendRows(*db, rows);
    if (uuids.size() != rows)
        return 1;
    std::printf("outbox filled: %d rows in %lld ms\n", rows, fill.elapsed());

    SyncClient::Options options;
    options.centralUrl = central.url();
    options.token = token;
    options.batchSize = batchSize;
    SyncClient client(*db, options);
    int batches = 0;
    bool caughtUp = false;
    QObject::connect(&client, &SyncClient::batchAcknowledged, [&] { ++batches; });
    QObject::connect(&client, &SyncClient::caughtUp, [&] { caughtUp = true; });
    QElapsedTimer push;
    push.start();
    client.start();
    // Waits for the client's own "nothing left" rather than counting the outbox every few ms,
    // which would load the hub's database beside the push being measured.
    if (!waitUntil([&] { return caughtUp; }, 600000) || Outbox::pendingCount(*db) != 0) {
        std::fprintf(stderr, "not everything was pushed\n");
        return 1;
    }
    const qint64 ms = std::max<qint64>(1, push.elapsed());
    std::printf("pushed %d rows in %d batches of %d in %lld ms: %.0f rows/s (aim >= 20000)\n", rows,
        batches, batchSize, ms, rows * 1000.0 / double(ms));
    const QString check = centralHoldsExactly(central.dbPath(), u"B001"_s, uuids);
    std::printf("central holds every row once, in order: %s\n",
        check.isEmpty() ? "yes" : qPrintable(check));
    return check.isEmpty() ? 0 : 1;
}
