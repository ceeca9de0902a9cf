#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace saduak {

class CentralDatabase;

// The operator's way to complaints on central's machine until the desk exists (README.md):
//   saduak-central complaint --tracking N --action register --category roads --note "…"
//       [--agency …] [--duplicate-of …] [--actor …]
//   saduak-central complaints [--overdue] [--state S] [--category C]
// The same store and rules as the desk (ComplaintStore, core's workflow). Knows no SQL.
class ComplaintCommands
{
public:
    static QList<QCommandLineOption> options(); // added to saduak-central's parser
    static bool handles(const QString &command); // "complaint", "complaints"

    // What a command printed, for main() to write out: stdout lines (a change's number and new
    // state; one tab-separated line a complaint) and stderr lines, and the exit code: 0 done,
    // 1 refused or failed, 2 wrong usage.
    struct Output
    {
        int exitCode = 0;
        QStringList out;
        QStringList err;
    };
    static Output run(
        const QString &command, const QCommandLineParser &parser, CentralDatabase &central);

private:
    static Output change(const QCommandLineParser &parser, CentralDatabase &central);
    static Output list(const QCommandLineParser &parser, CentralDatabase &central);
};

} // namespace saduak
