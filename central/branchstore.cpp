#include "branchstore.h"

#include "complaintintake.h"

#include <storage/accesstoken.h>
#include <storage/database.h>
#include <storage/readresult.h>
#include <storage/writetransaction.h>

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// The columns every read of a branch selects, in this order.
constexpr auto kBranchColumns
    = "id, code, name, enrolled_at_ms, revoked_at_ms, province_code, amphoe_code";

CentralBranch branchAt(const QSqlQuery &q)
{
    return CentralBranch {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toLongLong(), q.value(4).isNull() ? 0 : q.value(4).toLongLong(),
        BranchArea {q.value(5).toString(), q.value(6).toString()}};
}

std::optional<CentralBranch> oneBranch(QSqlQuery &q)
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    return branchAt(q);
}

template<typename T>
std::optional<T> refusal(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return std::nullopt;
}

} // namespace

BranchStore::BranchStore(Database &db) : m_db(db) { }

bool BranchStore::isValidCode(const QString &code)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,32}$"_s);
    return pattern.match(code).hasMatch();
}

const QString &BranchStore::centralCode()
{
    static const QString code = u"CENTRAL"_s;
    return code;
}

bool BranchStore::isCentralCode(const QString &code)
{
    return ComplaintIntake::numberCode(code) == centralCode();
}

std::optional<qint64> BranchStore::centralItself(QString *why)
{
    if (const std::optional<CentralBranch> own = byCode(centralCode()))
        return own->id;
    WriteTransaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    // The token's hash of a token nobody is shown, and revoked: authenticate never finds it.
    q.prepare(u"INSERT INTO branch (code, name, token_sha256, enrolled_at_ms, revoked_at_ms) "
              "VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.addBindValue(centralCode());
    q.addBindValue(u"central (Open311)"_s);
    q.addBindValue(AccessToken::hash(AccessToken::generate()));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!tx.isActive() || !q.exec())
        return refusal<qint64>(why,
            u"cannot make central's own branch row: "_s + q.lastError().text() + tx.errorText());
    if (!tx.commit())
        return refusal<qint64>(why, u"cannot make central's own branch row: "_s + tx.errorText());
    if (const std::optional<CentralBranch> own = byCode(centralCode()))
        return own->id;
    return refusal<qint64>(why, u"central's own branch row cannot be read"_s);
}

std::optional<BranchStore::Enrolment> BranchStore::enrol(
    const QString &code, const QString &name, QString *why, const BranchArea &area)
{
    auto refuse = [why](const QString &reason) -> std::optional<Enrolment> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!isValidCode(code))
        return refuse(u"branch code must be 1-32 letters, digits, '-' or '_'"_s);
    if (isCentralCode(code))
        return refuse(u"branch code "_s + code + u" is central's own (complaints filed at central)"_s);
    if (name.trimmed().isEmpty() || name.size() > 200)
        return refuse(u"branch name must be 1-200 characters"_s);
    if (byCode(code))
        return refuse(u"branch "_s + code + u" is enrolled already"_s);
    // A tracking number carries the code as upper-case letters and digits: two codes that read
    // alike there ("B-001", "b001") would give two branches the same complaint numbers.
    // Only the codes are read: enrol works on the branch table of every schema version (a
    // migration test enrols on version 4, before revoked_at_ms).
    QSqlQuery codes(m_db.connection());
    codes.setForwardOnly(true);
    if (!codes.exec(u"SELECT code FROM branch"_s))
        return refuse(u"cannot read the branches: "_s + codes.lastError().text());
    while (codes.next()) {
        const QString other = codes.value(0).toString();
        if (ComplaintIntake::numberCode(other) == ComplaintIntake::numberCode(code))
            return refuse(u"branch code "_s + code + u" reads as "_s + other
                + u" in a complaint's tracking number ("_s + ComplaintIntake::numberCode(code)
                + u"); choose another"_s);
    }
    if (readFailed(codes))
        return refuse(u"cannot read the branches: "_s + codes.lastError().text());

    Enrolment e;
    e.branch.code = code;
    e.branch.name = name.trimmed();
    e.branch.area = area;
    e.token = AccessToken::generate();
    WriteTransaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    // RETURNING, not lastInsertId(): QPSQL's is an OID, not the id (SQLite 3.35+ has it too).
    // The area's columns only when there is one: the migration test enrols before they exist.
    q.prepare(area.isEmpty()
            ? u"INSERT INTO branch (code, name, token_sha256, enrolled_at_ms) VALUES (?, ?, ?, ?) "
              "RETURNING id"_s
            : u"INSERT INTO branch (code, name, token_sha256, enrolled_at_ms, province_code, "
              "amphoe_code) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(code);
    q.addBindValue(e.branch.name);
    q.addBindValue(AccessToken::hash(e.token));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!area.isEmpty()) {
        q.addBindValue(area.provinceCode);
        // An amphoe not given is NULL, as a branch never given an area is.
        q.addBindValue(area.amphoeCode.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(area.amphoeCode));
    }
    if (!tx.isActive() || !q.exec() || !q.next())
        return refuse(
            u"enrolment of "_s + code + u" failed: "_s + q.lastError().text() + tx.errorText());
    e.branch.id = q.value(0).toLongLong();
    q.finish(); // SQLite: the statement is done before COMMIT
    if (!tx.commit())
        return refuse(u"enrolment of "_s + code + u" failed: "_s + tx.errorText());
    return e;
}

TokenLookup BranchStore::authenticate(const QString &token) const
{
    TokenLookup lookup;
    if (token.isEmpty())
        return lookup;
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT "_s + QLatin1StringView(kBranchColumns)
            + u" FROM branch WHERE token_sha256 = ? AND revoked_at_ms IS NULL"_s)) {
        lookup.storageFailure = u"cannot look up a branch token: "_s + q.lastError().text();
        return lookup;
    }
    q.addBindValue(AccessToken::hash(token));
    if (!q.exec()) {
        lookup.storageFailure = u"cannot look up a branch token: "_s + q.lastError().text();
        return lookup;
    }
    if (q.next())
        lookup.branch = branchAt(q);
    else if (q.lastError().isValid()) // a read that failed part-way is not "no such row"
        lookup.storageFailure = u"cannot look up a branch token: "_s + q.lastError().text();
    return lookup;
}

std::optional<CentralBranch> BranchStore::byCode(const QString &code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + QLatin1StringView(kBranchColumns) + u" FROM branch WHERE code = ?"_s);
    q.addBindValue(code);
    return oneBranch(q);
}

std::optional<QList<CentralBranch>> BranchStore::list(QString *why) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + QLatin1StringView(kBranchColumns) + u" FROM branch ORDER BY code"_s))
        return refusal<QList<CentralBranch>>(
            why, u"cannot read the branches: "_s + q.lastError().text());
    QList<CentralBranch> branches;
    while (q.next())
        branches.append(branchAt(q));
    if (readFailed(q))
        return refusal<QList<CentralBranch>>(
            why, u"cannot read the branches: "_s + q.lastError().text());
    return branches;
}

std::optional<BranchStore::Enrolment> BranchStore::rotateToken(const QString &code, QString *why)
{
    if (!isValidCode(code))
        return refusal<Enrolment>(why, u"branch code must be 1-32 letters, digits, '-' or '_'"_s);
    if (isCentralCode(code))
        return refusal<Enrolment>(why, u"central's own code has no token"_s);
    Enrolment e;
    e.token = AccessToken::generate();
    WriteTransaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    // The new hash replaces the old one in the same row: the old token is unknown from the
    // commit on, as one central issued never (token_sha256 is unique, so no two branches share).
    q.prepare(u"UPDATE branch SET token_sha256 = ?, revoked_at_ms = NULL WHERE code = ? "
              "RETURNING "_s + QLatin1StringView(kBranchColumns));
    q.addBindValue(AccessToken::hash(e.token));
    q.addBindValue(code);
    if (!tx.isActive() || !q.exec())
        return refusal<Enrolment>(why,
            u"new token for "_s + code + u" failed: "_s + q.lastError().text() + tx.errorText());
    if (!q.next())
        return refusal<Enrolment>(why, u"no branch has the code "_s + code);
    e.branch = branchAt(q);
    q.finish(); // SQLite: the statement is done before COMMIT
    if (!tx.commit())
        return refusal<Enrolment>(why, u"new token for "_s + code + u" failed: "_s + tx.errorText());
    return e;
}

std::optional<CentralBranch> BranchStore::setArea(
    const QString &code, const BranchArea &area, QString *why)
{
    if (!isValidCode(code))
        return refusal<CentralBranch>(
            why, u"branch code must be 1-32 letters, digits, '-' or '_'"_s);
    if (isCentralCode(code))
        return refusal<CentralBranch>(why, u"central's own code is no branch with an area"_s);
    const auto orNull = [](const QString &value) {
        return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
    };
    WriteTransaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE branch SET province_code = ?, amphoe_code = ? WHERE code = ? RETURNING "_s
        + QLatin1StringView(kBranchColumns));
    q.addBindValue(orNull(area.provinceCode));
    q.addBindValue(orNull(area.amphoeCode));
    q.addBindValue(code);
    if (!tx.isActive() || !q.exec())
        return refusal<CentralBranch>(why,
            u"area of "_s + code + u" not set: "_s + q.lastError().text() + tx.errorText());
    if (!q.next())
        return refusal<CentralBranch>(why, u"no branch has the code "_s + code);
    const CentralBranch now = branchAt(q);
    q.finish(); // SQLite: the statement is done before COMMIT
    if (!tx.commit())
        return refusal<CentralBranch>(why, u"area of "_s + code + u" not set: "_s + tx.errorText());
    return now;
}

std::optional<CentralBranch> BranchStore::revoke(const QString &code, QString *why)
{
    if (!isValidCode(code))
        return refusal<CentralBranch>(
            why, u"branch code must be 1-32 letters, digits, '-' or '_'"_s);
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive())
        return refusal<CentralBranch>(
            why, u"revocation of "_s + code + u" failed: "_s + tx.errorText());
    // Read inside the write transaction: the answer (revoked already or not) is the one this
    // write changed.
    std::optional<CentralBranch> before = byCode(code);
    if (!before)
        return refusal<CentralBranch>(why, u"no branch has the code "_s + code);
    if (before->revoked())
        return before; // the transaction rolls back: nothing to write
    QSqlQuery q(m_db.connection());
    // The token's hash stays (unique, so no later token can collide with it); the branch's rows
    // stay too: what it pushed happened.
    q.prepare(u"UPDATE branch SET revoked_at_ms = ? WHERE id = ?"_s);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(before->id);
    if (!q.exec())
        return refusal<CentralBranch>(why,
            u"revocation of "_s + code + u" failed: "_s + q.lastError().text());
    q.finish();
    if (!tx.commit())
        return refusal<CentralBranch>(
            why, u"revocation of "_s + code + u" failed: "_s + tx.errorText());
    return before;
}

} // namespace saduak
