#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace saduak {

class Database;

// One row of the staff audit, outbox kind staff.audit (docs/hub-protocol.md "Logging in"): a
// log-in, a refusal or a change to an account, when, where and by whom. It goes to central, which
// keeps the user names sealed (they name a person) and the rest readable
// (central/readablefields.cpp). Never a password.
struct StaffAudit
{
    static QString kind() { return QStringLiteral("staff.audit"); }

    qint64 atMs = 0;
    QString
        action; // logIn, logInRefused, …, commandRefused; staffAdded, staffDisabled, passwordSet
    QString device; // a paired device's id, "local", or "saduak-hub" for the operator's commands
    QString deviceRole; // empty: not done at a device (the operator's commands)
    std::optional<int> counter; // a device's bound counter (0: none)
    QString user; // the account concerned; empty when unknown
    QString role; // staffAdded: the new account's role
    QString by; // a change to an account: who made it
    QString command; // commandRefused: which command, and the refusal's code
    QString code;

    // The payload as central receives it: empty fields left out.
    QJsonObject toPayload() const;
    // Appends the row inside the caller's open write transaction (Outbox::append), so it commits
    // with the change it reports or not at all.
    bool append(Database &db, QString *why) const;
};

// Who changes an account, for its audit row: the operator's OS user name and the program
// ("saduak-hub") for the command line.
struct StaffActor
{
    QString by;
    QString device;

    // The person running this program on this PC: under sudo the one who ran sudo (SUDO_USER),
    // not the account it runs as (the hub's own, when the commands run as the hub's user);
    // otherwise USER, else LOGNAME, else "unknown".
    static StaffActor ofThisProcess(const QString &device);
};

} // namespace saduak
