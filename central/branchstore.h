#pragma once

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
    // refused (a second token for a live branch would be a silent takeover).
    std::optional<Enrolment> enrol(const QString &code, const QString &name, QString *why);
    std::optional<CentralBranch> authenticate(const QString &token) const;
    std::optional<CentralBranch> byCode(const QString &code) const;

    static bool isValidCode(const QString &code);

private:
    Database &m_db;
};

} // namespace saduak
