// The Thai ID card read through the whole stack the app uses: PcscIdCardRead -> pcsc-lite ->
// a real pcscd -> the vsmartcard-vpcd driver -> TCP -> the emulated card (tests/support). Four
// figures in one run, each the median of `rounds` reads of the same card:
//   - Batched, text + photo (what the app and saduak-card do);
//   - PerField, text + photo (one READ BINARY a field, the photo in 20 chunks of 255 bytes: the
//     straightforward reader public code uses), for comparison in the same run;
//   - both again without the photo;
// plus one bare APDU round trip, the floor every command stands on.
// The emulated card answers in microseconds, so the figures are the cost of the PC/SC stack and
// the command count; a real card adds its own time per command (see docs/performance.md).
// Timings are printed, never asserted: this is not a test (and not in ctest).
#include "pcscdfixture.h"
#include "virtualthaiidcard.h"
#include "vpcdcardemulator.h"

#include "pcsc/pcsccardchannel.h"
#include "pcsc/pcsccontext.h"
#include "pcsc/pcscidcardread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace saduak::idcard;
using namespace saduak::testing;

namespace {

constexpr int rounds = 30;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct Figure
{
    int commands = 0;
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
};

bool measure(const PcscContext &context, const QString &reader, const CardReadOptions &options,
    Figure *figure)
{
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const CardReadResult result = PcscIdCardRead::readIn(context, reader, options);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (result.problem != CardProblem::None) {
            std::fprintf(stderr, "read failed: %s\n", qPrintable(result.detail));
            return false;
        }
        figure->commands = result.commandCount;
    }
    figure->medianMs = median(times);
    figure->minMs = *std::min_element(times.begin(), times.end());
    figure->maxMs = *std::max_element(times.begin(), times.end());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    PcscdFixture pcscd;
    QString why;
    if (!pcscd.start(&why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    auto card = VirtualThaiIdCard::fromFixture(
        QStringLiteral(SADUAK_CARD_FIXTURE_DIR) + u"/standard-3b68.json"_s, &why);
    if (!card) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    VpcdCardEmulator emulator(pcscd.vpcdPort(0));
    emulator.insertCard(card.get());
    PcscContext context;
    const bool present = QTest::qWaitFor(
        [&] {
            QList<ReaderInfo> readers;
            return context.establish().ok() && context.readers(&readers).ok() && !readers.isEmpty()
                && readers[0].cardPresent;
        },
        5000);
    if (!present) {
        std::fprintf(
            stderr, "the emulated card never showed in %s\n", qPrintable(pcscd.readerName(0)));
        return 1;
    }
    const QString reader = pcscd.readerName(0);

    // The floor: one SELECT and its answer, inside one open transaction.
    {
        PcscResult opened;
        auto channel = PcscCardChannel::open(context, reader, &opened);
        if (!channel) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.detail));
            return 1;
        }
        std::vector<double> times;
        for (int i = 0; i < 500; ++i) {
            QElapsedTimer timer;
            timer.start();
            channel->transmit("\x00\xA4\x04\x00\x08\xA0\x00\x00\x00\x54\x48\x00\x01"_ba);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("one APDU round trip (SELECT, 500 x): median %.3f ms, max %.3f ms\n",
            median(times), *std::max_element(times.begin(), times.end()));
    }

    std::printf("photo: %lld bytes (JPEG of the test fixture)\n", qlonglong(card->photo().size()));
    std::printf("%-32s %8s %12s %10s %10s\n", "read (median of 30)", "APDUs", "median ms", "min ms",
        "max ms");
    const struct
    {
        const char *name;
        CardReadOptions options;
    } cases[] = {
        {"Batched, text + photo", {true, ReadPlan::Batched}},
        {"PerField, text + photo", {true, ReadPlan::PerField}},
        {"Batched, text only", {false, ReadPlan::Batched}},
        {"PerField, text only", {false, ReadPlan::PerField}},
    };
    for (const auto &c : cases) {
        Figure figure;
        // One warm-up read: the first connect pays for pcscd's thread and the card's power-up.
        PcscIdCardRead::readIn(context, reader, c.options);
        if (!measure(context, reader, c.options, &figure))
            return 1;
        std::printf("%-32s %8d %12.2f %10.2f %10.2f\n", c.name, figure.commands, figure.medianMs,
            figure.minMs, figure.maxMs);
    }
    return 0;
}
