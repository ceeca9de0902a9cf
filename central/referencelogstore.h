#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace saduak {

class Database;

// One item of a reference data set as central keeps it.
struct ReferenceItem
{
    QString key;
    QByteArray payload; // compact JSON object; empty for a tombstone
    bool deleted = false;
    qint64 changeSeq = 0;
};

// A page of changes after a cursor (GET /v1/reference/{dataset}).
struct ReferencePage
{
    QList<ReferenceItem> items; // in change_seq order
    // change_seq of the last item (the cursor asked for when none); on the last page (more
    // false) the data set's last_seq, which may be past the last item (a compacted tombstone)
    qint64 cursor = 0;
    bool more = false; // changes after cursor exist
    qint64 minCursor = 0; // the data set's min_cursor when the page was read
    bool cursorTooOld = false; // nothing else is set: the client must take a snapshot
};

// Central's reference data sets, served with cursors, and all their SQL. Each data set is a
// commit-ordered change log: an item's change_seq says when it last changed, a cursor is the
// change_seq of the last change a branch applied.
//
// Why every write takes the writers' lock first: a cursor must never pass a change a running
// transaction may still commit. With ids from a PostgreSQL sequence, transaction A can take id 10,
// B id 11, B commit first, a branch read up to 11 and never see A's 10 when it commits. So the
// writers of reference data are serialized (PostgreSQL: pg_advisory_xact_lock, released at commit;
// SQLite: BEGIN IMMEDIATE, one writer at a time anyway) and number their changes from the data
// set's last_seq inside that lock: commit order is change_seq order, and a reader under READ
// COMMITTED that sees seq N+1 sees N. Reference writes are rare bulk loads; serializing them costs
// nothing that matters.
class ReferenceLogStore
{
public:
    explicit ReferenceLogStore(Database &db);

    // At most limit changes after cursor after, read in one read transaction. Cursor 0 (a
    // snapshot) is always answerable. A cursor beyond the last change is too old, and so is one
    // below the data set's min_cursor — unless floor (the min_cursor the client was told when its
    // read from 0 began; -1: none) is the min_cursor still: then no compaction happened since the
    // client began and it cannot hold an item whose tombstone was dropped. nullopt (why set) when
    // it cannot be read.
    std::optional<ReferencePage> page(
        const QString &dataset, qint64 after, int limit, qint64 floor = -1, QString *why = nullptr);

    struct Upsert
    {
        QString key;
        QByteArray payload; // compact JSON object
    };
    struct Counts
    {
        int changed = 0; // new, changed, or back from deleted: a new change_seq each
        int unchanged = 0; // same payload: no new change_seq, so no branch downloads it again
        int deleted = 0;
    };
    // One transaction (with the writers' lock) for the whole list; all or nothing.
    bool upsert(
        const QString &dataset, const QList<Upsert> &items, Counts *counts, QString *why = nullptr);
    // The same inside a write transaction the caller has begun and commits (the writers' lock is
    // taken here and held to that commit): central's own data that a data set publishes changes in
    // one transaction with its items (ComplaintStore and complaint-status).
    bool upsertInTransaction(
        const QString &dataset, const QList<Upsert> &items, Counts *counts, QString *why = nullptr);
    // Marks these items deleted (tombstones with a new change_seq); keys not present or already
    // deleted are skipped. One transaction.
    bool remove(
        const QString &dataset, const QStringList &keys, Counts *counts, QString *why = nullptr);
    // The payloads of the items not deleted whose key starts with keyPrefix, by key (the desk's
    // names: "p" the provinces, one key exactly the category or area it names).
    std::optional<QList<ReferenceItem>> liveItems(
        const QString &dataset, const QString &keyPrefix, QString *why = nullptr) const;
    // Keys of the items not deleted (for an import with --replace).
    std::optional<QStringList> liveKeys(const QString &dataset, QString *why = nullptr) const;

    struct Compaction
    {
        int dropped = 0; // tombstones removed
        qint64 minCursor = 0; // the oldest cursor still answerable afterwards
    };
    // Drops the data set's tombstones and raises min_cursor to the last of them: a branch whose
    // cursor is before a dropped tombstone would never hear of that deletion, so it is too old.
    std::optional<Compaction> compact(const QString &dataset, QString *why = nullptr);

    qint64 lastSeq(const QString &dataset) const; // -1 if it cannot be read
    qint64 itemCount(const QString &dataset, bool withTombstones = false) const;

private:
    bool lockWriters(const QString &dataset, qint64 *lastSeq, QString *why);
    bool storeLastSeq(const QString &dataset, qint64 lastSeq, QString *why);

    Database &m_db;
};

} // namespace saduak
