#include "pcscidcardread.h"

#include "pcsccardchannel.h"

using namespace Qt::StringLiterals;

namespace saduak::idcard {

PcscIdCardRead::Outcome PcscIdCardRead::readChosen(
    const PcscContext &context, const QString &pinnedReader, const CardReadOptions &options)
{
    Outcome outcome;
    QList<ReaderInfo> readers;
    if (const PcscResult listed = context.readers(&readers); !listed.ok()) {
        outcome.result.problem = listed.problem();
        outcome.result.detail = listed.detail;
        return outcome;
    }
    CardProblem why = CardProblem::None;
    outcome.reader = chooseReader(readers, pinnedReader, &why);
    if (outcome.reader.isEmpty()) {
        outcome.result.problem = why;
        outcome.result.detail = pinnedReader.isEmpty()
            ? u"%1 readers, none with a card"_s.arg(readers.size())
            : u"pinned reader \"%1\" is missing or empty"_s.arg(pinnedReader);
        return outcome;
    }
    outcome.result = readIn(context, outcome.reader, options);
    return outcome;
}

CardReadResult PcscIdCardRead::readIn(
    const PcscContext &context, const QString &reader, const CardReadOptions &options)
{
    CardReadResult result;
    int commandsBefore = 0;
    for (int attempt = 0; attempt < 2; ++attempt) {
        PcscResult opened;
        const std::unique_ptr<PcscCardChannel> channel
            = PcscCardChannel::open(context, reader, &opened);
        if (!channel) {
            result = {};
            result.problem = opened.problem();
            result.detail = opened.detail;
            result.commandCount = commandsBefore;
            return result;
        }
        result = ThaiIdCardReader::read(*channel, options);
        result.commandCount += commandsBefore;
        if (result.problem != CardProblem::None && !channel->lastDetail().isEmpty())
            result.detail += u" ("_s + channel->lastDetail() + u')';
        // Reset by another program mid-read: the card forgot the selected applet. Once more
        // from the start; a second reset in a row is reported (someone keeps resetting it).
        if (result.problem != CardProblem::CardReset)
            return result;
        commandsBefore = result.commandCount;
    }
    return result;
}

} // namespace saduak::idcard
