#pragma once

#include <QString>

#include <optional>

namespace saduak {

class ReferenceLogStore;

// Where a branch is: the TIS 1099 codes of its province ("10") and amphoe ("1001"), items "p10"
// and "d1001" of the reference data set admin-areas (db/reference/README.md). Empty: not given.
struct BranchArea
{
    QString provinceCode;
    QString amphoeCode;

    bool isEmpty() const { return provinceCode.isEmpty() && amphoeCode.isEmpty(); }
    friend bool operator==(const BranchArea &, const BranchArea &) = default;
};

// Reads an operator's --province and --amphoe (plain codes "10" / "1001" or the keys "p10" /
// "d1001") against admin-areas as imported at central, so a branch never carries an area that
// figures by area could not name. One job: the check; BranchStore writes what it passes.
class BranchAreaCheck
{
public:
    explicit BranchAreaCheck(const ReferenceLogStore &reference);

    enum class Outcome {
        Valid,
        Refused, // wrong input or admin-areas not imported: the operator's to fix (exit 2)
        ReadFailed, // central's database could not be read (exit 1)
    };
    struct Result
    {
        Outcome outcome = Outcome::Refused;
        BranchArea area; // the plain codes, when Valid
        QString why; // in the operator's language, when not Valid
    };
    // province is needed whenever amphoe is given; an amphoe must lie in the province.
    Result check(const QString &province, const QString &amphoe) const;

    static const QString &dataset(); // "admin-areas"

private:
    const ReferenceLogStore &m_reference;
};

} // namespace saduak
