#pragma once

#include <complaintworkflow.h>
#include <domain/translatabletext.h>

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace saduak {

class Database;
class IngestStore;
class ReferenceLogStore;
struct IngestRow;

// One change of a complaint (its filing first), as central keeps it.
struct ComplaintHistoryEntry
{
    qint64 atMs = 0;
    QString actor; // the branch's code for a filing, the officer for a change
    QString action; // "file", or a ComplaintAction's name
    complaints::ComplaintState state = complaints::ComplaintState::Received; // after it
    QString note;
};

// A complaint at central: what the desk sorts, filters and moves. No personal data (whole()
// reads that).
struct CentralComplaint
{
    QString trackingNumber;
    QString branchCode; // the branch that filed it
    qint64 filedAtMs = 0;
    qint64 dueAtMs = 0;
    QString category;
    QString provinceCode;
    QString amphoeCode;
    QString tambonCode;
    complaints::ComplaintState state = complaints::ComplaintState::Received;
    QString agency;
    QString duplicateOf; // markDuplicate: the original's number
    int reopenCount = 0;
    qint64 changedAtMs = 0;
    bool overdue = false; // when it was read (complaints::isOverdue)
    QList<ComplaintHistoryEntry> history; // get() and whole(): oldest first; list(): empty
};

// What the desk's list shows; an empty field filters nothing.
struct ComplaintFilter
{
    std::optional<complaints::ComplaintState> state;
    QString category;
    QString branchCode;
    QString area; // a province, amphoe or tambon code: complaints in it
    bool overdueOnly = false;
    int limit = 1000;
};

// Complaints at central and all their SQL (modules/complaints/README.md, "One writer for each
// part of a complaint"): a branch's "complaints.complaint" row files one (in the ingest's
// transaction), the desk and Open311 change it (core's workflow), and every filing and change is
// published as the reference data set complaint-status in the same transaction, so the hubs pull
// it with their cursor and nothing is lost while a branch is offline.
class ComplaintStore
{
public:
    static const QString &statusDataset(); // "complaint-status"

    ComplaintStore(Database &db, IngestStore &ingest, ReferenceLogStore &reference);

    // The complaint a new row files, inside the write transaction of its batch (IngestStore):
    // the complaint as received, its first history row, its complaint-status item. The row was
    // checked already (ComplaintIntake::refuseUnfit); one that cannot be read, or names a number
    // central has already, files nothing (logged): the row itself is kept. False (why) when the
    // database failed: the batch is then not stored.
    bool recordFiled(qint64 branchId, const IngestRow &row, QString *why);

    struct ChangeResult
    {
        enum class Outcome {
            Changed,
            Refused, // the workflow's refusal, or an unknown category or original
            NotFound, // no complaint with that number (or not a number)
            Conflict, // someone else changed it meanwhile: read it again
            StorageFailed,
        };
        Outcome outcome = Outcome::StorageFailed;
        complaints::ComplaintState state = complaints::ComplaintState::Received; // Changed: new
        QString refusalCode; // Refused: core's codes, "categoryUnknown", "originalUnknown"
        TranslatableText message; // what a person reads when it is not Changed
        QString why; // StorageFailed: for the log
        bool isChanged() const { return outcome == Outcome::Changed; }
    };
    // Applies core's workflow (complaints::checkChange) in one transaction: the complaint's
    // state, its history row (time, actor, action, state, note) and its complaint-status item.
    // Nothing changes unless all of it does. nowMs < 0: now.
    ChangeResult change(const QString &trackingNumber, const complaints::ChangeRequest &request,
        const QString &actor, qint64 nowMs = -1);

    // Complaints by filter: overdue first (the longest overdue first), then the newest filed.
    std::optional<QList<CentralComplaint>> list(
        const ComplaintFilter &filter, qint64 nowMs, QString *why = nullptr) const;

    // One complaint with its history; number as a person typed it (TrackingNumber::parse).
    struct Lookup
    {
        std::optional<CentralComplaint> complaint; // nothing: not found, or storageFailure
        QJsonObject filed; // whole(): the branch's record, personal fields decrypted
        QString storageFailure; // set: the database (or, for whole(), the key) failed
        bool storageFailed() const { return !storageFailure.isEmpty(); }
    };
    Lookup get(const QString &trackingNumber, qint64 nowMs) const;
    // get() and the record as the branch filed it (complainant, contact, subject, description),
    // read through central's key: for the desk, never for Open311 or a branch.
    Lookup whole(const QString &trackingNumber, qint64 nowMs) const;

private:
    struct Stored; // a complaint's row, with what whole() needs to find its record
    std::optional<Stored> find(const QString &trackingNumber, QString *why) const;
    std::optional<QList<ComplaintHistoryEntry>> historyOf(qint64 complaintId, QString *why) const;
    bool addHistory(qint64 complaintId, const ComplaintHistoryEntry &entry, QString *why);
    // Upserts the complaint-status item of the complaint as it is now (README's payload, no
    // personal data), inside the caller's transaction.
    bool publish(const QString &trackingNumber, QString *why);

    Database &m_db;
    IngestStore &m_ingest;
    ReferenceLogStore &m_reference;
};

} // namespace saduak
