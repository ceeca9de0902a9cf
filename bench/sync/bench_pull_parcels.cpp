// The time to pull and apply 1,000,000 land parcels from saduak-central into a hub (issue 6 aims
// at 60 s or less). Parcels are made up: deed number, province and district codes, area in rai,
// ngan and square wa — no personal data. Central loads them with `import-reference` (timed on
// its own), then a hub's SyncClient pulls every page and applies each in one transaction with
// its cursor, durably (synchronous=FULL), as it does in the field.
//   bench_pull_parcels [parcels] [pageLimit] [--postgres]     (defaults 1000000 and 10000)
// --postgres: central on a throw-away PostgreSQL cluster (tests/support/postgres), fsync off.
#include "../../tests/integration/central/centralprocess.h"
#include "../../tests/integration/sync/synctesthelpers.h"

#include "benchcentral.h"
#include <sync/referencepuller.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool postgres = args.removeAll(u"--postgres"_s) > 0;
    const int parcels = args.size() > 1 ? args.at(1).toInt() : 1000000;
    const int pageLimit = args.size() > 2 ? args.at(2).toInt() : 10000;

    QTemporaryDir dir;
    const QString file = dir.filePath(u"parcels.jsonl"_s);
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        QByteArray chunk;
        for (int i = 1; i <= parcels; ++i) {
            const int province = 10 + i % 87;
            chunk += "{\"deedNumber\":\"" + QByteArray::number(100000 + i)
                + "\",\"provinceCode\":\"" + QByteArray::number(province) + "\",\"districtCode\":\""
                + QByteArray::number(province * 100 + i % 40 + 1) + "\",\"parcelNumber\":"
                + QByteArray::number(i % 9000 + 1) + ",\"rai\":" + QByteArray::number(i % 120)
                + ",\"ngan\":" + QByteArray::number(i % 4)
                + ",\"wa\":" + QByteArray::number(i % 100) + "}\n";
            if (chunk.size() > (1 << 20)) {
                out.write(chunk);
                chunk.clear();
            }
        }
        out.write(chunk);
        std::printf("parcels file: %d parcels, %.1f MB\n", parcels, double(out.size()) / 1e6);
    }

    std::unique_ptr<PostgresCluster> cluster;
    const QString location = benchCentralLocation(dir, postgres, false, &cluster);
    if (location.isEmpty())
        return 1;
    std::printf("central on %s\n", postgres ? "PostgreSQL (fsync off)" : "SQLite");
    CentralProcess central(location);
    const QString token = central.enrol(u"B001"_s, u"Bench"_s);
    QElapsedTimer timer;
    timer.start();
    QProcess import;
    import.start(QStringLiteral(SADUAK_CENTRAL_BINARY),
        {u"import-reference"_s, u"--db"_s, central.dbPath(), u"--dataset"_s, u"land-parcels"_s,
            u"--file"_s, file, u"--key-field"_s, u"deedNumber"_s});
    if (!import.waitForFinished(-1) || import.exitCode() != 0) {
        std::fprintf(stderr, "import failed: %s\n", import.readAllStandardError().constData());
        return 1;
    }
    std::printf("central import: %lld ms (%s)\n", timer.elapsed(),
        import.readAllStandardOutput().trimmed().constData());
    if (token.isEmpty() || central.start() == 0) {
        std::fprintf(stderr, "saduak-central did not start\n");
        return 1;
    }

    auto db = openHubDatabase(dir.filePath(u"branch.sqlite"_s));
    SyncClient::Options options;
    options.centralUrl = central.url();
    options.token = token;
    options.datasets = {u"land-parcels"_s};
    options.referencePageLimit = pageLimit;
    SyncClient client(*db, options);
    int pages = 0;
    bool finished = false;
    QString failure;
    QObject::connect(client.puller(), &ReferencePuller::pageApplied, [&] { ++pages; });
    QObject::connect(client.puller(), &ReferencePuller::finished, [&] { finished = true; });
    QObject::connect(client.puller(), &ReferencePuller::failed,
        [&](const TranslatableText &error) { failure = error.toString(); });
    timer.restart();
    client.start();
    if (!waitUntil([&] { return finished || !failure.isEmpty(); }, 3600 * 1000) || !finished) {
        std::fprintf(stderr, "pull failed: %s\n", qPrintable(failure));
        return 1;
    }
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    const qint64 applied = client.puller()->store().itemCount(u"land-parcels"_s);
    std::printf("hub pull: %lld parcels in %d pages of %d in %lld ms: %.0f rows/s (aim <= 60000 ms "
                "for 1,000,000)\n",
        applied, pages, pageLimit, ms, applied * 1000.0 / double(ms));
    return applied == parcels ? 0 : 1;
}
