// saduak: one program, four screens (DESIGN.md). With no hub address it runs the branch in this
// process on a local SQLite file.
#include "branchsession.h"
#include "commandline.h"
#include "connectingwindow.h"

#include <cli/programconsole.h>
#include <cli/settingsfilecheck.h>
#include <shell/appsettings.h>
#include <shell/counterwindow.h>
#include <shell/displaywindow.h>
#include <shell/firstadmindialog.h>
#include <shell/kioskwindow.h>
#include <shell/languageswitcher.h>
#include <shell/supervisor/supervisorwindow.h>
#include <storage/database.h>
#include <tls/publickeypin.h>

#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

std::unique_ptr<ModeWindow> makeWindow(CommandLine::Mode mode, const ShellContext &context)
{
    switch (mode) {
    case CommandLine::Mode::Kiosk:
        return std::make_unique<KioskWindow>(context);
    case CommandLine::Mode::Display:
        return std::make_unique<DisplayWindow>(context);
    case CommandLine::Mode::Supervisor:
        return std::make_unique<SupervisorWindow>(context);
    case CommandLine::Mode::Counter:
        break;
    }
    return std::make_unique<CounterWindow>(context);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"saduak"_s);
    QApplication::setApplicationVersion(QStringLiteral(SADUAK_VERSION));

    // Language first, so that help and errors are in the user's language too.
    const QStringList args = QApplication::arguments();
    AppSettings settings(CommandLine::earlyValue(args, u"settings"_s));
    const QString languageArg = CommandLine::earlyValue(args, u"language"_s);
    std::optional<Language> chosen = settings.language();
    if (languageArg == u"th"_s)
        chosen = Language::Thai;
    else if (languageArg == u"en"_s)
        chosen = Language::English;
    LanguageSwitcher language;
    language.setLanguage(LanguageSwitcher::startLanguage(chosen, QLocale::system()));

    QString output;
    int exitCode = 0;
    const std::optional<CommandLine> cli = CommandLine::parse(args, &output, &exitCode);
    if (!cli) {
        printLine(exitCode == 0 ? stdout : stderr, output);
        return exitCode;
    }

    // A mistake in the settings file is said, not turned into a default in silence (the same
    // check as saduak-hub's: an unknown key, openAllDay=maybe, a folder or binary garbage). A
    // --settings file that does not exist yet is this PC's new one (README: each device its own
    // file), which the screen writes when staff change a setting: not a mistake here.
    const QStringList settingsProblems
        = SettingsFileCheck::problemsOf(settings.filePath(), false);
    if (!settingsProblems.isEmpty()) {
        for (const QString &problem : settingsProblems)
            printLine(stderr, problem);
        return 2;
    }

    BranchSession::Options options;
    options.serve = cli->serve;
    // A kiosk or a board run on the branch's own PC is a paired device as any other: nobody
    // logs in there. The counter screen is a counter PC bound to this PC's counter (the
    // default); the supervisor's screen a supervisor's PC.
    if (cli->mode == CommandLine::Mode::Kiosk)
        options.localRole = DeviceRole::Kiosk;
    else if (cli->mode == CommandLine::Mode::Display)
        options.localRole = DeviceRole::Display;
    else if (cli->mode == CommandLine::Mode::Supervisor)
        options.localRole = DeviceRole::Supervisor;
    options.port = quint16(cli->port >= 0 ? cli->port : settings.hubPort());
    if (!cli->listenAddress.isEmpty())
        options.listenAddress = QHostAddress(cli->listenAddress);
    options.hubUrl = QUrl(cli->hubUrl.isEmpty() ? settings.hubUrl() : cli->hubUrl);
    options.hubToken = cli->hubToken.isEmpty() ? settings.hubToken() : cli->hubToken;
    const QString pinText = cli->hubPin.isEmpty() ? settings.hubPin() : cli->hubPin;
    if (!pinText.trimmed().isEmpty()) {
        const std::optional<QByteArray> pin = PublicKeyPin::parse(pinText);
        if (!pin) {
            printLine(stderr,
                QApplication::translate("main",
                    "The hub's pin \"%1\" (--hub-pin or hub/pinSha256) is not a SHA-256 in base64 "
                    "(44 characters); copy it again from the pairing.")
                    .arg(pinText.trimmed()));
            return 2;
        }
        options.hubPin = *pin;
    }
    options.databasePath
        = cli->databasePath.isEmpty() ? settings.databasePath() : cli->databasePath;
    options.moduleFolder
        = cli->moduleFolder.isEmpty() ? settings.moduleFolder() : cli->moduleFolder;
    if (qEnvironmentVariableIsSet("SADUAK_MODULE_DIR") && cli->moduleFolder.isEmpty())
        options.moduleFolder = qEnvironmentVariable("SADUAK_MODULE_DIR");

    StorageError error;
    QString serveError;
    std::unique_ptr<BranchSession> session
        = BranchSession::open(options, settings, &error, &serveError);
    if (!session) {
        printLine(stderr, error.message + u"\n"_s + error.detail);
        if (cli->screenshotPath.isEmpty())
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Saduak cannot start"), error.message);
        return 1;
    }

    if (!serveError.isEmpty())
        printLine(stderr, serveError);

    // A client PC waits for the hub's catalog before it can draw a screen; it says so meanwhile.
    std::unique_ptr<ConnectingWindow> connecting;
    if (!session->isReady()) {
        connecting = std::make_unique<ConnectingWindow>(session->queue(), options.hubUrl);
        connecting->show();
    }

    // A screenshot of a client PC that will never be ready (its pairing or the hub's key was
    // refused) is of what its user sees: the reason, on the connecting window.
    const auto grabAndQuit = [&](QWidget *shown) {
        // Once the event loop has laid the window out, so the picture is what a person sees.
        QTimer::singleShot(0, shown, [&, shown] {
            const bool saved = shown->grab().save(cli->screenshotPath, "PNG");
            if (!saved)
                printLine(stderr,
                    QApplication::translate("main", "Could not write %1").arg(cli->screenshotPath));
            QApplication::exit(saved ? 0 : 1);
        });
    };
    if (connecting && !cli->screenshotPath.isEmpty()) {
        const auto grabIfRefused = [&] {
            if (connecting && session->queue().state() == QueueLink::State::Refused)
                grabAndQuit(connecting.get());
        };
        QObject::connect(&session->queue(), &QueueLink::stateChanged, connecting.get(),
            grabIfRefused);
        grabIfRefused();
    }

    std::unique_ptr<ModeWindow> window;
    session->whenReady([&] {
        connecting.reset();
        window = makeWindow(cli->mode, session->shellContext(&language));
        // Citizens' screens fill theirs; staff work in a window among their other programs.
        const bool staffScreen = cli->mode == CommandLine::Mode::Counter
            || cli->mode == CommandLine::Mode::Supervisor;
        const bool fullScreen = !staffScreen && !cli->windowed && cli->screenshotPath.isEmpty();
        if (fullScreen)
            window->showFullScreen();
        else
            window->show();
        // A new branch run on this PC alone has nobody who could log in at its counter or
        // supervisor screen: its first administrator is made here, over the log-in form they
        // then use.
        if (staffScreen && session->needsFirstAdmin()) {
            auto *firstAdmin = new FirstAdminDialog(
                [&](const QString &user, const QString &name, const QByteArray &password,
                    QString *why) { return session->addFirstAdmin(user, name, password, why); },
                window.get());
            firstAdmin->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(firstAdmin, &QDialog::rejected, &app, &QApplication::quit);
            firstAdmin->open();
        }
        if (!cli->screenshotPath.isEmpty())
            grabAndQuit(window.get());
    });
    const int result = QApplication::exec();
    session->shutDown();
    return result;
}
