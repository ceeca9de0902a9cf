// saduak-hub: the branch hub on the LAN, without a screen.
//   saduak-hub [--db FILE] [--listen ADDRESS] [--port N] [--modules DIR] [--max-connections N]
//              [--tls-cert FILE --tls-key FILE]
//   saduak-hub pair-device --role counter --counter N --name NAME [--db FILE]
//   saduak-hub pair-device --role kiosk|display|supervisor --name NAME [--db FILE]
//   saduak-hub list-devices [--db FILE]
//   saduak-hub revoke-device --device ID [--db FILE]
//   saduak-hub add-staff --user U --name N --role counter|supervisor|admin [--db FILE]  (password on stdin)
//   saduak-hub list-staff [--db FILE]
//   saduak-hub disable-staff --user U [--db FILE]
//   saduak-hub set-staff-password --user U [--db FILE]  (password on stdin)
//   saduak-hub status [--db FILE] [--settings FILE]
//   saduak-hub check [--db FILE]
//   saduak-hub backup FILE [--db FILE]
//   saduak-hub report --day YYYY-MM-DD | --month YYYY-MM [--csv FILE] [--db FILE] [--settings FILE]
#include <accounts/accountname.h>
#include <cli/programconsole.h>
#include <cli/settingsfilecheck.h>
#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/ereportcommands.h>
#include <hub/ereportsource.h>
#include <hub/hubmodules.h>
#include <hub/hubserver.h>
#include <hub/staffstore.h>
#include <modulehost/moduleloader.h>
#include <reports/ereportcsv.h>
#include <domain/bangkoktime.h>
#include <domain/translatabletext.h>
#include <i18n/translation.h>
#include <storage/databasebackup.h>
#include <storage/databasecheck.h>
#include <storage/openfilelimit.h>
#include <sync/outboxpushstore.h>
#include <sync/syncclient.h>
#include <tls/publickeypin.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("saduak-hub", text);
}

// The modules' hub parts: --modules, else SADUAK_MODULE_DIR, else the settings' modules/folder,
// else beside the program (the build tree) or lib/saduak/modules (installed), as saduak does.
QString moduleFolder(const QString &option, const QSettings &settings)
{
    if (!option.isEmpty())
        return option;
    if (qEnvironmentVariableIsSet("SADUAK_MODULE_DIR"))
        return qEnvironmentVariable("SADUAK_MODULE_DIR");
    const QString appDir = QCoreApplication::applicationDirPath();
    QString fallback = QDir(appDir).filePath(u"../lib/saduak/modules"_s);
    if (!QDir(fallback).exists())
        fallback = QDir(appDir).filePath(u"../../modules"_s);
    return QDir::cleanPath(settings.value(u"modules/folder"_s, fallback).toString());
}

// One line a device, tab-separated for scripts: id, role, counter, name, paired, revoked, last
// contact, version.
QString deviceLine(const PairedDevice &d)
{
    return QStringList {d.device.id, toString(d.device.role),
        d.device.counterNumber > 0 ? QString::number(d.device.counterNumber) : u"-"_s,
        d.device.name, BangkokTime::fromUtcMs(d.pairedAtMs).toString(Qt::ISODate),
        d.revokedAtMs > 0 ? translated(QT_TRANSLATE_NOOP("saduak-hub", "revoked %1"))
                                .arg(BangkokTime::fromUtcMs(d.revokedAtMs).toString(Qt::ISODate))
                          : translated(QT_TRANSLATE_NOOP("saduak-hub", "active")),
        // Appended after the columns scripts already read: last contact, version ("-": none).
        d.lastContactMs > 0 ? BangkokTime::fromUtcMs(d.lastContactMs).toString(Qt::ISODate)
                            : u"-"_s,
        d.clientVersion.isEmpty() ? u"-"_s : d.clientVersion}
        .join(u'\t');
}

// One line a staff member, tab-separated for scripts: user, name, role, active or disabled.
QString staffLine(const StaffMember &m)
{
    return QStringList {m.userName, m.displayName, toString(m.role),
        m.active() ? translated(QT_TRANSLATE_NOOP("saduak-hub", "active"))
                   : translated(QT_TRANSLATE_NOOP("saduak-hub", "disabled %1"))
                         .arg(BangkokTime::fromUtcMs(m.disabledAtMs).toString(Qt::ISODate))}
        .join(u'\t');
}

// A new password, one line on stdin: never an argument, which other users of the server see in
// the process list and the shell keeps in its history. At a terminal it asks and does not echo;
// piped (a password manager, a script) it just reads.
QByteArray readPassword(const QString &userName)
{
    termios saved {};
    const bool terminal = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        printLine(stderr,
            translated(QT_TRANSLATE_NOOP("saduak-hub",
                "Password for %1 (at least %2 characters; not shown as you type):"))
                .arg(userName)
                .arg(AccountName::kMinimumPasswordLength));
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        (void)::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile input;
    QByteArray password;
    if (input.open(stdin, QIODevice::ReadOnly))
        password = input.readLine();
    if (terminal) {
        (void)::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        printLine(stderr, QString());
    }
    while (password.endsWith('\n') || password.endsWith('\r'))
        password.chop(1);
    return password;
}

// Who runs a staff command, for its audit row: the operator's OS user name (the hub has no
// log-in of its own on the command line) and this program.
StaffActor staffOperator()
{
    return StaffActor::ofThisProcess(u"saduak-hub"_s);
}

// add-staff, list-staff, disable-staff, set-staff-password. Exit 0 done, 1 not done (no such
// person, one there already, the database), 2 the command line or the input is wrong.
int runStaffCommand(const QString &command, const QString &userName, const QString &displayName,
    const QString &roleText, Database &database)
{
    StaffStore staff(database);
    QString why;
    if (command == u"list-staff"_s) {
        const std::optional<QList<StaffMember>> members = staff.list(&why);
        if (!members) {
            printLine(stderr, why);
            return 1;
        }
        for (const StaffMember &m : *members)
            printLine(stdout, staffLine(m));
        return 0;
    }
    const std::optional<StaffRole> role = staffRoleFromString(roleText);
    if (command == u"add-staff"_s && (userName.isEmpty() || displayName.isEmpty() || !role)) {
        printLine(stderr,
            translated(QT_TRANSLATE_NOOP("saduak-hub",
                "add-staff needs --user NAME, --name \"the person's name\" and --role "
                "counter|supervisor|admin; the password comes on stdin.")));
        return 2;
    }
    if (userName.isEmpty()) {
        printLine(stderr,
            translated(QT_TRANSLATE_NOOP("saduak-hub", "%1 needs --user NAME.")).arg(command));
        return 2;
    }
    StaffStore::Change change = StaffStore::Change::Done;
    QString done;
    if (command == u"disable-staff"_s) {
        change = staff.disable(userName, BangkokTime::nowUtcMs(), staffOperator(), &why);
        done = translated(QT_TRANSLATE_NOOP("saduak-hub",
            "Staff member %1 is disabled: they cannot log in any more. The audit keeps their user "
            "name."));
    } else {
        QByteArray password = readPassword(userName);
        if (command == u"add-staff"_s) {
            change = staff.add(userName, displayName, *role, password, BangkokTime::nowUtcMs(),
                staffOperator(), &why);
            done = translated(QT_TRANSLATE_NOOP("saduak-hub", "Staff member %1 added."));
        } else {
            change = staff.setPassword(
                userName, password, BangkokTime::nowUtcMs(), staffOperator(), &why);
            done = translated(QT_TRANSLATE_NOOP("saduak-hub",
                "Staff member %1 has a new password; their failed log-ins and any lock-out are "
                "cleared."));
        }
        password.fill('\0');
    }
    switch (change) {
    case StaffStore::Change::Done:
        printLine(stdout, done.arg(userName));
        return 0;
    case StaffStore::Change::BadInput:
        printLine(stderr, why);
        return 2;
    case StaffStore::Change::Exists:
    case StaffStore::Change::NotFound:
    case StaffStore::Change::AlreadyDisabled:
        printLine(stderr, why);
        return 1;
    case StaffStore::Change::StorageFailed:
        break;
    }
    printLine(stderr,
        translated(QT_TRANSLATE_NOOP("saduak-hub", "Nothing was changed: %1")).arg(why));
    return 1;
}

bool isStaffCommand(const QString &command)
{
    return command == u"add-staff"_s || command == u"list-staff"_s
        || command == u"disable-staff"_s || command == u"set-staff-password"_s;
}

// `saduak-hub status`: where the push to central stands, as the running hub last recorded it in
// the database, and the devices. Exit code 3 when sync is failing, so a monitoring check can run
// it (docs/deployment.md).
int printStatus(BranchHub &hub, const QSettings &settings)
{
    const auto time = [](qint64 ms) { return BangkokTime::fromUtcMs(ms).toString(Qt::ISODate); };
    bool failing = false;
    QString why;
    const auto sync = SyncClient::optionsFrom(settings, &why);
    OutboxPushStore::Figures figures;
    QString readWhy;
    if (!OutboxPushStore(hub.database()).figures(&figures, &readWhy)) {
        printLine(stderr, readWhy);
        return 1;
    }
    if (!sync && why.isEmpty()) {
        printLine(stdout,
            translated(QT_TRANSLATE_NOOP("saduak-hub", "sync: not configured (no central/url)")));
    } else if (!sync) {
        failing = true;
        printLine(stdout,
            translated(QT_TRANSLATE_NOOP("saduak-hub", "sync: cannot start: %1")).arg(why));
    } else if (!figures.lastError.isEmpty()) {
        failing = true;
        printLine(stdout,
            translated(QT_TRANSLATE_NOOP("saduak-hub", "sync: failing since %1: %2"))
                .arg(time(figures.lastErrorAtMs), figures.lastError));
    } else {
        printLine(stdout,
            translated(QT_TRANSLATE_NOOP("saduak-hub", "sync: working, pushing to %1"))
                .arg(sync->centralUrl.toString(QUrl::RemoveUserInfo)));
    }
    if (figures.pending == 0) {
        printLine(stdout,
            translated(QT_TRANSLATE_NOOP("saduak-hub", "waiting for central: nothing")));
    } else {
        printLine(stdout,
            translated(QT_TRANSLATE_NOOP("saduak-hub", "waiting for central: %1 rows, the oldest from %2"))
                .arg(figures.pending)
                .arg(time(figures.oldestPendingCreatedAtMs)));
        // Rows that wait too long fail the branch's figures at central, whatever the cause (a
        // hub that is not running records no error).
        const qint64 warnMs = sync ? sync->oldestPendingWarningMs : SyncClient::Options().oldestPendingWarningMs;
        if (QDateTime::currentMSecsSinceEpoch() - figures.oldestPendingCreatedAtMs > warnMs) {
            failing = true;
            printLine(stdout,
                translated(QT_TRANSLATE_NOOP("saduak-hub",
                    "the oldest row waits longer than central/warnPendingHours (%1 h)"))
                    .arg(warnMs / 3'600'000));
        }
    }
    printLine(stdout,
        figures.lastSuccessMs > 0
            ? translated(QT_TRANSLATE_NOOP("saduak-hub", "last success: %1"))
                  .arg(time(figures.lastSuccessMs))
            : translated(QT_TRANSLATE_NOOP("saduak-hub", "last success: never")));
    printLine(stdout,
        translated(QT_TRANSLATE_NOOP("saduak-hub", "refused by central for good: %1"))
            .arg(figures.deadLetters));
    QString devicesWhy;
    const QList<PairedDevice> devices = hub.devices().list(&devicesWhy);
    if (!devicesWhy.isEmpty()) {
        printLine(stderr, devicesWhy);
        return 1;
    }
    printLine(stdout, translated(QT_TRANSLATE_NOOP("saduak-hub", "devices: %1")).arg(devices.size()));
    for (const PairedDevice &d : devices)
        printLine(stdout, deviceLine(d));
    return failing ? 3 : 0;
}

// `saduak-hub check`: SQLite's full integrity_check of the branch file, in words; beside a live
// hub too (it only reads). Exit 0 whole, 1 damaged, 2 not checked.
int checkDatabase(const QString &path)
{
    const DatabaseCheck::Result result = DatabaseCheck::runOnFile(path, DatabaseCheck::Depth::Full);
    if (!result.ran) {
        printLine(stderr,
            translated(QT_TRANSLATE_NOOP("saduak-hub", "The database %1 could not be checked: %2"))
                .arg(QDir::toNativeSeparators(path), result.why));
        return 2;
    }
    if (result.whole()) {
        printLine(stdout,
            translated(QT_TRANSLATE_NOOP("saduak-hub",
                "The database %1 is whole: SQLite's integrity check found nothing wrong."))
                .arg(QDir::toNativeSeparators(path)));
        return 0;
    }
    printLine(stdout,
        translated(QT_TRANSLATE_NOOP("saduak-hub",
            "The database %1 is damaged. SQLite's integrity check found:"))
            .arg(QDir::toNativeSeparators(path)));
    for (const QString &problem : result.problems)
        printLine(stdout, u"  "_s + problem);
    printLine(stdout, BranchHub::restoreAdvice(path));
    return 1;
}

// `saduak-hub backup FILE`: a consistent copy of the branch file while the hub serves
// (DatabaseBackup). Exit 0 made, 1 not made, 2 no FILE given.
int backupDatabase(const QString &path, const QString &target)
{
    if (target.isEmpty()) {
        printLine(stderr,
            translated(QT_TRANSLATE_NOOP("saduak-hub",
                "backup needs the file to write: saduak-hub backup FILE [--db FILE]")));
        return 2;
    }
    const DatabaseBackup::Result result = DatabaseBackup::copy(path, target);
    if (!result.ok) {
        printLine(stderr, result.why);
        return 1;
    }
    printLine(stdout,
        translated(QT_TRANSLATE_NOOP("saduak-hub",
            "Backed up %1 to %2 (%3 KiB): the branch as of one moment, checked whole. It holds "
            "personal data: keep it as safe as the database."))
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target))
            .arg(result.bytes / 1024));
    return 0;
}

// The period of `saduak-hub report`: --day YYYY-MM-DD or --month YYYY-MM, one of them. Nothing,
// with why for the operator, when neither, both, or not a date of the Gregorian calendar (a Thai
// operator may well type the Buddhist-Era year: said so, not answered with an empty report).
std::optional<std::pair<QDate, QDate>> reportPeriod(
    const QString &day, const QString &month, QString *why)
{
    if (day.isEmpty() == month.isEmpty()) {
        *why = translated(QT_TRANSLATE_NOOP("saduak-hub",
            "report needs --day YYYY-MM-DD or --month YYYY-MM (one of them), e.g. --day "
            "2026-12-06 or --month 2026-12."));
        return std::nullopt;
    }
    static const QRegularExpression monthShape(u"^(\\d{4})-(\\d{2})$"_s);
    const QRegularExpressionMatch m = monthShape.match(month);
    QDate from;
    QDate to;
    if (!day.isEmpty() && EReportCommands::isDay(day)) {
        from = to = QDate::fromString(day, Qt::ISODate);
    } else if (m.hasMatch() && QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1).isValid()) {
        from = QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        to = from.addMonths(1).addDays(-1);
    } else {
        *why = day.isEmpty()
            ? translated(QT_TRANSLATE_NOOP("saduak-hub",
                  "\"%1\" is not a month: write it as YYYY-MM, e.g. 2026-12."))
                  .arg(month)
            : translated(QT_TRANSLATE_NOOP("saduak-hub",
                  "\"%1\" is not a day: write it as YYYY-MM-DD, e.g. 2026-12-06."))
                  .arg(day);
        return std::nullopt;
    }
    // 2400 and later can only be a Buddhist-Era year (BE = CE + 543): no branch has events then.
    if (from.year() >= 2400) {
        *why = translated(QT_TRANSLATE_NOOP("saduak-hub",
            "%1 is a Buddhist-Era year: write the Christian-Era year, %2 (%1 - 543)."))
                   .arg(from.year())
                   .arg(from.year() - 543);
        return std::nullopt;
    }
    return std::pair {from, to};
}

// `saduak-hub report`: the e-report of a day or a month from the branch database, as one CSV
// table (EReportCsv) to --csv FILE or to stdout; beside the live hub too (it only reads). The
// center's name is the one screens and tickets show (branch/thaiName, branch/englishName). Exit 0
// written, 1 not (the database, the file), 2 the command line is wrong.
int writeReport(Database &database, const QString &day, const QString &month,
    const QString &csvPath, const QSettings &settings, Language language)
{
    QString why;
    const auto period = reportPeriod(day, month, &why);
    if (!period) {
        printLine(stderr, why);
        return 2;
    }
    EReportSource source(database);
    const std::optional<EReport> report = source.compute(period->first, period->second, &why);
    if (!report) {
        printLine(stderr,
            translated(QT_TRANSLATE_NOOP("saduak-hub", "The events could not be read: %1"))
                .arg(why));
        return 1;
    }
    // The defaults are AppSettings::centerName's (app/shell), which the hub does not link.
    const QString center = language == Language::Thai
        ? settings.value(u"branch/thaiName"_s, u"ศูนย์ราชการสะดวก"_s).toString()
        : settings.value(u"branch/englishName"_s, u"Government Easy Contact Center"_s).toString();
    const QByteArray csv = EReportCsv::toCsv(*report, source.services(), center, language);
    if (csvPath.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(csv) != csv.size()) {
            printLine(stderr, out.errorString());
            return 1;
        }
        return 0;
    }
    // Whole or not at all: a half-written report opened in Excel looks like a quiet day.
    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        printLine(stderr,
            translated(QT_TRANSLATE_NOOP("saduak-hub", "The report could not be written to %1: %2"))
                .arg(QDir::toNativeSeparators(csvPath), file.errorString()));
        return 1;
    }
    printLine(stdout,
        translated(QT_TRANSLATE_NOOP("saduak-hub", "The e-report of %1 is in %2."))
            .arg(EReportCsv::period(*report, language), QDir::toNativeSeparators(csvPath)));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything opens a file: one descriptor per connection, and Linux starts a process at
    // 1024 (docs/deployment.md, "The branch hub": LimitNOFILE= in the unit raises the hard limit).
    const OpenFileLimit openFiles = OpenFileLimit::raise();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"saduak"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SADUAK_VERSION));

    // The hub answers refusals with a message for the person at the device (docs/hub-protocol.md):
    // Thai unless --language en.
    QTranslator translator;
    installProgramTranslation(translator, app.arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        translated(QT_TRANSLATE_NOOP("saduak-hub", "Saduak branch hub.")));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s,
        translated(QT_TRANSLATE_NOOP(
            "saduak-hub",
            "Nothing to serve the LAN; pair-device, list-devices or revoke-device to manage the "
            "devices; add-staff, list-staff, disable-staff or set-staff-password to manage the "
            "staff accounts; status for the sync with central and the devices; check for SQLite's "
            "integrity check of the database; backup FILE for a copy of it while the hub "
            "serves; report for the e-report of a day or a month as CSV.")));
    const QCommandLineOption db(
        u"db"_s, translated(QT_TRANSLATE_NOOP("saduak-hub", "Branch database file.")), u"file"_s);
    const QCommandLineOption listen(u"listen"_s,
        translated(QT_TRANSLATE_NOOP("saduak-hub", "Address to listen on.")), u"address"_s,
        u"0.0.0.0"_s);
    const QCommandLineOption port(u"port"_s,
        translated(QT_TRANSLATE_NOOP("saduak-hub", "Port (0: any free port).")), u"port"_s,
        u"7420"_s);
    const QCommandLineOption role(u"role"_s,
        translated(
            QT_TRANSLATE_NOOP("saduak-hub",
                "pair-device: counter, kiosk, display or supervisor; add-staff: counter, "
                "supervisor or admin.")),
        u"role"_s);
    const QCommandLineOption name(u"name"_s,
        translated(QT_TRANSLATE_NOOP(
            "saduak-hub", "pair-device: the device's name; add-staff: the person's name.")),
        u"name"_s);
    const QCommandLineOption user(u"user"_s,
        translated(QT_TRANSLATE_NOOP("saduak-hub",
            "add-staff, disable-staff, set-staff-password: the person's user name (small "
            "letters, digits, . _ -).")),
        u"name"_s);
    const QCommandLineOption counter(u"counter"_s,
        translated(QT_TRANSLATE_NOOP(
            "saduak-hub", "pair-device: a counter PC's counter number (it acts for no other).")),
        u"n"_s);
    const QCommandLineOption deviceId(u"device"_s,
        translated(QT_TRANSLATE_NOOP("saduak-hub", "revoke-device: the device's id (list-devices).")),
        u"id"_s);
    const QCommandLineOption language(u"language"_s,
        translated(QT_TRANSLATE_NOOP("saduak-hub", "Language of messages: th (default) or en.")),
        u"code"_s, u"th"_s);
    const QCommandLineOption settingsFile(u"settings"_s,
        translated(QT_TRANSLATE_NOOP(
            "saduak-hub",
            "Settings file (INI): the hub (hub/...), the queue's rules (queue/...), the sync "
            "with central (central/...), the modules (modules/...).")),
        u"file"_s);
    const QCommandLineOption modules(u"modules"_s,
        translated(QT_TRANSLATE_NOOP("saduak-hub", "Folder of the module plugins to serve.")),
        u"folder"_s);
    const QCommandLineOption maxConnections(u"max-connections"_s,
        translated(QT_TRANSLATE_NOOP("saduak-hub",
            "Connections served at once (default: from the open-file limit, at most 1000).")),
        u"n"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s,
        translated(QT_TRANSLATE_NOOP("saduak-hub",
            "PEM certificate of the hub, with --tls-key (or hub/tlsCert; default: its own, made "
            "beside the database).")),
        u"file"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s,
        translated(QT_TRANSLATE_NOOP("saduak-hub",
            "PEM private key of that certificate, not encrypted (or hub/tlsKey).")),
        u"file"_s);
    const QCommandLineOption reportDay(u"day"_s,
        translated(QT_TRANSLATE_NOOP("saduak-hub", "report: the business day, e.g. 2026-12-06.")),
        u"YYYY-MM-DD"_s);
    const QCommandLineOption reportMonth(u"month"_s,
        translated(QT_TRANSLATE_NOOP("saduak-hub", "report: the month, e.g. 2026-12.")),
        u"YYYY-MM"_s);
    const QCommandLineOption reportCsv(u"csv"_s,
        translated(QT_TRANSLATE_NOOP("saduak-hub",
            "report: the CSV file to write (UTF-8, for Excel or LibreOffice); default: stdout.")),
        u"file"_s);
    parser.addOptions(
        {db, listen, port, role, name, user, counter, deviceId, language, settingsFile, modules,
            maxConnections, tlsCert, tlsKey, reportDay, reportMonth, reportCsv});
    parser.process(app);

    BranchHub::Options options;
    options.databasePath = parser.isSet(db)
        ? parser.value(db)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/branch.sqlite"_s;
    if (parser.positionalArguments().value(0) == u"check"_s)
        return checkDatabase(options.databasePath);
    if (parser.positionalArguments().value(0) == u"backup"_s)
        return backupDatabase(options.databasePath, parser.positionalArguments().value(1));
    const QString settingsPath = parser.isSet(settingsFile)
        ? parser.value(settingsFile)
        : QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/hub.ini"_s;
    // A mistake in the file is said, not turned into a default: a hub that opens "all day" on
    // openAllDay=maybe, or keeps a typo's rule at its default, serves wrongly without a word.
    const QStringList settingsProblems
        = SettingsFileCheck::problemsOf(settingsPath, parser.isSet(settingsFile));
    if (!settingsProblems.isEmpty()) {
        for (const QString &problem : settingsProblems)
            printLine(stderr, problem);
        return 2;
    }
    QSettings settings(settingsPath, QSettings::IniFormat);
    options.queue = BranchHub::queueSettingsFrom(settings);
    HubLimits defaults;
    defaults.maxConnections = HubLimits::connectionsFor(openFiles.soft);
    options.limits = HubLimits::from(settings, defaults);
    if (parser.isSet(maxConnections)) {
        QString why;
        const std::optional<int> n = positiveOption(parser, maxConnections, 1, &why);
        if (!n) {
            printLine(stderr, why);
            return 2;
        }
        options.limits.maxConnections = *n;
    }
    if (options.limits.maxConnections > openFiles.soft - HubLimits::kReservedDescriptors)
        printLine(stderr,
            translated(QT_TRANSLATE_NOOP("saduak-hub",
                "Warning: %1 connections need more open files than the %2 this process may have; "
                "raise LimitNOFILE= (docs/deployment.md)."))
                .arg(options.limits.maxConnections)
                .arg(openFiles.soft));
    // The LAN's TLS: serving needs it, and pairing prints its pin for the device.
    QString tlsWhy;
    options.tls
        = BranchHub::tlsFrom(parser.value(tlsCert), parser.value(tlsKey), &settings, &tlsWhy);
    if (!tlsWhy.isEmpty()) {
        printLine(stderr, tlsWhy);
        return 1;
    }
    // Managing devices or staff only touches their rows: it runs beside the live hub on the same
    // file (which closes a revoked device's sessions within a second).
    const QString command = parser.positionalArguments().value(0);
    options.exclusive = command != u"pair-device"_s && command != u"list-devices"_s
        && command != u"revoke-device"_s && command != u"status"_s && command != u"report"_s
        && !isStaffCommand(command);
    // The modules' records live here: their tables, their commands (docs/hub-protocol.md).
    ModuleLoader loader;
    if (options.exclusive) {
        const QString folder = moduleFolder(parser.value(modules), settings);
        if (QDir(folder).exists())
            loader.loadFolder(folder);
        options.modules = loader.modules();
        options.settings = &settings;
    }
    StorageError error;
    std::unique_ptr<BranchHub> hub = BranchHub::open(options, &error);
    if (!hub) {
        printLine(stderr, error.message + u'\n' + error.detail);
        return 1;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == u"pair-device"_s) {
        const std::optional<Device::Role> r = deviceRoleFromString(parser.value(role));
        bool counterOk = !parser.isSet(counter);
        const int counterNumber = parser.isSet(counter) ? parser.value(counter).toInt(&counterOk) : 0;
        if (!r || parser.value(name).isEmpty() || !counterOk) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-hub",
                    "pair-device needs --role counter|kiosk|display|supervisor and --name NAME, "
                    "and a counter PC its --counter N.")));
            return 2;
        }
        QString why;
        const auto pairing = hub->devices().pair(*r, parser.value(name), counterNumber, &why);
        if (!pairing) {
            printLine(stderr, why);
            return 1;
        }
        // The token alone on stdout, so scripts can take it; it is shown once and never stored.
        printLine(stdout, pairing->token);
        // The hub's key pin goes with it (stderr: stdout stays the token alone): the device
        // checks the hub's key against it before it sends the token (docs/hub-protocol.md). The
        // hub's own certificate is made now if it has none, so the pin holds when it serves.
        const std::optional<QSslConfiguration> tls = hub->lanTls(&why);
        if (!tls) {
            printLine(stderr, why);
            return 1;
        }
        printLine(stderr, u"hub/pinSha256="_s + PublicKeyPin::textOf(tls->localCertificate()));
        printLine(stderr,
            translated(QT_TRANSLATE_NOOP("saduak-hub",
                "Give the device the token and this pin together; it joins at "
                "wss://<this hub's address>:%1 (saduak --hub wss://HOST:%1 --hub-pin PIN, or "
                "hub/url and hub/pinSha256 in its settings)."))
                .arg(parser.value(port)));
        return 0;
    }
    if (positional.value(0) == u"list-devices"_s) {
        QString why;
        const QList<PairedDevice> devices = hub->devices().list(&why);
        if (!why.isEmpty()) {
            printLine(stderr, why);
            return 1;
        }
        for (const PairedDevice &d : devices)
            printLine(stdout, deviceLine(d));
        return 0;
    }
    if (positional.value(0) == u"revoke-device"_s) {
        QString why;
        if (parser.value(deviceId).isEmpty()) {
            printLine(stderr,
                translated(QT_TRANSLATE_NOOP("saduak-hub", "revoke-device needs --device ID.")));
            return 2;
        }
        if (!hub->devices().revoke(parser.value(deviceId), &why)) {
            printLine(stderr, why);
            return 1;
        }
        printLine(stdout,
            translated(QT_TRANSLATE_NOOP("saduak-hub",
                "Device %1 is revoked. Its token opens nothing now; a running hub closes its "
                "connections within a second."))
                .arg(parser.value(deviceId)));
        return 0;
    }
    if (positional.value(0) == u"status"_s)
        return printStatus(*hub, settings);
    if (positional.value(0) == u"report"_s)
        return writeReport(hub->database(), parser.value(reportDay), parser.value(reportMonth),
            parser.value(reportCsv), settings,
            parser.value(language) == u"en"_s ? Language::English : Language::Thai);
    if (isStaffCommand(positional.value(0)))
        return runStaffCommand(positional.value(0), parser.value(user), parser.value(name),
            parser.value(role), hub->database());
    if (!positional.isEmpty()) {
        printLine(stderr,
            translated(QT_TRANSLATE_NOOP("saduak-hub", "Unknown command \"%1\"."))
                .arg(positional.first()));
        return 2;
    }

    bool portOk = false;
    const int portNumber = parser.value(port).toInt(&portOk);
    QString why;
    if (!portOk || portNumber < 0 || portNumber > 65535
        || !hub->listen(QHostAddress(parser.value(listen)), quint16(portNumber), &why)) {
        printLine(
            stderr, why.isEmpty() ? translated(QT_TRANSLATE_NOOP("saduak-hub", "Bad port.")) : why);
        return 1;
    }
    // The figures an operator checks first (docs/deployment.md, "The branch hub").
    printLine(stdout,
        u"saduak-hub serves at most %1 connections (open files: %2, hard limit %3)"_s
            .arg(options.limits.maxConnections)
            .arg(openFiles.soft)
            .arg(openFiles.hard));
    // The pin devices are given at pairing, or the warning that there is none (the log's
    // first lines say the same).
    if (hub->server()->isSecure())
        printLine(
            stdout, u"saduak-hub serves wss:// only; hub/pinSha256="_s + hub->server()->pin());
    else
        printLine(stdout, u"saduak-hub serves ws:// to this PC only (loopback, no TLS)"_s);
    // Tests and scripts read the port from this line when they ask for port 0.
    printLine(stdout, u"saduak-hub listening on port "_s + QString::number(hub->server()->port()));
    if (!hub->modules().running().isEmpty())
        printLine(stdout, u"saduak-hub serves the modules "_s + hub->modules().running().join(u", "_s));
    // Push the outbox to central when central/url and central/token are set (README, Settings).
    QString syncWhy;
    if (!hub->startSyncFrom(settings, &syncWhy) && !syncWhy.isEmpty())
        printLine(stderr, syncWhy);
    return QCoreApplication::exec();
}
