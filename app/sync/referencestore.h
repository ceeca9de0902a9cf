#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace saduak {

class Database;

// One change of a page from central: an item (key and payload) or the deletion of a key.
struct PulledItem
{
    QString key;
    QByteArray payload; // compact JSON object; empty when deleted
    bool deleted = false;
};

// Where the pull of one data set stands (sync_reference_pull).
struct ReferencePullState
{
    qint64 cursor = 0; // central's change_seq of the last change applied
    qint64 generation = 0;
    bool snapshotInProgress = false;
    qint64 lastPullMs = 0; // 0: never reached the end
    qint64 scanFloor = -1; // central's minCursor when the read from 0 began; -1: none
};

// The hub's copy of central's reference data and all its SQL (migration scope "sync",
// 0002_reference.sql). Modules read it with item(); only the ReferencePuller writes it, a page
// and its cursor in one BEGIN IMMEDIATE transaction, so a crash never leaves half a page or a
// cursor ahead of the rows.
class ReferenceStore
{
public:
    explicit ReferenceStore(Database &db);

    // The payload of an item, or nothing when the data set has no such key (or it cannot be
    // read; then why is set).
    std::optional<QJsonObject> item(
        const QString &dataset, const QString &key, QString *why = nullptr) const;
    qint64 itemCount(const QString &dataset) const; // -1 if it cannot be read

    ReferencePullState state(const QString &dataset, QString *why = nullptr) const;

    // Central said the cursor is too old: start again from 0 with a new generation. Rows stay
    // (modules keep reading them) until the snapshot's last page replaces them.
    bool beginSnapshot(const QString &dataset, QString *why = nullptr);

    // One transaction: the items (upserted or deleted) and the new cursor. after: the cursor the
    // page was asked with, which must still be the stored one (otherwise nothing is written).
    // last: central said there is no more; a snapshot in progress then ends, deleting the rows it
    // did not write. minCursor: central's, stored as the scan floor when after is 0.
    bool applyPage(const QString &dataset, qint64 after, const QList<PulledItem> &items,
        qint64 cursor, bool last, qint64 minCursor, qint64 nowMs, QString *why = nullptr);

private:
    Database &m_db;
};

} // namespace saduak
