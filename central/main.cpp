// saduak-central: the reference central service (docs/central-api.md).
//   saduak-central [--db FILE] [--listen ADDRESS] [--port N] [--tls-cert FILE --tls-key FILE]
//   saduak-central enrol-branch --code CODE --name NAME [--db FILE]
#include "branchstore.h"
#include "centraldatabase.h"
#include "centralserver.h"
#include "limitedtcpserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

QString translated(const char *text)
{
    return QCoreApplication::translate("saduak-central", text);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"saduak"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SADUAK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        translated(QT_TRANSLATE_NOOP("saduak-central", "Saduak central service.")));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s,
        translated(QT_TRANSLATE_NOOP(
            "saduak-central", "Nothing to serve branches; enrol-branch to enrol a branch.")));
    const QCommandLineOption db(u"db"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central", "Central database file (SQLite).")),
        u"file"_s);
    const QCommandLineOption listen(u"listen"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central", "Address to listen on.")), u"address"_s,
        u"0.0.0.0"_s);
    const QCommandLineOption port(u"port"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central", "Port (0: any free port).")), u"port"_s,
        u"7430"_s);
    const QCommandLineOption code(u"code"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central", "enrol-branch: the branch's code.")),
        u"code"_s);
    const QCommandLineOption name(u"name"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central", "enrol-branch: the branch's name.")),
        u"name"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central",
            "Serve HTTPS with this PEM certificate (then any intermediates); needs --tls-key.")),
        u"file"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s,
        translated(QT_TRANSLATE_NOOP(
            "saduak-central", "The PEM private key of --tls-cert (not encrypted).")),
        u"file"_s);
    parser.addOptions({db, listen, port, code, name, tlsCert, tlsKey});
    parser.process(app);

    const QString path = parser.isSet(db)
        ? parser.value(db)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/central.sqlite"_s;
    StorageError error;
    std::unique_ptr<CentralDatabase> central = CentralDatabase::open(path, &error);
    if (!central) {
        printLine(stderr, error.message + u'\n' + error.detail);
        return 1;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == u"enrol-branch"_s) {
        if (!parser.isSet(code) || !parser.isSet(name)) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP(
                    "saduak-central", "enrol-branch needs --code CODE and --name NAME.")));
            return 2;
        }
        QString why;
        const auto enrolment
            = central->branches().enrol(parser.value(code), parser.value(name), &why);
        if (!enrolment) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-central", "The branch was not enrolled: %1"))
                    .arg(why));
            return 1;
        }
        // The token alone on stdout, so scripts can take it; it is shown once and never stored.
        printLine(stdout, enrolment->token);
        return 0;
    }
    if (!positional.isEmpty()) {
        printLine(stderr,
            translated(QT_TRANSLATE_NOOP("saduak-central", "Unknown command \"%1\"."))
                .arg(positional.first()));
        return 2;
    }

    bool portOk = false;
    const int portNumber = parser.value(port).toInt(&portOk);
    CentralServer server(central->branches(), central->ingest());
    QString why;
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        printLine(stderr,
            translated(QT_TRANSLATE_NOOP(
                "saduak-central", "--tls-cert and --tls-key go together: give both or neither.")));
        return 2;
    }
    if (parser.isSet(tlsCert)) {
        const auto tls = LimitedSslServer::configurationFrom(
            parser.value(tlsCert), parser.value(tlsKey), &why);
        if (!tls) {
            printLine(stderr, why);
            return 1;
        }
        server.setTls(*tls);
    }
    if (!portOk || portNumber < 0 || portNumber > 65535
        || !server.listen(QHostAddress(parser.value(listen)), quint16(portNumber), &why)) {
        printLine(stderr,
            why.isEmpty() ? translated(QT_TRANSLATE_NOOP("saduak-central", "Bad port.")) : why);
        return 1;
    }
    // Tests and scripts read the port from this first line when they ask for port 0.
    printLine(stdout,
        u"saduak-central listening on port "_s + QString::number(server.port())
            + (server.isTls() ? u" (https)"_s : u" (http)"_s));
    return QCoreApplication::exec();
}
