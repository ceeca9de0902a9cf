#include "readerinfo.h"

namespace saduak::idcard {

QString chooseReader(
    const QList<ReaderInfo> &readers, const QString &pinnedReader, CardProblem *problem)
{
    const auto fail = [problem](CardProblem why) {
        if (problem)
            *problem = why;
        return QString();
    };
    if (readers.isEmpty())
        return fail(CardProblem::NoReader);
    for (const ReaderInfo &reader : readers) {
        if (!pinnedReader.isEmpty() && reader.name != pinnedReader)
            continue;
        if (reader.cardPresent) {
            if (problem)
                *problem = CardProblem::None;
            return reader.name;
        }
        if (!pinnedReader.isEmpty())
            return fail(CardProblem::NoCard);
    }
    return fail(pinnedReader.isEmpty() ? CardProblem::NoCard : CardProblem::NoReader);
}

} // namespace saduak::idcard
