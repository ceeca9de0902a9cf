#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QIODevice;

namespace saduak {

class CentralDatabase;

// The administrator's commands for the complaint desk's officers (README.md):
//   saduak-central add-officer --user NAME --name "…" [--agency …]   (password on stdin)
//   saduak-central remove-officer --user NAME
// The password is read from stdin, never from the arguments (ps shows those to everyone).
class DeskCommands
{
public:
    static QList<QCommandLineOption> options(); // --user; --name and --agency are the parser's
    static bool handles(const QString &command); // "add-officer", "remove-officer"

    struct Output
    {
        int exitCode = 0; // 0 done, 1 refused or failed, 2 wrong usage
        QStringList out;
        QStringList err;
    };
    static Output run(const QString &command, const QCommandLineParser &parser,
        CentralDatabase &central, QIODevice &input);
};

} // namespace saduak
