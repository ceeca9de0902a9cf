#include "branchstore.h"

#include <storage/accesstoken.h>
#include <storage/database.h>
#include <storage/writetransaction.h>

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

std::optional<CentralBranch> oneBranch(QSqlQuery &q)
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CentralBranch {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

} // namespace

BranchStore::BranchStore(Database &db) : m_db(db) { }

bool BranchStore::isValidCode(const QString &code)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,32}$"_s);
    return pattern.match(code).hasMatch();
}

std::optional<BranchStore::Enrolment> BranchStore::enrol(
    const QString &code, const QString &name, QString *why)
{
    auto refuse = [why](const QString &reason) -> std::optional<Enrolment> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!isValidCode(code))
        return refuse(u"branch code must be 1-32 letters, digits, '-' or '_'"_s);
    if (name.trimmed().isEmpty() || name.size() > 200)
        return refuse(u"branch name must be 1-200 characters"_s);
    if (byCode(code))
        return refuse(u"branch "_s + code + u" is enrolled already"_s);

    Enrolment e;
    e.branch.code = code;
    e.branch.name = name.trimmed();
    e.token = AccessToken::generate();
    WriteTransaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    // RETURNING, not lastInsertId(): QPSQL's is an OID, not the id (SQLite 3.35+ has it too).
    q.prepare(u"INSERT INTO branch (code, name, token_sha256, enrolled_at_ms) VALUES (?, ?, ?, ?) "
              "RETURNING id"_s);
    q.addBindValue(code);
    q.addBindValue(e.branch.name);
    q.addBindValue(AccessToken::hash(e.token));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!tx.isActive() || !q.exec() || !q.next())
        return refuse(
            u"enrolment of "_s + code + u" failed: "_s + q.lastError().text() + tx.errorText());
    e.branch.id = q.value(0).toLongLong();
    q.finish(); // SQLite: the statement is done before COMMIT
    if (!tx.commit())
        return refuse(u"enrolment of "_s + code + u" failed: "_s + tx.errorText());
    return e;
}

std::optional<CentralBranch> BranchStore::authenticate(const QString &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, code, name FROM branch WHERE token_sha256 = ?"_s);
    q.addBindValue(AccessToken::hash(token));
    return oneBranch(q);
}

std::optional<CentralBranch> BranchStore::byCode(const QString &code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, code, name FROM branch WHERE code = ?"_s);
    q.addBindValue(code);
    return oneBranch(q);
}

} // namespace saduak
