#pragma once

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

class QPageLayout;
class QPainter;

namespace saduak {

struct FormPrintout;

// Where everything on an A4 form goes: pages of items in device units (FormPdf::dotsPerInch),
// origin top-left of each page's printable area (inside the margins).
struct FormLayout
{
    struct Item
    {
        enum class Kind {
            Title,
            Subtitle,
            Rule, // under the heading
            Label, // one line of a field's label
            Value, // one line of a field's value
            RowSeparator, // a thin line under each field
            QrCode, // the symbol with its quiet zone
            QrCaption, // the payload, small, under the symbol
            SignatureLine,
            SignatureCaption,
            Footer, // on every page
            PageNumber, // "1 / 2", on every page
        };
        Kind kind = Kind::Value;
        int page = 0; // from 0
        QRect rect;
        QString text; // what this item prints: one wrapped line of a label or value, a caption…
        int qrModuleSize = 0; // device units a QR module
        int field = -1; // which field a Label, Value or RowSeparator belongs to
    };

    QSize pageSize; // the printable area of each page
    int pageCount = 0;
    QList<Item> items; // page by page, top to bottom
};

// Lays out and writes a form as an A4 PDF (QPdfWriter): 20 mm margins, the title and subtitle
// centred over a rule, then the fields in order, label on the left (a third of the width) and the
// value beside it, both wrapped; a field moves to the next page when it does not fit, and one
// longer than a page is cut between lines. Then the QR symbol, on the right, with its payload
// under it, and the signature lines (two a row, beside the symbol), each with its caption under
// it. The footer and "page / pages" are at the foot of every page. Thai through the ticket's fonts
// (fonts-thai-tlwg); text stays text (searchable, pdftotext reads it), the QR is vector squares.
class FormPdf
{
public:
    static constexpr int dotsPerInch = 300;
    static constexpr qreal marginMm = 20.0;

    // fontFamily empty: TicketRenderer's choice (fonts-thai-tlwg).
    explicit FormPdf(const QString &fontFamily = {});

    QString fontFamily() const { return m_fontFamily; }

    FormLayout layout(const FormPrintout &form) const;
    QByteArray render(const FormPrintout &form) const;

    // A4 portrait, marginMm all round.
    static QPageLayout pageLayout();

private:
    void paint(QPainter &painter, const FormLayout &layout, int page) const;

    QString m_fontFamily;
};

} // namespace saduak
