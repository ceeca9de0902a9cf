#pragma once

#include <QList>
#include <QString>

namespace saduak {

// What a receipt on the 80 mm ticket printer says, top to bottom: a value the caller fills (the
// host from a module's receipt), laid out by ReceiptRenderer.
struct ReceiptPrintout
{
    struct Line
    {
        enum class Kind {
            Title, // large, bold, centred
            Text, // a paragraph, wrapped
            Field, // label and value on one line when they fit, else the value under its label
            QrCode, // a QR symbol of text
            Rule, // a line across
        };
        Kind kind = Kind::Text;
        QString text; // the title, the paragraph, the field's label, the QR payload
        QString value; // a field's value

        friend bool operator==(const Line &, const Line &) = default;
    };

    QList<Line> lines;
    QString documentTitle; // the PDF's title; empty: the first Title line

    friend bool operator==(const ReceiptPrintout &, const ReceiptPrintout &) = default;
};

} // namespace saduak
