#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace saduak {

// `saduak --mode counter|kiosk|display|supervisor [--db FILE] [--settings FILE] [--modules DIR]
//         [--language th|en] [--windowed] [--screenshot FILE]
//         [--serve [--port N] [--listen ADDRESS]]
//         | [--hub ws://HOST:PORT | wss://HOST:PORT --hub-pin PIN]
//           (--token TOKEN | --token-file FILE)`
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(saduak::CommandLine)
public:
    enum class Mode { Counter, Kiosk, Display, Supervisor };

    Mode mode = Mode::Counter;
    QString databasePath; // empty: from settings
    QString settingsPath; // empty: the user's config folder
    QString moduleFolder; // empty: from settings
    QString language; // "th", "en" or empty
    bool windowed = false; // kiosk and display start full screen unless this is set
    QString screenshotPath; // save the window as PNG once shown, then quit
    bool serve = false; // open the LAN port of the embedded hub
    int port = -1; // -1: from settings (7420)
    QString listenAddress; // empty: all addresses
    QString hubUrl; // join another PC's hub instead of running one
    QString hubToken; // this device's pairing token for that hub (--token or --token-file)
    QString hubPin; // the hub's key pin for a wss:// hub, as given (checked by main)

    // Parses arguments (argv[0] first). On --help/--version sets *exitCode 0 and text to print;
    // on an error returns nullopt with a translated message in *error and *exitCode 2.
    static std::optional<CommandLine> parse(
        const QStringList &arguments, QString *output, int *exitCode);

    // The value of --settings / --language before the full parse, so the help text and errors
    // can be shown in the user's language.
    static QString earlyValue(const QStringList &arguments, const QString &option);

    // The first line of a token file, which must be readable by its owner only; empty (why,
    // translated) when it cannot be read, is open to other users, or holds nothing.
    static QString readTokenFile(const QString &path, QString *why);
};

} // namespace saduak
