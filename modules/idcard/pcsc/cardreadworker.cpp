#include "cardreadworker.h"

#include "pcsccontext.h"
#include "pcscidcardread.h"

namespace saduak::idcard {

CardReadWorker::CardReadWorker(QObject *parent) : QObject(parent) { }

CardReadWorker::~CardReadWorker() = default;

void CardReadWorker::read(const QString &reader, const CardReadOptions &options)
{
    if (!m_context)
        m_context = std::make_unique<PcscContext>();
    CardReadResult result;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_context->isEstablished()) {
            if (const PcscResult established = m_context->establish(); !established.ok()) {
                result.problem = established.problem();
                result.detail = established.detail;
                break;
            }
        }
        result = PcscIdCardRead::readIn(*m_context, reader, options);
        // A context from before a pcscd restart is refused: one more try on a fresh one.
        if (result.problem != CardProblem::PcscdNotRunning
            && result.problem != CardProblem::ReaderFailure)
            break;
        m_context->release();
    }
    Q_EMIT finished(reader, result);
}

} // namespace saduak::idcard
