#include "commandline.h"

#include <QCommandLineParser>
#include <QFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace saduak {

QString CommandLine::earlyValue(const QStringList &arguments, const QString &option)
{
    const QString flag = u"--"_s + option;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == flag && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(flag + u'='))
            return arguments.at(i).mid(flag.size() + 1);
    }
    return {};
}

QString CommandLine::readTokenFile(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = tr("The token file %1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    // A token open to other users of the PC is as good as theirs: refused, as central refuses a
    // key file open to others.
    if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) {
        *why = tr("The token file %1 can be read by other users of this PC. Make it private "
                  "(chmod 600 %1) and start again.")
                   .arg(path);
        return {};
    }
    const QString token = QString::fromUtf8(file.readLine(4096)).trimmed();
    if (token.isEmpty())
        *why = tr("The token file %1 holds no token (its first line is empty).").arg(path);
    return token;
}

std::optional<CommandLine> CommandLine::parse(
    const QStringList &arguments, QString *output, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Saduak: queue, counters and services of a one-stop Government Center."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption version(u"version"_s, tr("Show the version."));
    const QCommandLineOption mode(
        u"mode"_s, tr("Screen to show: counter, kiosk, display or supervisor."), tr("mode"),
        u"counter"_s);
    const QCommandLineOption db(u"db"_s, tr("Branch database file (SQLite)."), tr("file"));
    const QCommandLineOption settings(u"settings"_s, tr("Settings file (INI)."), tr("file"));
    const QCommandLineOption modules(u"modules"_s, tr("Folder of module plugins."), tr("folder"));
    const QCommandLineOption language(u"language"_s, tr("Language: th or en."), tr("code"));
    const QCommandLineOption windowed(
        u"windowed"_s, tr("Show the kiosk and display in a window, not full screen."));
    const QCommandLineOption screenshot(
        u"screenshot"_s, tr("Save the screen as a PNG image once shown, then quit."), tr("file"));
    const QCommandLineOption serve(
        u"serve"_s, tr("Also serve the branch to other PCs on the LAN."));
    const QCommandLineOption port(
        u"port"_s, tr("LAN port for --serve (default 7420)."), tr("port"));
    const QCommandLineOption listen(
        u"listen"_s, tr("Address to serve on (default: all)."), tr("address"));
    const QCommandLineOption hub(u"hub"_s,
        tr("Join the hub at this address (ws://host:port or wss://host:port)."), tr("url"));
    const QCommandLineOption hubPin(u"hub-pin"_s,
        tr("The pin of a wss:// hub's key, shown at pairing (hub/pinSha256)."), tr("pin"));
    const QCommandLineOption token(
        u"token"_s, tr("This device's pairing token (saduak-hub pair-device)."), tr("token"));
    const QCommandLineOption tokenFile(u"token-file"_s,
        tr("A file holding this device's pairing token, readable by its owner only (so that "
           "ps does not show the token)."),
        tr("file"));
    parser.addOptions({help, version, mode, db, settings, modules, language, windowed, screenshot,
        serve, port, listen, hub, hubPin, token, tokenFile});

    *exitCode = 2;
    if (!parser.parse(arguments)) {
        *output = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        *output = parser.helpText();
        *exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        *output = u"saduak "_s + QStringLiteral(SADUAK_VERSION);
        *exitCode = 0;
        return std::nullopt;
    }

    CommandLine result;
    const QString modeText = parser.value(mode);
    if (modeText == u"counter"_s)
        result.mode = Mode::Counter;
    else if (modeText == u"kiosk"_s)
        result.mode = Mode::Kiosk;
    else if (modeText == u"display"_s)
        result.mode = Mode::Display;
    else if (modeText == u"supervisor"_s)
        result.mode = Mode::Supervisor;
    else {
        *output = tr("Unknown mode \"%1\": use counter, kiosk, display or supervisor.")
                      .arg(modeText);
        return std::nullopt;
    }
    result.language = parser.value(language);
    if (!result.language.isEmpty() && result.language != u"th"_s && result.language != u"en"_s) {
        *output = tr("Unknown language \"%1\": use th or en.").arg(result.language);
        return std::nullopt;
    }
    result.databasePath = parser.value(db);
    result.settingsPath = parser.value(settings);
    result.moduleFolder = parser.value(modules);
    result.windowed = parser.isSet(windowed);
    result.screenshotPath = parser.value(screenshot);
    result.serve = parser.isSet(serve);
    result.listenAddress = parser.value(listen);
    result.hubUrl = parser.value(hub);
    result.hubToken = parser.value(token);
    result.hubPin = parser.value(hubPin);
    if (parser.isSet(tokenFile)) {
        if (parser.isSet(token)) {
            *output = tr("Give the token either with --token or with --token-file, not both.");
            return std::nullopt;
        }
        QString why;
        result.hubToken = readTokenFile(parser.value(tokenFile), &why);
        if (result.hubToken.isEmpty()) {
            *output = why;
            return std::nullopt;
        }
    }
    if (parser.isSet(port)) {
        bool ok = false;
        result.port = parser.value(port).toInt(&ok);
        if (!ok || result.port < 0 || result.port > 65535) {
            *output = tr("The port must be a number from 0 to 65535.");
            return std::nullopt;
        }
    }
    if (result.serve && !result.hubUrl.isEmpty()) {
        *output = tr("Use either --serve (this PC is the hub) or --hub (join another), not both.");
        return std::nullopt;
    }
    if (!result.hubUrl.isEmpty()) {
        const QUrl url(result.hubUrl);
        if (!url.isValid() || (url.scheme() != u"ws"_s && url.scheme() != u"wss"_s)
            || url.host().isEmpty()) {
            *output = tr("The hub address must look like wss://192.168.1.10:7420 (ws:// only for a hub on this PC).");
            return std::nullopt;
        }
    }
    *exitCode = 0;
    return result;
}

} // namespace saduak
