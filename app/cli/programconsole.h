#pragma once

#include <QString>

#include <cstdio>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace saduak {

// What a command-line program writes: one line, flushed at once (a script or a test reads it
// while the program runs, e.g. the port on a server's first line). stdout for what scripts take,
// stderr for notes and errors.
void printLine(FILE *stream, const QString &text);

// The value of a numeric option (its default if not given) as a whole number above 0, times
// unit (seconds given, milliseconds kept: 1000), which must fit an int. Nothing when it does
// not, and *why says so in the operator's language, naming the option: the program prints it and
// exits 2.
std::optional<int> positiveOption(const QCommandLineParser &parser,
    const QCommandLineOption &option, int unit = 1, QString *why = nullptr);

} // namespace saduak
