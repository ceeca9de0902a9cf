#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace saduak {

struct IngestRequest;

// What central reads of a branch's "complaints.complaint" row (modules/complaints/README.md,
// "Records for central"): the fields its desk sorts and filters by. The complainant, contact,
// subject and description are not read here: they stay sealed in the ingested row.
struct FiledComplaint
{
    QString trackingNumber; // text() form
    QString branchCode; // the number's branch part
    qint64 filedAtMs = 0;
    qint64 dueAtMs = 0; // complaints::dueAtMs(filedAtMs): the rule, not the branch's arithmetic
    QString category;
    QString provinceCode;
    QString amphoeCode;
    QString tambonCode;
};

// The checks of a complaint row at ingest. A number is the key of a complaint across all
// branches, and it is unique only because each branch makes numbers with its own code: a row
// whose number names another branch is refused for good, as any bad row is (IngestRequest's
// "refused"; the branch lists it as a dead letter), and the rest of its batch is stored.
class ComplaintIntake
{
public:
    static const QString &kind(); // "complaints.complaint"

    // The row's complaint, or nullopt with a reason for the branch's developer (why).
    static std::optional<FiledComplaint> read(const QByteArray &payload, QString *why = nullptr);

    // A branch code as it appears in a tracking number: upper case, ASCII letters and digits
    // only ("b-001" → "B001"). Central enrols codes with '-' and '_'; numbers have neither.
    static QString numberCode(QStringView branchCode);

    // Moves the complaint rows of batch that cannot be read, or whose number names another
    // branch than branchCode (the sender's), from its rows to its refused rows (kept in seq
    // order).
    static void refuseUnfit(IngestRequest &batch, const QString &branchCode);
};

} // namespace saduak
