#pragma once

#include "staffaudit.h"

#include <domain/staffrole.h>

#include <QList>
#include <QString>

#include <optional>

namespace saduak {

class Database;

// A person with an account at this hub, as the operator sees them (saduak-hub list-staff).
struct StaffMember
{
    qint64 id = 0;
    QString userName; // what the audit records as the actor
    QString displayName;
    StaffRole role = StaffRole::Counter;
    qint64 createdAtMs = 0;
    qint64 disabledAtMs = 0; // 0: may log in
    bool active() const { return disabledAtMs == 0; }
};

// The branch's staff accounts and all their SQL (hub migration 0005). Passwords and the lock-out
// follow app/accounts (Argon2id; the 5th failure in a row locks for 30 s, doubling to an hour).
// A person who leaves is disabled, never deleted, so the audit's user names stay theirs.
class StaffStore
{
public:
    explicit StaffStore(Database &db);

    // What a change did. why: what was wrong, translated for the operator; for StorageFailed the
    // database's message, for the log. A change that is Done wrote its audit row (StaffAudit:
    // staffAdded, staffDisabled, passwordSet, by the actor) in the same transaction; any other
    // wrote nothing.
    enum class Change { Done, BadInput, Exists, NotFound, AlreadyDisabled, StorageFailed };

    // userName as AccountName::isValid, a display name, a password of at least 10 characters.
    Change add(const QString &userName, const QString &displayName, StaffRole role,
        const QByteArray &password, qint64 nowMs, const StaffActor &actor, QString *why);
    // Everyone ever added, by user name; disabled ones too (they say when). Nothing: the database
    // failed (why set).
    std::optional<QList<StaffMember>> list(QString *why);
    // From now on the account logs in no more (it is kept).
    Change disable(const QString &userName, qint64 nowMs, const StaffActor &actor, QString *why);
    // A new password (an admin's reset): it also clears the failures and any lock-out. A disabled
    // account stays disabled.
    Change setPassword(const QString &userName, const QByteArray &password, qint64 nowMs,
        const StaffActor &actor, QString *why);

    // Whether there is an account of that user name, disabled or not (false on a failed read).
    bool exists(const QString &userName) const;
    // Whether anyone may log in at all: an active account exists (false on a failed read).
    bool anyActive() const;

    struct LogIn
    {
        enum class Outcome { LoggedIn, Refused, LockedOut, StorageFailed };
        Outcome outcome = Outcome::StorageFailed;
        StaffMember member; // LoggedIn
        qint64 lockedUntilMs = 0; // LockedOut: UTC ms
        QString why; // StorageFailed, for the log
    };
    // A wrong password, an unknown user name and a disabled account are refused alike (and take
    // as long). While locked out not even the right password logs in, and trying does not count;
    // the failure that reaches the lock-out answers LockedOut at once.
    LogIn logIn(const QString &userName, const QByteArray &password, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace saduak
