// Fuzz target: the QR payloads Saduak prints (app/printing): the ticket's status URL
// (TicketPrintout::statusUrl, built from the kiosk's configured base and the ticket id) and any
// module payload (a receipt's or a form's qrPayload), encoded by printdrawing::qrModuleImage.
// There is no booking-QR reader in the code yet (DESIGN.md plans one): when there is, its parser
// belongs here too.
//
// Input: the status base URL, a NUL byte, the ticket id (UTF-8); without a NUL, the whole input
// is a module's payload.
//
// Invariants: every payload that fits a QR symbol gives one (TicketRenderer::qrModules agrees),
// and reading the symbol back with zxing-cpp's reader gives the payload exactly; the
// status URL is a valid URL whose last path segment, decoded, is the ticket id.

#include "fuzzcheck.h"

#include "qrdecode.h"

#include <printing/printdrawing.h>
#include <printing/ticketprintout.h>
#include <printing/ticketrenderer.h>

#include <QImage>
#include <QUrl>

#include <cstdint>

using namespace saduak;
using namespace Qt::StringLiterals;

namespace {

// The symbol as a printer puts it on paper: four modules of white around it, each module a
// square of dots.
QImage printed(const QImage &symbol)
{
    constexpr int dots = 3;
    const int quiet = printdrawing::qrQuietZoneModules;
    QImage page((symbol.width() + 2 * quiet) * dots, (symbol.height() + 2 * quiet) * dots,
        QImage::Format_Grayscale8);
    page.fill(255);
    for (int y = 0; y < symbol.height(); ++y)
        for (int x = 0; x < symbol.width(); ++x)
            if (symbol.pixelIndex(x, y) == 1)
                for (int dy = 0; dy < dots; ++dy)
                    std::fill_n(page.scanLine((y + quiet) * dots + dy) + (x + quiet) * dots, dots, 0);
    return page;
}

void checkRoundTrip(const QString &payload)
{
    const QImage symbol = printdrawing::qrModuleImage(payload);
    const int modules = TicketRenderer::qrModules(payload);
    FUZZ_CHECK(symbol.isNull() == (modules == 0), "qrModules agrees with the symbol");
    // At most 600 input bytes: at most 1,800 bytes of UTF-8, within a symbol's 2,331 at level M.
    FUZZ_CHECK(symbol.isNull() == payload.isEmpty(), "a symbol for every payload that fits");
    if (symbol.isNull())
        return;
    FUZZ_CHECK(symbol.width() == modules && symbol.height() == modules, "a square symbol");
    const test::DecodedQr read = test::decodeQr(printed(symbol));
    FUZZ_CHECK(read.text == payload, "the symbol reads back as the payload");
    FUZZ_CHECK(read.ecLevel == u"M"_s, "error correction M");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Beyond a few hundred characters no symbol fits a ticket: nothing new to learn, only time.
    if (size > 600)
        return 0;
    const QByteArrayView bytes(data, qsizetype(size));
    const qsizetype nul = bytes.indexOf('\0');
    if (nul < 0) {
        checkRoundTrip(QString::fromUtf8(bytes));
        return 0;
    }
    const QUrl base(QString::fromUtf8(bytes.first(nul)));
    const QString ticketId = QString::fromUtf8(bytes.sliced(nul + 1));
    if (!base.isValid() || ticketId.isEmpty())
        return 0;
    const QString status = TicketPrintout::statusUrl(base, ticketId);
    const QUrl url(status, QUrl::StrictMode);
    FUZZ_CHECK(url.isValid(), "the status URL is a URL");
    const QString path = url.path(QUrl::FullyEncoded);
    const qsizetype cut = path.lastIndexOf(u"/t/"_s);
    FUZZ_CHECK(cut >= 0, "the status URL ends in /t/<ticket>");
    FUZZ_CHECK(QUrl::fromPercentEncoding(path.sliced(cut + 3).toUtf8()) == ticketId,
        "the status URL names the ticket");
    checkRoundTrip(status);
    return 0;
}
