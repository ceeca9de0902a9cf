#include "programconsole.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <limits>

namespace saduak {

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

std::optional<int> positiveOption(const QCommandLineParser &parser,
    const QCommandLineOption &option, int unit, QString *why)
{
    bool ok = false;
    const qint64 given = parser.value(option).toLongLong(&ok);
    if (ok && given > 0 && unit > 0 && given <= std::numeric_limits<int>::max() / unit)
        return int(given * unit);
    if (why)
        *why = QCoreApplication::translate("saduak::ProgramConsole",
            QT_TRANSLATE_NOOP("saduak::ProgramConsole", "--%1 needs a whole number above 0."))
                   .arg(option.names().constFirst());
    return std::nullopt;
}

} // namespace saduak
