#pragma once

#include <QImage>
#include <QRect>
#include <QString>

class QPainter;

namespace saduak {

struct TicketPrintout;

// Where each part of a ticket goes, in printer dots (origin top-left of the printable area).
struct TicketLayout
{
    int width = 0;
    int height = 0;
    QRect centerThaiName;
    QRect centerEnglishName;
    QRect serviceThaiName;
    QRect serviceEnglishName;
    QRect ticketNumber;
    QRect issuedThai; // "26 พ.ย. 2569 14:05"
    QRect issuedEnglish; // "26 Nov 2026 14:05"
    QRect waitingAheadThai;
    QRect waitingAheadEnglish;
    QRect qrCode; // including its quiet zone; empty if the payload could not be encoded
    QRect qrCaption; // "scan for your queue's status", both languages
    int qrModuleDots = 0; // dots per QR module
};

// Draws a queue ticket for an 80 mm thermal printer: 576 dots wide (72 mm printable at 203 dpi).
//
// The whole ticket, Thai text included, is one raster image. Thermal printers' character code
// pages for Thai differ by make and model (TIS-620 at different page numbers, some without Thai
// vowel and tone-mark stacking at all), so text sent as characters prints correctly on one printer
// and as garbage on the next; a bitmap prints the same everywhere.
//
// The drawing is black on white with antialiasing off, so it survives the 1-bit threshold of
// EscPosEncoder unchanged and the preview is what the paper shows.
class TicketRenderer
{
public:
    static constexpr int paperWidthDots = 576;
    static constexpr int dotsPerInch = 203;

    // fontFamily empty: the first installed of the Thai TLWG families (Loma, Garuda, Norasi…),
    // else whatever family the system offers for Thai.
    explicit TicketRenderer(const QString &fontFamily = {});

    QString fontFamily() const { return m_fontFamily; }

    TicketLayout layout(const TicketPrintout &printout) const;
    // Grayscale8, paperWidthDots wide, only black (0) and white (255) pixels.
    QImage render(const TicketPrintout &printout) const;
    // Paints the ticket in dots onto any device (a QImage, a QPdfWriter at dotsPerInch).
    void paint(QPainter &painter, const TicketPrintout &printout) const;

    // The QR symbol of payload (error correction M), each module moduleDots square, with a white
    // quiet zone of quietZoneModules around it. Null if the payload cannot be encoded.
    static QImage qrCode(const QString &payload, int moduleDots, int quietZoneModules = 4);
    // Modules across the symbol alone (no quiet zone); 0 if the payload cannot be encoded.
    static int qrModules(const QString &payload);

    // The Thai font families tried in order when none is given.
    static QStringList preferredFontFamilies();

private:
    void paint(QPainter &painter, const TicketPrintout &printout, const TicketLayout &layout) const;

    QString m_fontFamily;
};

} // namespace saduak
