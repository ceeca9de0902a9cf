#include "pcsccontext.h"

#include <QByteArray>

#include <vector>

using namespace Qt::StringLiterals;

namespace saduak::idcard {

namespace {

// The name of the constant, so a log line can be searched for in pcsc-lite's documentation.
const char *codeName(LONG code)
{
    switch (code) {
    case SCARD_S_SUCCESS:
        return "SCARD_S_SUCCESS";
    case SCARD_E_CANCELLED:
        return "SCARD_E_CANCELLED";
    case SCARD_E_INVALID_HANDLE:
        return "SCARD_E_INVALID_HANDLE";
    case SCARD_E_INVALID_PARAMETER:
        return "SCARD_E_INVALID_PARAMETER";
    case SCARD_E_NO_MEMORY:
        return "SCARD_E_NO_MEMORY";
    case SCARD_E_INSUFFICIENT_BUFFER:
        return "SCARD_E_INSUFFICIENT_BUFFER";
    case SCARD_E_UNKNOWN_READER:
        return "SCARD_E_UNKNOWN_READER";
    case SCARD_E_TIMEOUT:
        return "SCARD_E_TIMEOUT";
    case SCARD_E_SHARING_VIOLATION:
        return "SCARD_E_SHARING_VIOLATION";
    case SCARD_E_NO_SMARTCARD:
        return "SCARD_E_NO_SMARTCARD";
    case SCARD_E_PROTO_MISMATCH:
        return "SCARD_E_PROTO_MISMATCH";
    case SCARD_E_NOT_READY:
        return "SCARD_E_NOT_READY";
    case SCARD_E_NOT_TRANSACTED:
        return "SCARD_E_NOT_TRANSACTED";
    case SCARD_E_READER_UNAVAILABLE:
        return "SCARD_E_READER_UNAVAILABLE";
    case SCARD_E_NO_SERVICE:
        return "SCARD_E_NO_SERVICE";
    case SCARD_E_SERVICE_STOPPED:
        return "SCARD_E_SERVICE_STOPPED";
    case SCARD_E_NO_READERS_AVAILABLE:
        return "SCARD_E_NO_READERS_AVAILABLE";
    case SCARD_F_COMM_ERROR:
        return "SCARD_F_COMM_ERROR";
    case SCARD_F_INTERNAL_ERROR:
        return "SCARD_F_INTERNAL_ERROR";
    case SCARD_W_UNRESPONSIVE_CARD:
        return "SCARD_W_UNRESPONSIVE_CARD";
    case SCARD_W_UNPOWERED_CARD:
        return "SCARD_W_UNPOWERED_CARD";
    case SCARD_W_RESET_CARD:
        return "SCARD_W_RESET_CARD";
    case SCARD_W_REMOVED_CARD:
        return "SCARD_W_REMOVED_CARD";
    default:
        return "SCARD_?";
    }
}

} // namespace

PcscResult PcscResult::of(const char *call, LONG code)
{
    PcscResult result;
    result.code = code;
    if (code != SCARD_S_SUCCESS) {
        result.detail = QString::fromLatin1(call) + u": "_s + QString::fromLatin1(codeName(code))
            + u" (0x"_s + QString::number(quint32(code), 16).toUpper() + u')';
    }
    return result;
}

CardProblem PcscResult::problemFor(LONG code)
{
    switch (code) {
    case SCARD_S_SUCCESS:
        return CardProblem::None;
    // The daemon is not there (never started, stopped, or restarted under an old context).
    case SCARD_E_NO_SERVICE:
    case SCARD_E_SERVICE_STOPPED:
        return CardProblem::PcscdNotRunning;
    case SCARD_E_NO_READERS_AVAILABLE:
    case SCARD_E_UNKNOWN_READER:
    case SCARD_E_READER_UNAVAILABLE:
        return CardProblem::NoReader;
    case SCARD_E_NO_SMARTCARD:
        return CardProblem::NoCard;
    case SCARD_W_REMOVED_CARD:
        return CardProblem::CardRemoved;
    case SCARD_W_RESET_CARD:
        return CardProblem::CardReset;
    case SCARD_E_SHARING_VIOLATION:
        return CardProblem::CardInUse;
    // A card that does not answer its ATR, or answers in a protocol the reader cannot speak, is
    // not a Thai ID card (which is a plain ISO 7816 T=0 card).
    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_W_UNPOWERED_CARD:
    case SCARD_E_PROTO_MISMATCH:
        return CardProblem::NotThaiIdCard;
    default:
        return CardProblem::ReaderFailure;
    }
}

PcscContext::~PcscContext()
{
    release();
}

PcscResult PcscContext::establish()
{
    release();
    SCARDCONTEXT context = 0;
    const LONG code = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    if (code == SCARD_S_SUCCESS)
        m_context = context;
    return PcscResult::of("SCardEstablishContext", code);
}

void PcscContext::release()
{
    if (m_context != 0)
        SCardReleaseContext(m_context);
    m_context = 0;
}

PcscResult PcscContext::readerNames(QStringList *names) const
{
    names->clear();
    DWORD length = 0;
    LONG code = SCardListReaders(m_context, nullptr, nullptr, &length);
    // A reader may be plugged in between the two calls: ask again when the buffer got too small.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (code == SCARD_E_NO_READERS_AVAILABLE)
            return {};
        if (code != SCARD_S_SUCCESS)
            return PcscResult::of("SCardListReaders", code);
        std::vector<char> buffer(length + 1, '\0');
        code = SCardListReaders(m_context, nullptr, buffer.data(), &length);
        if (code == SCARD_E_INSUFFICIENT_BUFFER) {
            code = SCardListReaders(m_context, nullptr, nullptr, &length);
            continue;
        }
        if (code == SCARD_E_NO_READERS_AVAILABLE)
            return {};
        if (code != SCARD_S_SUCCESS)
            return PcscResult::of("SCardListReaders", code);
        // A multi-string: names separated by NUL, ended by an empty name.
        for (const char *p = buffer.data(); p < buffer.data() + length && *p; p += qstrlen(p) + 1)
            names->append(QString::fromUtf8(p));
        return {};
    }
    return PcscResult::of("SCardListReaders", code);
}

PcscResult PcscContext::readers(QList<ReaderInfo> *readers) const
{
    readers->clear();
    QStringList names;
    if (PcscResult listed = readerNames(&names); !listed.ok())
        return listed;
    if (names.isEmpty())
        return {};
    std::vector<QByteArray> utf8Names;
    std::vector<SCARD_READERSTATE> states(size_t(names.size()));
    for (const QString &name : names)
        utf8Names.push_back(name.toUtf8());
    for (size_t i = 0; i < states.size(); ++i) {
        states[i] = {};
        states[i].szReader = utf8Names[i].constData();
        states[i].dwCurrentState = SCARD_STATE_UNAWARE;
    }
    const LONG code = SCardGetStatusChange(m_context, 0, states.data(), DWORD(states.size()));
    // With UNAWARE every reader "changed", so pcsc-lite answers at once; a timeout would only
    // mean nothing changed, which cannot happen here.
    if (code != SCARD_S_SUCCESS && code != SCARD_E_TIMEOUT)
        return PcscResult::of("SCardGetStatusChange", code);
    for (size_t i = 0; i < states.size(); ++i) {
        if (states[i].dwEventState & SCARD_STATE_UNKNOWN)
            continue; // unplugged between the two calls
        readers->append(readerInfoFrom(
            names[qsizetype(i)], states[i].dwEventState, states[i].rgbAtr, states[i].cbAtr));
    }
    return {};
}

ReaderInfo readerInfoFrom(const QString &name, DWORD eventState, const BYTE *atr, DWORD atrLength)
{
    ReaderInfo info;
    info.name = name;
    info.cardPresent = (eventState & SCARD_STATE_PRESENT) != 0;
    info.cardInUse = (eventState & SCARD_STATE_EXCLUSIVE) != 0;
    info.cardMute = (eventState & SCARD_STATE_MUTE) != 0;
    if (info.cardPresent && atrLength > 0)
        info.atr = QByteArray(reinterpret_cast<const char *>(atr), qsizetype(atrLength));
    return info;
}

} // namespace saduak::idcard
