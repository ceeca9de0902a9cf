#pragma once

#include <domain/language.h>
#include <sdk/moduleprinting.h>

#include <QCoreApplication>
#include <QString>

namespace saduak::complaints {

// What the hub answered when a complaint was filed, with the category's names for the person.
struct FilingResult
{
    QString trackingNumber;
    qint64 filedAtMs = 0;
    qint64 dueAtMs = 0;
    QString categoryThai;
    QString categoryEnglish;
    int attachmentCount = 0; // files sent with it (at the counter)

    QString category(Language language) const
    {
        return language == Language::English && !categoryEnglish.isEmpty() ? categoryEnglish
                                                                           : categoryThai;
    }
};

// A day as the complainant reads it: Buddhist-Era in Thai, Gregorian in English, in Bangkok.
QString complaintDay(qint64 utcMs, Language language);

// The receipt the complainant takes away (README.md, "The receipt's QR"): its number, filing and
// due dates, category, the QR a phone or the kiosk's scanner reads, and what happens next. No
// name, no ID, no contact: a receipt left on the counter tells nobody who complained.
class ComplaintReceipt
{
    Q_DECLARE_TR_FUNCTIONS(saduak::complaints::ComplaintReceipt)
public:
    // statusUrl (modules/complaints/statusUrl) followed by the number, or the number alone.
    static QString qrPayload(const QString &statusUrl, const QString &trackingNumber);
    // In the translation installed now; language picks the dates' calendar and the names.
    static Receipt build(
        const FilingResult &complaint, const QString &statusUrl, Language language);
};

} // namespace saduak::complaints
