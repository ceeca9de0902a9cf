#pragma once

#include <QByteArray>
#include <QImage>

namespace saduak {

// Turns a rendered ticket into the ESC/POS byte stream of an 80 mm thermal printer:
//
//   ESC @                      initialize (clears modes a previous job may have left set)
//   GS v 0 m xL xH yL yH d…    raster bit image, m = 0 (normal density), one band at a time
//   …                          more bands
//   ESC d n                    print and feed n lines, past the tear bar
//   GS V 66 0                  feed to the cutter and cut partially (leaves a hinge)
//
// Raster data is 1 bit per dot, most significant bit first, 1 = black, (width + 7) / 8 bytes a
// row; the right edge of the last byte is padded with white. The image is sent in bands of at most
// Options::bandLines rows: some printers have receive buffers of a few tens of kilobytes and
// mishandle one very large GS v 0, while a band of 256 rows is 18 KB at 576 dots. Bands join
// without a seam, since each GS v 0 feeds the paper by exactly the rows it printed.
class EscPosEncoder
{
public:
    struct Options
    {
        int bandLines = 256; // rows per GS v 0 command, 1–65535
        int feedLines = 3; // ESC d n before the cut, 0–255
        bool cut = true;
    };

    static QByteArray encode(const QImage &image);
    static QByteArray encode(const QImage &image, const Options &options);

    // The 1-bit image the printer gets: Format_Mono, colour index 1 = black (the colour table is
    // {white, black}), so its scan lines are already GS v 0 rows. A pixel is black when its
    // luminance, after compositing any transparency onto white paper, is below level.
    static QImage threshold(const QImage &image, int level = 128);

    // DLE EOT 4: the real-time request for the roll paper sensor status (one byte answer).
    static QByteArray paperStatusRequest();
    // Bits 5 and 6 of the answer: the paper-end sensor sees no paper.
    static bool isPaperEnd(char status);
    // Bits 2 and 3: the near-end sensor says the roll is nearly used up.
    static bool isPaperNearEnd(char status);
};

} // namespace saduak
