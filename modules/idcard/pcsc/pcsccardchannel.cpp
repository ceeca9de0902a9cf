#include "pcsccardchannel.h"

#include <QByteArray>

using namespace Qt::StringLiterals;

namespace saduak::idcard {

namespace {

// Short APDUs only: 255 bytes of data + SW1 SW2 is the most a Thai ID card answers; a little
// headroom for readers that pass extended answers through.
constexpr DWORD responseBufferSize = 258 + 16;

} // namespace

PcscCardChannel::PcscCardChannel(SCARDCONTEXT context, const QString &reader)
    : m_context(context), m_reader(reader)
{ }

std::unique_ptr<PcscCardChannel> PcscCardChannel::open(
    const PcscContext &context, const QString &reader, PcscResult *result)
{
    std::unique_ptr<PcscCardChannel> channel(new PcscCardChannel(context.handle(), reader));
    PcscResult outcome = channel->connect();
    if (outcome.ok()) {
        outcome = channel->beginTransaction();
        // Someone reset the card between our connect and our transaction: nothing was sent
        // yet, so reconnecting once is all it takes.
        if (outcome.code == SCARD_W_RESET_CARD) {
            outcome = channel->reconnectAfterReset();
            if (outcome.ok())
                outcome = channel->beginTransaction();
        }
    }
    if (result)
        *result = outcome;
    if (!outcome.ok())
        return nullptr;
    channel->readAtr();
    return channel;
}

PcscCardChannel::~PcscCardChannel()
{
    if (m_inTransaction)
        SCardEndTransaction(m_card, SCARD_LEAVE_CARD);
    if (m_card != 0)
        SCardDisconnect(m_card, SCARD_LEAVE_CARD);
}

PcscResult PcscCardChannel::connect()
{
    const QByteArray name = m_reader.toUtf8();
    const LONG code = SCardConnect(m_context, name.constData(), SCARD_SHARE_SHARED,
        SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &m_card, &m_protocol);
    if (code != SCARD_S_SUCCESS)
        m_card = 0;
    m_sentSinceConnect = false;
    return PcscResult::of("SCardConnect", code);
}

PcscResult PcscCardChannel::reconnectAfterReset()
{
    m_inTransaction = false; // a reset ends any transaction
    const LONG code = SCardReconnect(m_card, SCARD_SHARE_SHARED,
        SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, SCARD_LEAVE_CARD, &m_protocol);
    m_sentSinceConnect = false;
    return PcscResult::of("SCardReconnect", code);
}

PcscResult PcscCardChannel::beginTransaction()
{
    const LONG code = SCardBeginTransaction(m_card);
    m_inTransaction = code == SCARD_S_SUCCESS;
    return PcscResult::of("SCardBeginTransaction", code);
}

void PcscCardChannel::readAtr()
{
    BYTE atr[MAX_ATR_SIZE];
    DWORD atrLength = sizeof atr;
    DWORD state = 0;
    DWORD protocol = 0;
    DWORD nameLength = 0;
    // Only the ATR is wanted; pcsc-lite accepts a null name buffer with its length.
    if (SCardStatus(m_card, nullptr, &nameLength, &state, &protocol, atr, &atrLength)
        == SCARD_S_SUCCESS)
        m_atr = QByteArray(reinterpret_cast<const char *>(atr), qsizetype(atrLength));
}

ApduResponse PcscCardChannel::failed(const PcscResult &result)
{
    m_lastDetail = result.detail;
    ApduResponse response;
    response.problem = result.problem();
    return response;
}

ApduResponse PcscCardChannel::transmit(const QByteArray &commandApdu)
{
    for (int attempt = 0;; ++attempt) {
        BYTE answer[responseBufferSize];
        DWORD answerLength = sizeof answer;
        const SCARD_IO_REQUEST *pci = m_protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
        const LONG code
            = SCardTransmit(m_card, pci, reinterpret_cast<const BYTE *>(commandApdu.constData()),
                DWORD(commandApdu.size()), nullptr, answer, &answerLength);
        if (code == SCARD_W_RESET_CARD && attempt == 0) {
            const bool wasFresh = !m_sentSinceConnect;
            PcscResult reconnected = reconnectAfterReset();
            if (reconnected.ok())
                reconnected = beginTransaction();
            if (!reconnected.ok())
                return failed(reconnected);
            if (wasFresh)
                continue; // the card lost nothing we had told it
            return failed(PcscResult::of("SCardTransmit", SCARD_W_RESET_CARD));
        }
        m_sentSinceConnect = true;
        if (code == SCARD_E_NOT_TRANSACTED || code == SCARD_F_COMM_ERROR) {
            // The reader lost the card's answer: with the card gone pcscd says so a moment later;
            // ask it now so a pulled card is reported as pulled, not as a broken reader.
            DWORD state = 0;
            DWORD protocol = 0;
            DWORD nameLength = 0;
            DWORD atrLength = 0;
            const LONG status
                = SCardStatus(m_card, nullptr, &nameLength, &state, &protocol, nullptr, &atrLength);
            if (status == SCARD_W_REMOVED_CARD || status == SCARD_E_NO_SMARTCARD
                || (status == SCARD_S_SUCCESS && !(state & SCARD_PRESENT)))
                return failed(PcscResult::of("SCardTransmit", SCARD_W_REMOVED_CARD));
        }
        if (code != SCARD_S_SUCCESS)
            return failed(PcscResult::of("SCardTransmit", code));
        // Every answer ends with SW1 SW2. Less than that is a card that left while answering
        // (vpcd passes an empty answer through as success): never data.
        if (answerLength < 2) {
            m_lastDetail
                = u"SCardTransmit: %1-byte answer without a status word"_s.arg(answerLength);
            ApduResponse response;
            response.problem = CardProblem::CardRemoved;
            return response;
        }
        ApduResponse response;
        response.data
            = QByteArray(reinterpret_cast<const char *>(answer), qsizetype(answerLength - 2));
        response.statusWord = quint16((answer[answerLength - 2] << 8) | answer[answerLength - 1]);
        return response;
    }
}

} // namespace saduak::idcard
