#pragma once

#include "card/cardchannel.h"
#include "readerinfo.h"

#include <QList>
#include <QString>

#include <winscard.h>

namespace saduak::idcard {

// A PC/SC result for the program: the CardProblem a user is told about, and a line for developers
// ("SCardConnect: SCARD_E_SHARING_VIOLATION (0x8010000B)"). Never carries card data.
struct PcscResult
{
    LONG code = SCARD_S_SUCCESS;
    QString detail;

    bool ok() const { return code == SCARD_S_SUCCESS; }
    CardProblem problem() const { return PcscResult::problemFor(code); }

    static PcscResult of(const char *call, LONG code);
    static CardProblem problemFor(LONG code);
};

// An established PC/SC context (RAII: SCardReleaseContext on destruction). One per thread: a
// context is not meant to be shared by threads that block in it at the same time, except for
// SCardCancel, which exists to wake another thread's SCardGetStatusChange.
class PcscContext
{
public:
    PcscContext() = default;
    ~PcscContext();
    PcscContext(const PcscContext &) = delete;
    PcscContext &operator=(const PcscContext &) = delete;

    // SCardEstablishContext. SCARD_E_NO_SERVICE (problem PcscdNotRunning) when pcscd is not
    // running. Releases a context held before.
    PcscResult establish();
    void release();
    bool isEstablished() const { return m_context != 0; }
    SCARDCONTEXT handle() const { return m_context; }

    // The readers pcscd knows, in its order; an empty list (and ok) when there are none.
    PcscResult readerNames(QStringList *names) const;

    // Every reader with its card state right now (SCardGetStatusChange without waiting).
    PcscResult readers(QList<ReaderInfo> *readers) const;

private:
    SCARDCONTEXT m_context = 0;
};

// The reader state PC/SC reported in dwEventState, as a ReaderInfo.
ReaderInfo readerInfoFrom(const QString &name, DWORD eventState, const BYTE *atr, DWORD atrLength);

} // namespace saduak::idcard
