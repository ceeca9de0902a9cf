#pragma once

#include <accounts/accountname.h>
#include <accounts/lockout.h>

#include <QString>

#include <optional>

namespace saduak {

class Database;

// An officer of an agency who may use the complaint desk (saduak-central add-officer).
struct DeskOfficer
{
    qint64 id = 0;
    QString userName; // what the complaint's history records as the actor
    QString displayName;
    QString agency;
};

// A logged-in officer, as a request's session cookie finds them.
struct DeskSession
{
    DeskOfficer officer;
    QString csrfToken; // every POST form of the session must carry it
};

// The desk's officers and their sessions, and all their SQL. A password is kept only as its
// Argon2id hash (libsodium crypto_pwhash_str), a session only as the SHA-256 of its cookie.
// Repeated failed log-ins lock the officer out for a while that doubles with each further
// failure, so a guessed password list takes years, not minutes; a good log-in clears the count.
class DeskAccounts
{
public:
    // The rules all accounts share (app/accounts): Argon2id, the lock-out, names and passwords.
    static constexpr int kFreeFailures = Lockout::kFreeFailures;
    static constexpr qint64 kFirstLockMs = Lockout::kFirstLockMs;
    static constexpr qint64 kLongestLockMs = Lockout::kLongestLockMs;
    static constexpr qint64 kIdleMs = 30 * 60 * 1000; // a session unused this long has ended
    static constexpr qint64 kLifetimeMs = 10 * 60 * 60 * 1000; // and any after a working day
    static constexpr int kMinimumPasswordLength = AccountName::kMinimumPasswordLength;

    explicit DeskAccounts(Database &db);

    static bool isValidUserName(const QString &userName); // [a-z0-9._-], 1 to 64

    enum class Added { Added, Exists, BadInput, StorageFailed };
    // why: what was wrong with the input (translated), or the database's failure.
    Added addOfficer(const QString &userName, const QString &displayName, const QString &agency,
        const QByteArray &password, qint64 nowMs, QString *why);
    // The officer and their sessions go; the history keeps their user name. False: no such
    // officer (why empty) or the database failed (why set).
    bool removeOfficer(const QString &userName, QString *why);

    struct LogIn
    {
        enum class Outcome { LoggedIn, Refused, LockedOut, StorageFailed };
        Outcome outcome = Outcome::StorageFailed;
        QString cookie; // LoggedIn: the session cookie's value (only its hash is kept)
        qint64 lockedUntilMs = 0; // LockedOut
        QString why; // StorageFailed, for the log
    };
    // A wrong password and an unknown user name are refused alike (and take as long).
    LogIn logIn(const QString &userName, const QByteArray &password, qint64 nowMs);

    // The session of a cookie, still alive at nowMs (its last use moves on); nothing when it is
    // unknown, ended or the database failed (*storageFailure set then).
    std::optional<DeskSession> session(
        const QString &cookie, qint64 nowMs, QString *storageFailure = nullptr);
    void logOut(const QString &cookie);

private:
    Database &m_db;
};

} // namespace saduak
