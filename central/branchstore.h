#pragma once

#include "branchareacheck.h"

#include <QList>
#include <QString>
#include <optional>

namespace saduak {

class Database;

// A branch enrolled at central: the code it is known by (docs/central-api.md) and its name.
struct CentralBranch
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 enrolledAtMs = 0;
    qint64 revokedAtMs = 0; // UTC ms since its token opens nothing (revoke-branch); 0: it opens
    BranchArea area; // its province and amphoe, checked by BranchAreaCheck; empty: not given
    bool revoked() const { return revokedAtMs > 0; }
};

// What a branch token opened: its branch, nothing (an unknown or revoked token), or nothing
// known, as the database could not be asked (storageFailure says why). A failed lookup is never
// an unknown token: central answers it 503 storageFailed, not 401 (docs/central-api.md).
struct TokenLookup
{
    std::optional<CentralBranch> branch;
    QString storageFailure; // set: the lookup failed, the token may well be good

    bool storageFailed() const { return !storageFailure.isEmpty(); }
};

// Enrolled branches and their tokens. A token is shown once at enrolment; only its SHA-256 is
// kept, so a copy of central's database gives nobody a branch's identity. All SQL about
// branches is here.
class BranchStore
{
public:
    explicit BranchStore(Database &db);

    struct Enrolment
    {
        CentralBranch branch;
        QString token; // shown once, never stored
    };
    // code: 1-32 letters, digits, '-' or '_'; name: 1-200 characters. A code enrolled already is
    // refused (a second token for a live branch would be a silent takeover): it gets a new token
    // with rotateToken.
    // area: as BranchAreaCheck passed it (empty: none; the row is then written as on a schema
    // before the area's columns).
    std::optional<Enrolment> enrol(
        const QString &code, const QString &name, QString *why, const BranchArea &area = {});
    // Puts the branch of code in area (as BranchAreaCheck passed it), revoked or not. Nothing
    // returned (why set) for an unknown code, central's own or a failed write; otherwise the
    // branch as it is now.
    std::optional<CentralBranch> setArea(const QString &code, const BranchArea &area, QString *why);
    // A new token for the branch of code; its old token opens nothing once this returns (no
    // overlap: a rotation is often for a token that leaked). A revoked branch is let in again
    // this way. Nothing returned (why set) for an unknown code or a failed write.
    std::optional<Enrolment> rotateToken(const QString &code, QString *why);
    // The branch's token opens nothing once this returns; its rows stay. Revoking a revoked
    // branch changes nothing and succeeds. Nothing returned (why set) for an unknown code or a
    // failed write; otherwise the branch as it was before (revoked: it was already).
    std::optional<CentralBranch> revoke(const QString &code, QString *why);
    // The branch whose token this is, if it is not revoked. Read from the database on each call
    // (no cache), so a rotation or revocation by another process counts at the next request.
    TokenLookup authenticate(const QString &token) const;
    std::optional<CentralBranch> byCode(const QString &code) const; // revoked ones too
    // Every enrolled branch, revoked ones too, by code; nothing (why set) if the read failed.
    std::optional<QList<CentralBranch>> list(QString *why = nullptr) const;

    static bool isValidCode(const QString &code);

    // "CENTRAL": the branch part of the tracking numbers of complaints filed at central itself
    // (Open311). No branch is enrolled with a code that reads as it in a number ("central",
    // "Cent-ral"…), so those numbers never collide with a branch's; its row is made here, revoked
    // from the start and without a token anyone was shown, so nothing logs in as it.
    static const QString &centralCode();
    static bool isCentralCode(const QString &code);
    // The id of central's own row (made at the first call); nothing (why) on a failure.
    std::optional<qint64> centralItself(QString *why);

private:
    Database &m_db;
};

} // namespace saduak
