#pragma once

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QString>

namespace saduak::test {

// poppler-utils reading a PDF the way a reader or a PDF printer would; each sets why and returns
// an empty result when the tool is missing or fails.

// pdftoppm: one page (from 1) as an image at dpi.
QImage renderPdfPage(const QByteArray &pdf, int dpi, int page, QString *why);
// pdftotext -raw: the text in the order it was drawn; "\f" between pages.
QString pdfText(const QByteArray &pdf, QString *why);
// text made comparable with what was printed: NFKC (the "ffi" ligature is three letters; SARA AM
// is NIKHAHIT and SARA AA, as the Thai fonts draw it), without white space, and without the Thai
// marks that fonts draw in more than one place (MAITAIKHU to YAMAKKAN, U+0E47–U+0E4E). The TLWG
// fonts have their own glyphs for a tone mark lowered over a consonant without an upper vowel,
// mapped to Private Use code points (U+F70A…) in their cmap; Qt's PDF writer puts those in the
// ToUnicode map, so text extraction gives the private code or nothing, while the page shows the
// right mark (checked on rendered pages). Private Use characters are left out too.
QString comparableText(const QString &text);
// pdfinfo: the number of pages and the first page's size in points.
struct PdfInfo
{
    int pages = 0;
    QSizeF pageSizePt;
};
PdfInfo pdfInfo(const QByteArray &pdf, QString *why);

} // namespace saduak::test
