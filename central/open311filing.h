#pragma once

#include <QJsonObject>
#include <QString>

namespace saduak {

class CentralDatabase;

// Files a complaint at central itself (Open311's POST requests): the number's branch part is
// BranchStore::centralCode() ("CENTRAL", which no branch may be enrolled as), the sequence the
// next of that day at central. The complaint is kept as a branch's is: a "complaints.complaint"
// row of central's own branch row goes through IngestStore, which seals what is personal and
// files it in ComplaintStore in the same transaction, published as complaint-status for every
// branch's kiosk.
class Open311Filing
{
public:
    explicit Open311Filing(CentralDatabase &central);

    struct Filed
    {
        QString trackingNumber; // empty: not filed
        QString why; // not filed: for the log
    };
    // record: the complaint as a branch's outbox row holds it (modules/complaints/README.md,
    // "Records for central") without trackingNumber, filedAtMs and dueAtMs, which are made here.
    Filed file(QJsonObject record, qint64 nowMs);

private:
    CentralDatabase &m_central;
};

} // namespace saduak
