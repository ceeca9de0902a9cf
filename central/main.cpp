// saduak-central: the reference central service (docs/central-api.md).
// --db FILE is a SQLite file; --db postgresql://user@host:port/dbname is PostgreSQL.
//   saduak-central [--db FILE] [--key-file FILE] [--listen ADDRESS] [--port N]
//                  [--tls-cert FILE --tls-key FILE] [--max-connections N] [--head-timeout S]
//                  [--min-body-rate BYTES] [--idle-timeout S] [--log-window S]
//   saduak-central make-key --key-file FILE
//   saduak-central enrol-branch --code CODE --name NAME [--province P [--amphoe D]] [--db FILE]
//   saduak-central set-branch-area --code CODE --province P [--amphoe D] [--db FILE]
//   saduak-central rotate-branch-token --code CODE [--db FILE]
//   saduak-central revoke-branch --code CODE [--db FILE]
//   saduak-central list-branches [--db FILE]
//   saduak-central statistics [--day YYYY-MM-DD] [--db FILE]
//   saduak-central import-reference --dataset D --file F.jsonl --key-field K [--replace]
//       [--db FILE]
//   saduak-central compact-reference --dataset D [--db FILE]
//   saduak-central backup FILE [--db FILE]
//   saduak-central complaint --tracking N --action A [--category C] [--note T] [--agency A]
//       [--duplicate-of N] [--actor NAME] [--db FILE]
//   saduak-central complaints [--overdue] [--state S] [--category C] [--db FILE]
//   saduak-central add-officer --user NAME --name "…" [--agency …] [--db FILE]  (password on stdin)
//   saduak-central remove-officer --user NAME [--db FILE]
#include "areareport.h"
#include "areareportstore.h"
#include "branchareacheck.h"
#include "branchstore.h"
#include "centraldatabase.h"
#include "centralserver.h"
#include "complaintcommands.h"
#include "crossbranchstatistics.h"
#include "deskcommands.h"
#include "ingeststore.h"
#include "open311store.h"
#include "personaldatacipher.h"
#include "personaldatakey.h"
#include "referenceimport.h"
#include "referencelogstore.h"
#include "statisticsstore.h"

#include <cli/programconsole.h>
#include <domain/bangkoktime.h>
#include <domain/referencedatasets.h>
#include <domain/translatabletext.h>
#include <i18n/translation.h>
#include <storage/databasebackup.h>
#include <storage/openfilelimit.h>
#include <tls/servertls.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTranslator>
#include <QUrlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("saduak-central", text);
}

// `saduak-central backup FILE`: a consistent copy of a SQLite central while it serves
// (DatabaseBackup); PostgreSQL is copied with its own tool, named here and not run. Exit 0 made,
// 1 not made, 2 no FILE given or not a SQLite central.
int backupDatabase(const QString &location, const QString &target)
{
    if (target.isEmpty()) {
        printLine(stderr,
            translated(QT_TRANSLATE_NOOP("saduak-central",
                "backup needs the file to write: saduak-central backup FILE [--db FILE]")));
        return 2;
    }
    if (Database::isPostgresLocation(location)) {
        // The URL without its password: pg_dump reads PGPASSWORD or ~/.pgpass as central does.
        printLine(stderr,
            translated(QT_TRANSLATE_NOOP("saduak-central",
                "A PostgreSQL central is backed up with PostgreSQL's own tool, on a machine that "
                "may connect to the database (central keeps serving meanwhile):\n"
                "  pg_dump --format=custom --file=%1 '%2'\n"
                "Restore it with pg_restore (docs/deployment.md). Back up the key file apart."))
                .arg(target, Database::displayLocation(location)));
        return 2;
    }
    const DatabaseBackup::Result result = DatabaseBackup::copy(location, target);
    if (!result.ok) {
        printLine(stderr, result.why);
        return 1;
    }
    printLine(stdout,
        translated(QT_TRANSLATE_NOOP("saduak-central",
            "Backed up %1 to %2 (%3 KiB): central as of one moment, checked whole. The key of "
            "the personal data is not in it: back up the key file apart, or the names and "
            "addresses in the copy cannot be read."))
            .arg(QDir::toNativeSeparators(location), QDir::toNativeSeparators(target))
            .arg(result.bytes / 1024));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"saduak"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SADUAK_VERSION));

    // Messages for the operator in Thai unless --language en (read before the parser, so its
    // own help is translated too), as saduak-hub does.
    QTranslator translator;
    installProgramTranslation(translator, app.arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        translated(QT_TRANSLATE_NOOP("saduak-central", "Saduak central service.")));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central",
            "Nothing to serve branches; or one of: enrol-branch, set-branch-area, "
            "rotate-branch-token, revoke-branch, list-branches, make-key, import-reference, "
            "compact-reference, statistics, area-report, backup FILE, complaint, complaints, "
            "add-open311-key, add-officer, remove-officer.")));
    const QCommandLineOption db(u"db"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central",
            "Central database: a SQLite file, or a PostgreSQL database as "
            "postgresql://user@host:port/dbname (password from PGPASSWORD).")),
        u"file|url"_s);
    const QCommandLineOption listen(u"listen"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central", "Address to listen on.")), u"address"_s,
        u"0.0.0.0"_s);
    const QCommandLineOption port(u"port"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central", "Port (0: any free port).")), u"port"_s,
        u"7430"_s);
    const QCommandLineOption code(u"code"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central",
            "enrol-branch, set-branch-area, rotate-branch-token, revoke-branch: the branch's "
            "code.")),
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
    const QCommandLineOption day(u"day"_s,
        translated(QT_TRANSLATE_NOOP(
            "saduak-central", "statistics: the business day (YYYY-MM-DD, today if not given).")),
        u"date"_s);
    const QCommandLineOption dataset(u"dataset"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central",
            "import-reference, compact-reference: the reference data set (e.g. land-parcels).")),
        u"name"_s);
    const QCommandLineOption file(u"file"_s,
        translated(QT_TRANSLATE_NOOP(
            "saduak-central", "import-reference: JSON Lines file, one item (object) a line.")),
        u"file"_s);
    const QCommandLineOption keyField(u"key-field"_s,
        translated(QT_TRANSLATE_NOOP(
            "saduak-central", "import-reference: the field that identifies an item.")),
        u"field"_s);
    const QCommandLineOption replace(u"replace"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central",
            "import-reference: items of the data set not in the file are deleted.")));
    const QCommandLineOption language(u"language"_s,
        translated(
            QT_TRANSLATE_NOOP("saduak-central", "Language of messages: th (default) or en.")),
        u"code"_s, u"th"_s);
    parser.addOptions({db, listen, port, code, name, tlsCert, tlsKey, day, language});
    parser.addOptions({dataset, file, keyField, replace});
    const QCommandLineOption province(u"province"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central",
            "enrol-branch, set-branch-area: the branch's province, its code (10) or its key in "
            "admin-areas (p10).")),
        u"code"_s);
    const QCommandLineOption amphoe(u"amphoe"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central",
            "enrol-branch, set-branch-area: the branch's amphoe (khet), its code (1001) or its key "
            "in admin-areas (d1001); it must lie in --province.")),
        u"code"_s);
    parser.addOptions({province, amphoe});
    const QCommandLineOption month(u"month"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central",
            "area-report: the month (YYYY-MM; this month if neither --month nor --day is given); "
            "--day for one business day, --province and --amphoe for one area.")),
        u"month"_s);
    const QCommandLineOption format(u"format"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central", "area-report: json (the default) or csv.")),
        u"json|csv"_s);
    parser.addOptions({month, format});
    const QCommandLineOption keyFile(u"key-file"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central",
            "Key of the personal data (names, contact details, addresses), kept apart from the "
            "database; default: central.key beside a SQLite database, made at the first start. "
            "Needed with PostgreSQL. make-key: the new key file.")),
        u"file"_s);
    parser.addOption(keyFile);
    parser.addOptions(ComplaintCommands::options());
    parser.addOptions(DeskCommands::options());
    const QCommandLineOption open311Jurisdiction(u"open311-jurisdiction"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central",
            "The jurisdiction_id Open311 clients may name (without it, a request that names one "
            "is refused).")),
        u"id"_s);
    parser.addOption(open311Jurisdiction);
    const CentralLimits defaults;
    const QCommandLineOption maxConnections(u"max-connections"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central",
            "Connections open at once; one more is answered 503 (default: the open-file limit "
            "less 100).")),
        u"n"_s);
    const QCommandLineOption headTimeout(u"head-timeout"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central",
            "Seconds a request's line and headers may take from their first byte.")),
        u"seconds"_s, QString::number(defaults.headTimeoutMs / 1000));
    const QCommandLineOption minBodyRate(u"min-body-rate"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central",
            "Slowest body accepted, in bytes a second (after --head-timeout of grace).")),
        u"bytes"_s, QString::number(defaults.minBodyBytesPerSecond));
    const QCommandLineOption idleTimeout(u"idle-timeout"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central",
            "Seconds a connection may wait for its next request after the last one.")),
        u"seconds"_s, QString::number(defaults.idleTimeoutMs / 1000));
    const QCommandLineOption logWindow(u"log-window"_s,
        translated(QT_TRANSLATE_NOOP("saduak-central",
            "Log window in seconds: of the lines clients can cause (refused requests, failed TLS "
            "handshakes), the first 5 of a kind in a window are logged, the rest summed up in one "
            "line when it ends.")),
        u"seconds"_s, QString::number(defaults.logWindowMs / 1000));
    parser.addOptions({maxConnections, headTimeout, minBodyRate, idleTimeout, logWindow});
    parser.process(app);

    if (parser.positionalArguments().value(0) == u"make-key"_s) {
        // Before the database: a key for a PostgreSQL central is made on its own, ahead of it.
        QString why;
        if (!parser.isSet(keyFile)) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-central", "make-key needs --key-file FILE.")));
            return 2;
        }
        if (!PersonalDataCipher::createKeyFile(parser.value(keyFile), &why)) {
            printLine(stderr, why);
            return 1;
        }
        printLine(stdout,
            translated(
                QT_TRANSLATE_NOOP("saduak-central",
                    "Made the key file %1. Back it up apart from the database: losing it loses the "
                    "personal data at central."))
                .arg(parser.value(keyFile)));
        return 0;
    }

    // One descriptor a connection: the soft limit up to the hard one (LimitNOFILE=), and the
    // connection cap below it, so central refuses a connection before the kernel refuses a file.
    const OpenFileLimit files = OpenFileLimit::raise();
    CentralLimits limits;
    limits.maxConnections = CentralLimits::defaultMaxConnections(files.soft);
    // Each a whole number above 0 (seconds kept as ms), or exit 2 with the reason: wrong usage
    // is said before anything about the database or the key.
    QString optionProblem;
    const auto positive = [&](const QCommandLineOption &option, int unit, auto *value) {
        const std::optional<int> given = positiveOption(parser, option, unit, &optionProblem);
        if (given)
            *value = *given;
        return given.has_value();
    };
    if ((parser.isSet(maxConnections) && !positive(maxConnections, 1, &limits.maxConnections))
        || !positive(headTimeout, 1000, &limits.headTimeoutMs)
        || !positive(idleTimeout, 1000, &limits.idleTimeoutMs)
        || !positive(minBodyRate, 1, &limits.minBodyBytesPerSecond)
        || !positive(logWindow, 1000, &limits.logWindowMs)) {
        printLine(stderr, optionProblem);
        return 2;
    }

    const QString path = parser.isSet(db)
        ? parser.value(db)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/central.sqlite"_s;
    if (parser.positionalArguments().value(0) == u"backup"_s)
        return backupDatabase(path, parser.positionalArguments().value(1));
    QString keyProblem;
    if (parser.positionalArguments().isEmpty()
        && PersonalDataKey::pathFor(path, parser.value(keyFile), &keyProblem).isEmpty()) {
        printLine(stderr, keyProblem); // before connecting: nothing is served without a key
        return 1;
    }
    StorageError error;
    std::unique_ptr<CentralDatabase> central = CentralDatabase::open(path, &error);
    if (!central) {
        printLine(stderr, error.message + u'\n' + error.detail);
        return 1;
    }

    const QStringList positional = parser.positionalArguments();
    // --province and --amphoe against admin-areas as imported here: an area no figure by area
    // could name is refused before anything is written (exit 2; 1 if it could not be read).
    const auto checkedArea = [&](int *exitCode) -> std::optional<BranchArea> {
        const ReferenceLogStore reference(central->database());
        const BranchAreaCheck::Result checked
            = BranchAreaCheck(reference).check(parser.value(province), parser.value(amphoe));
        if (checked.outcome == BranchAreaCheck::Outcome::Valid)
            return checked.area;
        printLine(stderr, checked.why);
        *exitCode = checked.outcome == BranchAreaCheck::Outcome::ReadFailed ? 1 : 2;
        return std::nullopt;
    };
    if (positional.value(0) == u"set-branch-area"_s) {
        if (!parser.isSet(code) || !parser.isSet(province)) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-central",
                    "set-branch-area needs --code CODE and --province P (and may take --amphoe "
                    "D).")));
            return 2;
        }
        const QString branchCode = parser.value(code);
        const auto branch = central->branches().byCode(branchCode);
        if (!branch || BranchStore::isCentralCode(branchCode)) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-central",
                               "No branch has the code %1 (enrol it with enrol-branch)."))
                    .arg(branchCode));
            return 1;
        }
        int exitCode = 0;
        const std::optional<BranchArea> area = checkedArea(&exitCode);
        if (!area)
            return exitCode;
        QString why;
        if (!central->branches().setArea(branchCode, *area, &why)) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-central", "The branch's area was not set: %1"))
                    .arg(why));
            return 1;
        }
        printLine(stdout,
            translated(QT_TRANSLATE_NOOP("saduak-central",
                           "Branch %1 is in province %2, amphoe %3."))
                .arg(branchCode, area->provinceCode,
                    area->amphoeCode.isEmpty() ? u"-"_s : area->amphoeCode));
        return 0;
    }
    if (positional.value(0) == u"enrol-branch"_s) {
        if (!parser.isSet(code) || !parser.isSet(name)) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP(
                    "saduak-central", "enrol-branch needs --code CODE and --name NAME.")));
            return 2;
        }
        // A second token for an enrolled code would be a silent takeover: the operator is sent
        // to the command that says what it does to the branch's old token.
        if (const auto enrolled = central->branches().byCode(parser.value(code))) {
            printLine(stderr,
                translated(enrolled->revoked()
                        ? QT_TRANSLATE_NOOP("saduak-central",
                            "Branch %1 is enrolled already, and revoked. To let it in again, give "
                            "it a new token: saduak-central rotate-branch-token --code %1")
                        : QT_TRANSLATE_NOOP("saduak-central",
                            "Branch %1 is enrolled already. To give it a new token (its old one "
                            "then opens nothing): saduak-central rotate-branch-token --code %1"))
                    .arg(enrolled->code));
            return 1;
        }
        int exitCode = 0;
        const std::optional<BranchArea> area = checkedArea(&exitCode);
        if (!area)
            return exitCode;
        QString why;
        const auto enrolment
            = central->branches().enrol(parser.value(code), parser.value(name), &why, *area);
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
    if (positional.value(0) == u"rotate-branch-token"_s
        || positional.value(0) == u"revoke-branch"_s) {
        const bool rotate = positional.value(0) == u"rotate-branch-token"_s;
        if (!parser.isSet(code)) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-central", "%1 needs --code CODE."))
                    .arg(positional.value(0)));
            return 2;
        }
        const QString branchCode = parser.value(code);
        if (!BranchStore::isValidCode(branchCode)) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-central",
                               "\"%1\" is not a branch code (1-32 letters, digits, '-' or '_')."))
                    .arg(branchCode));
            return 2;
        }
        if (!central->branches().byCode(branchCode)) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-central",
                               "No branch has the code %1 (enrol it with enrol-branch)."))
                    .arg(branchCode));
            return 1;
        }
        QString why;
        if (rotate) {
            const auto enrolment = central->branches().rotateToken(branchCode, &why);
            if (!enrolment) {
                printLine(stderr,
                    translated(QT_TRANSLATE_NOOP(
                                   "saduak-central", "The branch's token was not replaced: %1"))
                        .arg(why));
                return 1;
            }
            // As enrol-branch: the token alone on stdout, shown once; the note on stderr.
            printLine(stdout, enrolment->token);
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-central",
                               "Branch %1 has a new token; its old one opens nothing from now on. "
                               "Put the new one in central/token of the branch hub's settings and "
                               "restart the hub: its rows wait in its outbox until then."))
                    .arg(branchCode));
            return 0;
        }
        const auto before = central->branches().revoke(branchCode, &why);
        if (!before) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-central", "The branch was not revoked: %1"))
                    .arg(why));
            return 1;
        }
        printLine(stdout,
            translated(before->revoked()
                    ? QT_TRANSLATE_NOOP("saduak-central",
                        "Branch %1 was revoked already; its token opens nothing.")
                    : QT_TRANSLATE_NOOP("saduak-central",
                        "Branch %1 is revoked: its token opens nothing from now on. Its rows stay "
                        "at central. To let it in again: saduak-central rotate-branch-token "
                        "--code %1"))
                .arg(branchCode));
        return 0;
    }
    if (positional.value(0) == u"list-branches"_s) {
        QString why;
        const auto branches = central->branches().list(&why);
        if (!branches) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-central", "The branches could not be read: %1"))
                    .arg(why));
            return 1;
        }
        // One line a branch, tab-separated for scripts (as saduak-hub list-devices): code, name,
        // enrolled at, "active" or when it was revoked, and the codes of its province and amphoe
        // (empty when not given; new fields go at the end). A name keeps to its line and field.
        static const QRegularExpression separators(u"[\\t\\r\\n]"_s);
        const auto at = [](qint64 ms) { return BangkokTime::fromUtcMs(ms).toString(Qt::ISODate); };
        for (const CentralBranch &b : std::as_const(*branches)) {
            // Central's own row (the filer of Open311 complaints) is no branch an operator runs.
            if (b.code == BranchStore::centralCode())
                continue;
            printLine(stdout,
                QStringList {b.code, QString(b.name).replace(separators, u" "_s),
                    at(b.enrolledAtMs),
                    b.revoked()
                        ? translated(QT_TRANSLATE_NOOP("saduak-central", "revoked %1"))
                              .arg(at(b.revokedAtMs))
                        : translated(QT_TRANSLATE_NOOP("saduak-central", "active")),
                    b.area.provinceCode, b.area.amphoeCode}
                    .join(u'\t'));
        }
        return 0;
    }
    if (positional.value(0) == u"statistics"_s) {
        // The figures of GET /v1/statistics, for an operator on central's machine.
        const qint64 nowMs = BangkokTime::nowUtcMs();
        const QString businessDay = parser.isSet(day)
            ? parser.value(day)
            : BangkokTime::fromUtcMs(nowMs).date().toString(Qt::ISODate);
        const QDate date = QDate::fromString(businessDay, Qt::ISODate);
        if (!date.isValid()) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-central",
                               "\"%1\" is not a date; give the day as YYYY-MM-DD."))
                    .arg(businessDay));
            return 2;
        }
        QString why;
        const auto branches = central->statistics().eventsOfDay(businessDay, &why);
        if (!branches) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-central", "The figures could not be read: %1"))
                    .arg(why));
            return 1;
        }
        const QJsonObject figures = CrossBranchStatistics::compute(
            businessDay, *branches, CrossBranchStatistics::measuredAt(date, nowMs));
        printLine(
            stdout, QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Indented)));
        return 0;
    }
    if (positional.value(0) == u"area-report"_s) {
        // The figures of GET /v1/area-report, for an operator on central's machine.
        QUrlQuery asked;
        for (const auto &[option, key] : {std::pair {&day, u"day"_s}, std::pair {&month, u"month"_s},
                 std::pair {&province, u"province"_s}, std::pair {&amphoe, u"amphoe"_s}})
            if (parser.isSet(*option))
                asked.addQueryItem(key, parser.value(*option));
        const QString shape = parser.isSet(format) ? parser.value(format) : u"json"_s;
        QString why;
        const std::optional<AreaReportQuery> query = AreaReportQuery::parse(asked,
            BangkokTime::fromUtcMs(BangkokTime::nowUtcMs()).date(),
            [](const char *text) { return QCoreApplication::translate("saduak::AreaReportQuery", text); },
            &why);
        if (!query || (shape != u"json"_s && shape != u"csv"_s)) {
            printLine(stderr,
                query ? translated(QT_TRANSLATE_NOOP("saduak-central", "--format is json or csv."))
                      : why);
            return 2;
        }
        const std::optional<AreaReport::Source> source
            = central->areaReports().read(query->from, query->to, &why);
        if (!source) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-central", "The figures could not be read: %1"))
                    .arg(why));
            return 1;
        }
        const AreaReport report = AreaReport::compute(
            query->from, query->to, *source, query->province, query->amphoe);
        if (shape == u"csv"_s) {
            // Names in the operator's language (--language).
            const QByteArray csv = report.toCsv(
                parser.value(language) == u"en"_s ? Language::English : Language::Thai);
            fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        } else {
            printLine(stdout,
                QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
        }
        return 0;
    }
    if (positional.value(0) == u"import-reference"_s) {
        if (!parser.isSet(dataset) || !parser.isSet(file) || !parser.isSet(keyField)) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-central",
                    "import-reference needs --dataset NAME, --file FILE and --key-field FIELD.")));
            return 2;
        }
        const ReferenceImport::Result result
            = ReferenceImport::run(central->reference(), parser.value(dataset), parser.value(file),
                parser.value(keyField), parser.isSet(replace));
        printLine(result.ok ? stdout : stderr,
            translated(QT_TRANSLATE_NOOP("saduak-central",
                           "%1 items read: %2 new or changed, %3 unchanged, %4 deleted."))
                .arg(result.lines)
                .arg(result.counts.changed)
                .arg(result.counts.unchanged)
                .arg(result.counts.deleted));
        if (!result.ok) {
            printLine(stderr, result.error);
            return 1;
        }
        return 0;
    }
    if (positional.value(0) == u"compact-reference"_s) {
        if (!parser.isSet(dataset)) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP(
                    "saduak-central", "compact-reference needs --dataset NAME.")));
            return 2;
        }
        if (!isReferenceDataset(parser.value(dataset))) {
            printLine(stderr,
                translated(
                    QT_TRANSLATE_NOOP("saduak-central", "\"%1\" is not a reference data set."))
                    .arg(parser.value(dataset)));
            return 2;
        }
        QString why;
        const auto compaction = central->reference().compact(parser.value(dataset), &why);
        if (!compaction) {
            printLine(stderr,
                translated(
                    QT_TRANSLATE_NOOP("saduak-central", "The data set was not compacted: %1"))
                    .arg(why));
            return 1;
        }
        printLine(stdout,
            translated(
                QT_TRANSLATE_NOOP("saduak-central",
                    "%1 deleted items dropped; branches with a cursor before %2 take a snapshot."))
                .arg(compaction->dropped)
                .arg(compaction->minCursor));
        return 0;
    }
    if (positional.value(0) == u"add-open311-key"_s) {
        if (!parser.isSet(name)) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-central",
                    "add-open311-key needs --name NAME (who the key is for).")));
            return 2;
        }
        QString why;
        const std::optional<QString> key
            = Open311Store(central->database()).addKey(parser.value(name), &why);
        if (!key) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-central", "No key was made: %1")).arg(why));
            return 1;
        }
        // The key alone on stdout, shown once: only its SHA-256 is kept.
        printLine(stdout, *key);
        return 0;
    }
    if (DeskCommands::handles(positional.value(0))) {
        QFile input;
        (void)input.open(stdin, QIODevice::ReadOnly);
        const DeskCommands::Output output
            = DeskCommands::run(positional.value(0), parser, *central, input);
        for (const QString &line : output.out)
            printLine(stdout, line);
        for (const QString &line : output.err)
            printLine(stderr, line);
        return output.exitCode;
    }
    if (ComplaintCommands::handles(positional.value(0))) {
        const ComplaintCommands::Output output
            = ComplaintCommands::run(positional.value(0), parser, *central);
        for (const QString &line : output.out)
            printLine(stdout, line);
        for (const QString &line : output.err)
            printLine(stderr, line);
        return output.exitCode;
    }
    if (!positional.isEmpty()) {
        printLine(stderr,
            translated(QT_TRANSLATE_NOOP("saduak-central", "Unknown command \"%1\"."))
                .arg(positional.first()));
        return 2;
    }

    // Only serving needs the key; a key that cannot be read stops central before it takes a row.
    QString keyNotice;
    const std::unique_ptr<PersonalDataCipher> cipher = PersonalDataKey::open(
        path, parser.value(keyFile), central->ingest(), &keyProblem, &keyNotice);
    if (!cipher) {
        printLine(stderr, keyProblem);
        return 1;
    }
    if (!keyNotice.isEmpty())
        printLine(stderr, keyNotice); // stderr: stdout's first line is the port, for scripts

    bool portOk = false;
    const int portNumber = parser.value(port).toInt(&portOk);
    CentralServer server(*central, limits);
    server.setOpen311Jurisdiction(parser.value(open311Jurisdiction));
    QString why;
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        printLine(stderr,
            translated(QT_TRANSLATE_NOOP(
                "saduak-central", "--tls-cert and --tls-key go together: give both or neither.")));
        return 2;
    }
    if (parser.isSet(tlsCert)) {
        const auto tls = ServerTls::fromPemFiles(
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
            + (server.isTls() ? u" (https)"_s : u" (http)"_s) + u"; up to "_s
            + QString::number(limits.maxConnections) + u" connections; open files "_s
            + QString::number(files.soft) + u" (hard limit "_s + QString::number(files.hard)
            + u')');
    return QCoreApplication::exec();
}
