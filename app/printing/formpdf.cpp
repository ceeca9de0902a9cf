#include "formpdf.h"

#include "formprintout.h"
#include "printdrawing.h"
#include "ticketrenderer.h"

#include <QBuffer>
#include <QFontMetrics>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

using Item = FormLayout::Item;
using Kind = FormLayout::Item::Kind;

constexpr int units(qreal mm)
{
    return printdrawing::dotsOfMm(mm, FormPdf::dotsPerInch);
}

// Font sizes are given in points and set in device pixels (printdrawing::font).
constexpr int pointsToUnits(qreal points)
{
    return printdrawing::dotsOfPoints(points, FormPdf::dotsPerInch);
}

struct Fonts
{
    QFont title, subtitle, label, value, caption, qrCaption, footer;
};

Fonts fontsFor(const QString &family)
{
    const auto f = [&](qreal points, bool bold) {
        return printdrawing::font(family, pointsToUnits(points), bold, true);
    };
    return {f(18, true), f(12, false), f(11, true), f(11, false), f(11, false), f(8, false),
        f(9, false)};
}

constexpr int labelColumnPercent = 33;
constexpr int columnGap = units(4);
constexpr int rowPadding = units(1.5);
constexpr int qrTarget = units(35); // the symbol with its quiet zone
constexpr int signatureSpace = units(16); // room to sign above the line
constexpr int signatureLineWidth = units(60);
constexpr int lineWidth = units(0.3);

// Lays the form out page after page, moving to the next page when a block does not fit.
class Composer
{
public:
    Composer(const Fonts &fonts, QSize page) : m_fonts(fonts), m_page(page) { }

    FormLayout compose(const FormPrintout &form)
    {
        m_bottom = m_page.height() - footerHeight(form);
        heading(form);
        fields(form);
        closing(form);
        footers(form);
        FormLayout l;
        l.pageSize = m_page;
        l.pageCount = m_pageIndex + 1;
        l.items = m_items;
        return l;
    }

private:
    int width() const { return m_page.width(); }

    void add(Kind kind, const QRect &rect, const QString &text = {}, int field = -1)
    {
        Item item;
        item.kind = kind;
        item.page = m_pageIndex;
        item.rect = rect;
        item.text = text;
        item.field = field;
        m_items.append(item);
    }

    // Moves to the next page unless height fits below y. Returns whether it moved.
    bool ensureRoom(int height)
    {
        if (m_y + height <= m_bottom || m_y == 0)
            return false;
        ++m_pageIndex;
        m_y = 0;
        return true;
    }

    int pageNumberWidth(const FormPrintout &) const
    {
        return printdrawing::textWidth(u"999 / 999"_s, m_fonts.footer);
    }

    int footerHeight(const FormPrintout &form) const
    {
        const int text = printdrawing::textHeight(form.footer, m_fonts.footer,
            width() - pageNumberWidth(form) - columnGap, Qt::AlignLeft);
        return qMax(text, QFontMetrics(m_fonts.footer).height()) + units(6);
    }

    void heading(const FormPrintout &form)
    {
        if (!form.title.isEmpty()) {
            const int h
                = printdrawing::textHeight(form.title, m_fonts.title, width(), Qt::AlignHCenter);
            add(Kind::Title, QRect(0, m_y, width(), h), form.title);
            m_y += h + units(2);
        }
        if (!form.subtitle.isEmpty()) {
            const int h = printdrawing::textHeight(
                form.subtitle, m_fonts.subtitle, width(), Qt::AlignHCenter);
            add(Kind::Subtitle, QRect(0, m_y, width(), h), form.subtitle);
            m_y += h + units(2);
        }
        if (m_y > 0) {
            add(Kind::Rule, QRect(0, m_y, width(), 2 * lineWidth));
            m_y += 2 * lineWidth + units(4);
        }
    }

    void fields(const FormPrintout &form)
    {
        const int labelWidth = width() * labelColumnPercent / 100;
        const int valueLeft = labelWidth + columnGap;
        const int valueWidth = width() - valueLeft;
        const int lineHeight
            = qMax(QFontMetrics(m_fonts.label).height(), QFontMetrics(m_fonts.value).height());
        for (qsizetype f = 0; f < form.fields.size(); ++f) {
            const FormPrintout::Field &field = form.fields.at(f);
            const QStringList labels
                = printdrawing::wrappedLines(field.label, m_fonts.label, labelWidth);
            QStringList values = printdrawing::wrappedLines(field.value, m_fonts.value, valueWidth);
            if (values.isEmpty())
                values.append(u"-"_s); // an empty value is shown as empty on purpose, not missing
            const int lines = int(qMax(labels.size(), values.size()));
            // A field is kept on one page when it fits on one; a longer one starts where it is
            // and is cut between lines.
            const int height = lines * lineHeight + 2 * rowPadding;
            ensureRoom(height <= m_bottom ? height : lineHeight + 2 * rowPadding);
            m_y += rowPadding;
            for (int i = 0; i < lines; ++i) {
                if (ensureRoom(lineHeight + rowPadding))
                    m_y += rowPadding;
                if (i < labels.size())
                    add(Kind::Label, QRect(0, m_y, labelWidth, lineHeight), labels.at(i), int(f));
                if (i < values.size()) {
                    add(Kind::Value, QRect(valueLeft, m_y, valueWidth, lineHeight), values.at(i),
                        int(f));
                }
                m_y += lineHeight;
            }
            m_y += rowPadding;
            add(Kind::RowSeparator, QRect(0, m_y, width(), lineWidth), {}, int(f));
            m_y += lineWidth;
        }
    }

    // The QR symbol on the right and the signature lines beside it, two a row.
    void closing(const FormPrintout &form)
    {
        const QImage symbol = printdrawing::qrModuleImage(form.qrPayload);
        int qrSide = 0;
        int qrModule = 0;
        QStringList qrCaption;
        int qrBlock = 0;
        if (!symbol.isNull()) {
            const int across = symbol.width() + 2 * printdrawing::qrQuietZoneModules;
            qrModule = qMax(4, qrTarget / across);
            qrSide = across * qrModule;
            qrCaption = printdrawing::wrappedLines(form.qrPayload, m_fonts.qrCaption, qrSide);
            qrBlock = qrSide + int(qrCaption.size()) * QFontMetrics(m_fonts.qrCaption).height();
        }
        const int signaturesWidth = qrSide > 0 ? width() - qrSide - columnGap : width();
        const int columns = 2;
        const int columnWidth = signaturesWidth / columns;
        const auto captionHeight = [&](const QString &caption) {
            return printdrawing::textHeight(
                caption, m_fonts.caption, columnWidth - units(4), Qt::AlignHCenter);
        };
        const auto rowHeight = [&](qsizetype first) {
            int captions = 0;
            for (qsizetype i = first; i < first + columns && i < form.signatures.size(); ++i)
                captions = qMax(captions, captionHeight(form.signatures.at(i)));
            return signatureSpace + lineWidth + units(1) + captions;
        };

        if (qrBlock == 0 && form.signatures.isEmpty())
            return;
        m_y += units(8);
        const int firstRow = form.signatures.isEmpty() ? 0 : rowHeight(0);
        ensureRoom(qMax(qrBlock, firstRow));
        if (qrBlock > 0) {
            Item qr;
            qr.kind = Kind::QrCode;
            qr.page = m_pageIndex;
            qr.rect = QRect(width() - qrSide, m_y, qrSide, qrSide);
            qr.text = form.qrPayload;
            qr.qrModuleSize = qrModule;
            m_items.append(qr);
            int y = m_y + qrSide;
            for (const QString &line : std::as_const(qrCaption)) {
                const int h = QFontMetrics(m_fonts.qrCaption).height();
                add(Kind::QrCaption, QRect(width() - qrSide, y, qrSide, h), line);
                y += h;
            }
        }
        const int qrPage = m_pageIndex;
        const int qrBottom = m_y + qrBlock;
        for (qsizetype first = 0; first < form.signatures.size(); first += columns) {
            const int height = rowHeight(first);
            ensureRoom(height);
            const int lineY = m_y + signatureSpace;
            for (qsizetype i = first; i < first + columns && i < form.signatures.size(); ++i) {
                const int left = int(i - first) * columnWidth;
                const int lineLeft = left + qMax(0, (columnWidth - signatureLineWidth) / 2);
                add(Kind::SignatureLine,
                    QRect(lineLeft, lineY, qMin(signatureLineWidth, columnWidth), lineWidth));
                const QString &caption = form.signatures.at(i);
                add(Kind::SignatureCaption,
                    QRect(left + units(2), lineY + lineWidth + units(1), columnWidth - units(4),
                        captionHeight(caption)),
                    caption);
            }
            m_y += height + units(4);
        }
        if (m_pageIndex == qrPage)
            m_y = qMax(m_y, qrBottom);
    }

    void footers(const FormPrintout &form)
    {
        const int numberWidth = pageNumberWidth(form);
        const int lineHeight = QFontMetrics(m_fonts.footer).height();
        const int textWidth = width() - numberWidth - columnGap;
        const int textHeight = qMax(lineHeight,
            printdrawing::textHeight(form.footer, m_fonts.footer, textWidth, Qt::AlignLeft));
        const int top = m_page.height() - textHeight;
        const int pages = m_pageIndex + 1;
        for (int page = 0; page < pages; ++page) {
            m_pageIndex = page;
            add(Kind::RowSeparator, QRect(0, top - units(2), width(), lineWidth));
            if (!form.footer.isEmpty())
                add(Kind::Footer, QRect(0, top, textWidth, textHeight), form.footer);
            add(Kind::PageNumber, QRect(width() - numberWidth, top, numberWidth, lineHeight),
                u"%1 / %2"_s.arg(page + 1).arg(pages));
        }
    }

    const Fonts &m_fonts;
    QSize m_page;
    int m_bottom = 0; // where the footer starts
    int m_pageIndex = 0;
    int m_y = 0;
    QList<Item> m_items;
};

} // namespace

FormPdf::FormPdf(const QString &fontFamily)
    : m_fontFamily(fontFamily.isEmpty() ? printdrawing::defaultFontFamily() : fontFamily)
{ }

QPageLayout FormPdf::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
}

FormLayout FormPdf::layout(const FormPrintout &form) const
{
    const Fonts fonts = fontsFor(m_fontFamily);
    return Composer(fonts, pageLayout().paintRectPixels(dotsPerInch).size()).compose(form);
}

QByteArray FormPdf::render(const FormPrintout &form) const
{
    const FormLayout l = layout(form);
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(u"Saduak"_s);
        writer.setTitle(form.title);
        writer.setResolution(dotsPerInch);
        writer.setPageLayout(pageLayout());
        QPainter painter(&writer);
        for (int page = 0; page < l.pageCount; ++page) {
            if (page > 0)
                writer.newPage();
            paint(painter, l, page);
        }
    }
    return pdf;
}

void FormPdf::paint(QPainter &painter, const FormLayout &l, int page) const
{
    const Fonts fonts = fontsFor(m_fontFamily);
    painter.setPen(Qt::black);
    for (const Item &item : l.items) {
        if (item.page != page)
            continue;
        switch (item.kind) {
        case Kind::Title:
            printdrawing::drawText(painter, item.rect, item.text, fonts.title, Qt::AlignHCenter);
            break;
        case Kind::Subtitle:
            printdrawing::drawText(painter, item.rect, item.text, fonts.subtitle, Qt::AlignHCenter);
            break;
        case Kind::Rule:
        case Kind::SignatureLine:
            painter.fillRect(item.rect, Qt::black);
            break;
        case Kind::RowSeparator:
            painter.fillRect(item.rect, Qt::lightGray);
            break;
        case Kind::Label:
            printdrawing::drawText(painter, item.rect, item.text, fonts.label, Qt::AlignLeft);
            break;
        case Kind::Value:
            printdrawing::drawText(painter, item.rect, item.text, fonts.value, Qt::AlignLeft);
            break;
        case Kind::QrCode: {
            const int quiet = printdrawing::qrQuietZoneModules * item.qrModuleSize;
            printdrawing::paintQr(painter, item.rect.topLeft() + QPoint(quiet, quiet),
                printdrawing::qrModuleImage(item.text), item.qrModuleSize);
            break;
        }
        case Kind::QrCaption:
            printdrawing::drawText(
                painter, item.rect, item.text, fonts.qrCaption, Qt::AlignHCenter);
            break;
        case Kind::SignatureCaption:
            printdrawing::drawText(painter, item.rect, item.text, fonts.caption, Qt::AlignHCenter);
            break;
        case Kind::Footer:
            printdrawing::drawText(painter, item.rect, item.text, fonts.footer, Qt::AlignLeft);
            break;
        case Kind::PageNumber:
            printdrawing::drawText(painter, item.rect, item.text, fonts.footer, Qt::AlignRight);
            break;
        }
    }
}

} // namespace saduak
