#pragma once

#include "cardchannel.h"
#include "thaiidcarddata.h"

#include <QString>
#include <optional>

namespace saduak::idcard {

// How the reader walks the card's memory.
//   Batched: neighbouring text fields in one READ BINARY of up to 255 bytes, the photo in the
//            fewest chunks; what the app and saduak-card use.
//   PerField: one READ BINARY a field and the photo in 20 chunks of 255 bytes, as public code
//            does; kept only so the benchmark can measure the difference in the same run.
enum class ReadPlan { Batched, PerField };

struct CardReadOptions
{
    bool readPhoto = true;
    ReadPlan plan = ReadPlan::Batched;
};

struct CardReadResult
{
    CardProblem problem = CardProblem::None;
    QString detail; // for developers and logs: which command, which status word; never personal data
    std::optional<ThaiIdCardData> card; // set when problem == None
    int commandCount = 0; // APDUs sent, GET RESPONSE included
};

// Reads a Thai national ID card through any CardChannel: selects the applet, reads and parses.
// Synchronous; the app runs it on a worker thread. Holds no state between reads.
class ThaiIdCardReader
{
public:
    static CardReadResult read(CardChannel &channel, const CardReadOptions &options = {});
};

} // namespace saduak::idcard
