#include "deskcommands.h"

#include "centraldatabase.h"
#include "deskaccounts.h"

#include <domain/bangkoktime.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

const QString kUser = u"user"_s;

QString translated(const char *text)
{
    return QCoreApplication::translate("saduak::DeskCommands", text);
}

} // namespace

QList<QCommandLineOption> DeskCommands::options()
{
    return {{kUser,
        translated(QT_TRANSLATE_NOOP("saduak::DeskCommands",
            "add-officer, remove-officer: the officer's user name (small letters, digits, . _ "
            "-).")),
        u"name"_s}};
}

bool DeskCommands::handles(const QString &command)
{
    return command == u"add-officer"_s || command == u"remove-officer"_s;
}

DeskCommands::Output DeskCommands::run(const QString &command, const QCommandLineParser &parser,
    CentralDatabase &central, QIODevice &input)
{
    Output output;
    DeskAccounts accounts(central.database());
    const QString user = parser.value(kUser);
    if (user.isEmpty()) {
        output.exitCode = 2;
        output.err << translated(QT_TRANSLATE_NOOP("saduak::DeskCommands", "%1 needs --user NAME."))
                          .arg(command);
        return output;
    }
    QString why;
    if (command == u"remove-officer"_s) {
        if (accounts.removeOfficer(user, &why)) {
            output.out << translated(
                QT_TRANSLATE_NOOP("saduak::DeskCommands",
                    "Officer %1 removed; their sessions ended. The history keeps their user name."))
                              .arg(user);
            return output;
        }
        output.exitCode = 1;
        output.err << (why.isEmpty() ? translated(
                           QT_TRANSLATE_NOOP("saduak::DeskCommands", "There is no officer \"%1\"."))
                                           .arg(user)
                                     : why);
        return output;
    }
    if (!parser.isSet(u"name"_s)) {
        output.exitCode = 2;
        output.err << translated(QT_TRANSLATE_NOOP("saduak::DeskCommands",
            "add-officer needs --name \"the officer's name\" (and may take --agency)."));
        return output;
    }
    // One line on stdin: typed at a prompt-less terminal, or piped from a password manager.
    QByteArray password = input.readLine();
    while (password.endsWith('\n') || password.endsWith('\r'))
        password.chop(1);
    const DeskAccounts::Added added = accounts.addOfficer(user, parser.value(u"name"_s),
        parser.value(u"agency"_s), password, BangkokTime::nowUtcMs(), &why);
    password.fill('\0');
    switch (added) {
    case DeskAccounts::Added::Added:
        output.out << translated(QT_TRANSLATE_NOOP("saduak::DeskCommands",
                                     "Officer %1 added: they log in at /desk/ of this central."))
                          .arg(user);
        return output;
    case DeskAccounts::Added::Exists:
    case DeskAccounts::Added::BadInput:
        output.exitCode = added == DeskAccounts::Added::BadInput ? 2 : 1;
        output.err << why;
        return output;
    case DeskAccounts::Added::StorageFailed:
        break;
    }
    output.exitCode = 1;
    output.err << translated(
        QT_TRANSLATE_NOOP("saduak::DeskCommands", "The officer was not added: %1"))
                      .arg(why);
    return output;
}

} // namespace saduak
