#include "complaintreceipt.h"

#include <domain/bangkoktime.h>
#include <domain/buddhistdate.h>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

QString complaintDay(qint64 utcMs, Language language)
{
    return BuddhistDate::format(BangkokTime::fromUtcMs(utcMs).date(), language);
}

QString ComplaintReceipt::qrPayload(const QString &statusUrl, const QString &trackingNumber)
{
    return statusUrl.trimmed() + trackingNumber;
}

Receipt ComplaintReceipt::build(
    const FilingResult &complaint, const QString &statusUrl, Language language)
{
    Receipt receipt;
    receipt.title(tr("Complaint receipt"))
        .rule()
        .field(tr("Tracking number"), complaint.trackingNumber)
        .field(tr("Filed on"), complaintDay(complaint.filedAtMs, language))
        .field(tr("Answer due by"), complaintDay(complaint.dueAtMs, language))
        .field(tr("Category"), complaint.category(language));
    if (complaint.attachmentCount > 0) // how many, never their names (they may name people)
        receipt.field(tr("Attachments"), QString::number(complaint.attachmentCount));
    receipt.qrCode(qrPayload(statusUrl, complaint.trackingNumber))
        .text(tr("Scan the code or type the tracking number at a kiosk to see where your "
                 "complaint stands."))
        .rule()
        .text(tr("What happens next: the center registers your complaint and sends it to the "
                 "agency responsible. You will have an answer within 15 days of filing; if it "
                 "takes longer you are told why. Keep this receipt."));
    return receipt;
}

} // namespace saduak::complaints
