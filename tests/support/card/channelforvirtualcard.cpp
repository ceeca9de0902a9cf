#include "channelforvirtualcard.h"

#include "card/apdu.h"

namespace saduak::testing {

idcard::ApduResponse ChannelForVirtualCard::transmit(const QByteArray &commandApdu)
{
    m_commands.append(commandApdu);
    const std::optional<QByteArray> raw = m_card.respond(commandApdu);
    if (!raw) {
        idcard::ApduResponse gone;
        gone.problem = idcard::CardProblem::CardRemoved;
        return gone;
    }
    return idcard::apdu::splitResponse(*raw);
}

} // namespace saduak::testing
