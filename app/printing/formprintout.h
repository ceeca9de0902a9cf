#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace saduak {

// What an A4 form says (a registration, a complaint's acknowledgement): a value the caller fills,
// laid out by FormPdf.
struct FormPrintout
{
    struct Field
    {
        QString label;
        QString value;

        friend bool operator==(const Field &, const Field &) = default;
    };

    QString title;
    QString subtitle; // the branch, the date: under the title
    QList<Field> fields; // in this order, label beside value, wrapped when long
    QString qrPayload; // empty: no QR symbol
    QString footer; // at the foot of every page
    QStringList signatures; // one signature line a caption ("ผู้ยื่นคำขอ / Applicant")

    friend bool operator==(const FormPrintout &, const FormPrintout &) = default;
};

} // namespace saduak
