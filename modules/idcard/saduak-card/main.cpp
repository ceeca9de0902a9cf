// saduak-card: the ID-card reader from a terminal, for support staff. The same reader code as the
// app (PcscIdCardRead); the JSON is the one documented in modules/idcard/README.md.
//   saduak-card readers [--json]
//   saduak-card read [--json] [--photo FILE] [--reader NAME]
// Exit codes: see exitCodeFor() and --help. The card's data goes to stdout only (that is the
// tool's job); stderr gets one line naming the problem, never personal data.
#include "card/cardproblemtext.h"
#include "card/thaiidcardjson.h"
#include "pcsc/pcsccontext.h"
#include "pcsc/pcscidcardread.h"

#include <i18n/translation.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QSaveFile>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::idcard;

namespace {

enum ExitCode {
    Ok = 0,
    Usage = 2,
    PcscdNotRunning = 3,
    NoReader = 4,
    NoCard = 5,
    NotThaiIdCard = 6,
    CardRemoved = 7,
    ReaderError = 8,
    CardInUse = 9,
    PhotoNotWritten = 10,
};

int exitCodeFor(CardProblem problem)
{
    switch (problem) {
    case CardProblem::None:
        return Ok;
    case CardProblem::PcscdNotRunning:
        return PcscdNotRunning;
    case CardProblem::NoReader:
        return NoReader;
    case CardProblem::NoCard:
        return NoCard;
    case CardProblem::NotThaiIdCard:
        return NotThaiIdCard;
    case CardProblem::CardRemoved:
        return CardRemoved;
    case CardProblem::CardInUse:
        return CardInUse;
    case CardProblem::CardReset:
    case CardProblem::UnreadableData:
    case CardProblem::ReaderFailure:
        return ReaderError;
    }
    return ReaderError;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("saduak-card", text);
}

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// The one line on stderr: the officer's sentence for the problem.
int fail(CardProblem problem, bool json)
{
    if (json)
        writeOut(jsonText(problemToJson(problem)));
    std::fputs(CardMessages::problemText(problem).toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    return exitCodeFor(problem);
}

QString stateText(const ReaderInfo &reader)
{
    if (!reader.cardPresent)
        return translated(QT_TRANSLATE_NOOP("saduak-card", "no card"));
    if (reader.cardInUse)
        return translated(QT_TRANSLATE_NOOP("saduak-card", "card, in use by another program"));
    if (reader.cardMute)
        return translated(QT_TRANSLATE_NOOP("saduak-card", "card that does not answer"));
    return translated(QT_TRANSLATE_NOOP("saduak-card", "card"));
}

int listReaders(bool json)
{
    PcscContext context;
    QList<ReaderInfo> readers;
    PcscResult result = context.establish();
    if (result.ok())
        result = context.readers(&readers);
    if (!result.ok())
        return fail(result.problem(), json);
    if (readers.isEmpty())
        return fail(CardProblem::NoReader, json);
    if (json) {
        QJsonArray list;
        for (const ReaderInfo &reader : readers) {
            list.append(
                QJsonObject {{u"name"_s, reader.name}, {u"cardPresent"_s, reader.cardPresent},
                    {u"cardInUse"_s, reader.cardInUse}, {u"cardMute"_s, reader.cardMute},
                    {u"atr"_s, QString::fromLatin1(reader.atr.toHex(' ').toUpper())}});
        }
        writeOut(jsonText(QJsonObject {{u"readers"_s, list}}));
        return Ok;
    }
    // One reader a line, name and state separated by a tab, so a script can cut it.
    QByteArray text;
    for (const ReaderInfo &reader : readers)
        text += reader.name.toUtf8() + '\t' + stateText(reader).toUtf8() + '\n';
    writeOut(text);
    return Ok;
}

int readCard(const QString &pinnedReader, const QString &photoFile, bool json)
{
    PcscContext context;
    if (const PcscResult established = context.establish(); !established.ok())
        return fail(established.problem(), json);
    CardReadOptions options;
    options.readPhoto = !photoFile.isEmpty(); // the photo is 80 % of the read: only when asked
    const PcscIdCardRead::Outcome outcome
        = PcscIdCardRead::readChosen(context, pinnedReader, options);
    if (outcome.result.problem != CardProblem::None || !outcome.result.card)
        return fail(outcome.result.problem, json);

    CardJsonOptions jsonOptions;
    if (!photoFile.isEmpty()) {
        QSaveFile file(photoFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(outcome.result.card->photoJpeg) < 0
            || !file.commit()) {
            std::fputs(
                translated(QT_TRANSLATE_NOOP("saduak-card", "Cannot write the photo to %1: %2"))
                    .arg(photoFile, file.errorString())
                    .toUtf8()
                    .constData(),
                stderr);
            std::fputc('\n', stderr);
            return PhotoNotWritten;
        }
        jsonOptions.photo = CardJsonOptions::Photo::File;
        jsonOptions.photoFile = photoFile;
    }
    writeOut(jsonText(toJson(*outcome.result.card, jsonOptions)));
    return Ok;
}

Language languageFrom(const QStringList &arguments)
{
    // Before the parser runs, so --help is already in the right language.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString code;
        if (arguments[i].startsWith(u"--language="_s))
            code = arguments[i].mid(11);
        else if (arguments[i] == u"--language"_s)
            code = arguments.value(i + 1);
        if (!code.isEmpty())
            return code == u"th"_s ? Language::Thai : Language::English;
    }
    return QLocale::system().language() == QLocale::Thai ? Language::Thai : Language::English;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"saduak-card"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SADUAK_VERSION));
    QTranslator translator;
    if (loadTranslation(translator, languageFrom(app.arguments())))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(translated(QT_TRANSLATE_NOOP("saduak-card",
        "Reads Thai national ID cards through the smart card service (pcscd).\n"
        "  readers   list the card readers and whether each has a card\n"
        "  read      read the card and print its data as JSON (UTF-8)\n"
        "Exit codes: 0 done, 2 wrong usage, 3 pcscd not running, 4 no card reader, "
        "5 no card, 6 not a Thai ID card, 7 card removed during the read, "
        "8 other reader error, 9 card in use by another program, "
        "10 the photo file could not be written.")));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"command"_s, translated(QT_TRANSLATE_NOOP("saduak-card", "readers or read")));
    const QCommandLineOption json(
        u"json"_s, translated(QT_TRANSLATE_NOOP("saduak-card", "Print JSON (read always does).")));
    const QCommandLineOption photo(u"photo"_s,
        translated(QT_TRANSLATE_NOOP(
            "saduak-card", "read: also read the photo and save the JPEG to this file.")),
        u"file"_s);
    const QCommandLineOption reader(u"reader"_s,
        translated(QT_TRANSLATE_NOOP(
            "saduak-card", "read: use this reader (default: the one with a card).")),
        u"name"_s);
    const QCommandLineOption language(u"language"_s,
        translated(QT_TRANSLATE_NOOP(
            "saduak-card", "Language of messages: th or en (default: the system's).")),
        u"code"_s);
    parser.addOptions({json, photo, reader, language});
    if (!parser.parse(app.arguments())) {
        std::fputs(parser.errorText().toUtf8().constData(), stderr);
        std::fputc('\n', stderr);
        return Usage;
    }
    if (parser.isSet(u"help"_s)) {
        writeOut(parser.helpText().toUtf8());
        return Ok;
    }
    if (parser.isSet(u"version"_s))
        parser.showVersion();

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (positional.size() == 1 && command == u"readers"_s)
        return listReaders(parser.isSet(json));
    if (positional.size() == 1 && command == u"read"_s)
        return readCard(parser.value(reader), parser.value(photo), true);

    std::fputs(translated(QT_TRANSLATE_NOOP("saduak-card",
                              "Say what to do: saduak-card readers, or saduak-card read --json "
                              "[--photo FILE] [--reader NAME]. See --help."))
                   .toUtf8()
                   .constData(),
        stderr);
    std::fputc('\n', stderr);
    return Usage;
}
