#pragma once

#include "card/thaiidcardreader.h"
#include "pcsccontext.h"

#include <QString>

namespace saduak::idcard {

// The one way a Thai ID card is read through PC/SC, shared by the app (on its read thread) and
// saduak-card: pick the reader, open the card with a transaction, ThaiIdCardReader::read, and
// start over once when another program reset the card halfway. Synchronous: never on a UI thread.
class PcscIdCardRead
{
public:
    struct Outcome
    {
        CardReadResult result;
        QString reader; // the reader that was read (empty when none could be chosen)
    };

    // Chooses the reader (chooseReader: the pinned one, else the first with a card) and reads.
    static Outcome readChosen(
        const PcscContext &context, const QString &pinnedReader, const CardReadOptions &options);

    // Reads the card in `reader`.
    static CardReadResult readIn(
        const PcscContext &context, const QString &reader, const CardReadOptions &options);
};

} // namespace saduak::idcard
