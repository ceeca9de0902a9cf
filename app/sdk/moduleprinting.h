#pragma once

#include "sdkversion.h"

#include <QList>
#include <QObject>
#include <QString>

namespace saduak {

// A receipt for this PC's 80 mm ticket printer, top to bottom. The host lays it out (Thai fonts,
// printed as an image so every printer shows Thai the same) and sends it as ESC/POS or as a PDF,
// whichever the PC's printer takes.
struct ReceiptLine
{
    enum class Kind {
        Title, // large, centred: the service or the document's name
        Text, // a paragraph, wrapped
        Field, // "label: value" on one line, wrapped when long
        QrCode, // a QR symbol of text (a tracking URL, a number)
        Rule, // a thin line across
    };
    Kind kind = Kind::Text;
    QString text; // the title, the paragraph, the field's label, or the QR payload
    QString value; // a field's value
};

struct Receipt
{
    QList<ReceiptLine> lines;

    Receipt &title(const QString &text) { return add({ReceiptLine::Kind::Title, text, {}}); }
    Receipt &text(const QString &text) { return add({ReceiptLine::Kind::Text, text, {}}); }
    Receipt &field(const QString &label, const QString &value)
    {
        return add({ReceiptLine::Kind::Field, label, value});
    }
    Receipt &qrCode(const QString &payload) { return add({ReceiptLine::Kind::QrCode, payload, {}}); }
    Receipt &rule() { return add({ReceiptLine::Kind::Rule, {}, {}}); }

private:
    Receipt &add(ReceiptLine line)
    {
        lines.append(std::move(line));
        return *this;
    }
};

// An A4 form as a PDF (a registration, a complaint's acknowledgement): a heading, labelled
// fields in order, an optional QR code, a footer, and places to sign.
struct FormDocument
{
    struct Field
    {
        QString label;
        QString value;
    };
    QString title;
    QString subtitle; // the branch, the date: under the title
    QList<Field> fields;
    QString qrPayload; // empty: none
    QString footer;
    QStringList signatures; // a signature line with each caption ("Applicant", "Officer")
};

// Printing for a module's desk part (ModuleContext::printing()). Jobs are asynchronous: each
// returns its number, and exactly one of printed or failed follows it.
class SADUAK_SDK_EXPORT ModulePrinting : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ModulePrinting() override;

    // On this PC's ticket printer (the "printer" setting, the one the kiosk prints tickets on).
    virtual int printReceipt(const Receipt &receipt) = 0;
    // On this PC's form printer (the "formPrinter" setting: a PDF folder or a CUPS queue).
    virtual int printForm(const FormDocument &form) = 0;
    // The form as A4 PDF bytes, for a module that keeps or sends the file itself.
    virtual QByteArray formPdf(const FormDocument &form) = 0;

Q_SIGNALS:
    void printed(int job);
    // message: for the person at the screen, in its language.
    void failed(int job, const QString &message);
};

} // namespace saduak
