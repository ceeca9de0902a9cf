#pragma once
// What the sync tests share: a hub database with outbox rows, and the check that central holds
// exactly those rows, each once, in the branch's order.

#include <branchstore.h>
#include <centraldatabase.h>
#include <ingeststore.h>
#include <storage/database.h>
#include <storage/migration.h>
#include <storage/outbox.h>
#include <storage/writetransaction.h>
#include <sync/syncclient.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

#include <QStringList>
#include <functional>

namespace saduak::test {

// Runs a real event loop (no sleeping between rounds, unlike QTRY_*) until done() or timeout.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QElapsedTimer elapsed;
    elapsed.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || elapsed.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(5);
    loop.exec();
    return done();
}

inline std::unique_ptr<Database> openHubDatabase(const QString &path)
{
    const MigrationSet core = MigrationSet::core();
    const MigrationSet sync = SyncClient::migrations();
    Database::Options options;
    options.migrations = {&core, &sync};
    return Database::open(path, options);
}

// Appends rows to the outbox in one transaction; payloadBytes: a filler of that many bytes in
// row i's payload, for rows that central must refuse as too big. Returns the uuids in seq order.
inline QStringList appendRows(
    Database &db, int count, const QHash<int, qsizetype> &payloadBytes = {})
{
    QStringList uuids;
    WriteTransaction tx(db.connection());
    for (int i = 0; i < count; ++i) {
        OutboxRow row;
        row.kind = i % 3 == 0
            ? QStringLiteral("event")
            : (i % 3 == 1 ? QStringLiteral("audit") : QStringLiteral("complaints.record"));
        row.payload = {{QStringLiteral("n"), i}};
        if (payloadBytes.contains(i))
            row.payload.insert(QStringLiteral("filler"), QString(payloadBytes.value(i), u'x'));
        const QString uuid = Outbox::append(db, row);
        if (uuid.isEmpty())
            return {};
        uuids << uuid;
    }
    return tx.commit() ? uuids : QStringList();
}

// Empty when central holds exactly expected for the branch, in that order; else what differs.
inline QString centralHoldsExactly(
    const QString &centralDb, const QString &branchCode, const QStringList &expected)
{
    StorageError error;
    auto central = CentralDatabase::open(centralDb, &error, true);
    if (!central)
        return QStringLiteral("central's database: ") + error.detail;
    const auto branch = central->branches().byCode(branchCode);
    if (!branch)
        return QStringLiteral("no branch ") + branchCode;
    QStringList stored;
    for (const auto &row : central->ingest().rowsOf(branch->id))
        stored << row.uuid;
    if (stored == expected)
        return {};
    QSet<QString> seen;
    for (const QString &u : std::as_const(stored))
        if (seen.contains(u))
            return QStringLiteral("stored twice: ") + u;
        else
            seen.insert(u);
    return QStringLiteral("central holds %1 rows, expected %2 (or another order)")
        .arg(stored.size())
        .arg(expected.size());
}

} // namespace saduak::test
