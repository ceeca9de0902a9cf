#include "branchareacheck.h"

#include "referencelogstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("saduak::BranchAreaCheck", text);
}

// "10" or "p10" (any case) to "10"; empty when it is neither digits nor a key of that letter.
QString plainCode(const QString &given, QChar letter, int digits)
{
    QString code = given.trimmed();
    if (code.startsWith(letter, Qt::CaseInsensitive))
        code.remove(0, 1);
    static const QRegularExpression allDigits(u"^[0-9]+$"_s);
    if (code.size() != digits || !allDigits.match(code).hasMatch())
        return {};
    return code;
}

BranchAreaCheck::Result refused(const QString &why)
{
    return {BranchAreaCheck::Outcome::Refused, {}, why};
}

} // namespace

BranchAreaCheck::BranchAreaCheck(const ReferenceLogStore &reference) : m_reference(reference) { }

const QString &BranchAreaCheck::dataset()
{
    static const QString name = u"admin-areas"_s;
    return name;
}

BranchAreaCheck::Result BranchAreaCheck::check(const QString &province, const QString &amphoe) const
{
    if (province.isEmpty() && amphoe.isEmpty())
        return {Outcome::Valid, {}, {}};
    if (province.isEmpty())
        return refused(translated(QT_TRANSLATE_NOOP(
            "saduak::BranchAreaCheck", "An amphoe needs its province: give --province too.")));
    // TIS 1099: a province has 2 digits, an amphoe 4 starting with its province's.
    const QString provinceCode = plainCode(province, u'p', 2);
    if (provinceCode.isEmpty())
        return refused(
            translated(QT_TRANSLATE_NOOP("saduak::BranchAreaCheck",
                           "\"%1\" is not a province code (2 digits, e.g. 10, or the key p10)."))
                .arg(province));
    const QString amphoeCode = amphoe.isEmpty() ? QString() : plainCode(amphoe, u'd', 4);
    if (!amphoe.isEmpty() && amphoeCode.isEmpty())
        return refused(
            translated(QT_TRANSLATE_NOOP("saduak::BranchAreaCheck",
                           "\"%1\" is not an amphoe code (4 digits, e.g. 1001, or the key d1001)."))
                .arg(amphoe));

    const qint64 items = m_reference.itemCount(dataset());
    if (items < 0)
        return {Outcome::ReadFailed, {},
            translated(QT_TRANSLATE_NOOP("saduak::BranchAreaCheck",
                "The administrative areas (admin-areas) could not be read."))};
    if (items == 0)
        return refused(translated(QT_TRANSLATE_NOOP("saduak::BranchAreaCheck",
            "The administrative areas are not imported at central yet: import them first "
            "(saduak-central import-reference --dataset admin-areas --file "
            "db/reference/admin-areas.jsonl --key-field key).")));

    // One item exactly: liveItems matches a prefix, and "p10" must not stand for "p100".
    const auto item = [this](const QString &key, bool *failed) -> std::optional<QJsonObject> {
        QString why;
        const auto found = m_reference.liveItems(dataset(), key, &why);
        *failed = !found.has_value();
        if (found)
            for (const ReferenceItem &i : *found)
                if (i.key == key)
                    return QJsonDocument::fromJson(i.payload).object();
        return std::nullopt;
    };
    bool failed = false;
    const auto readFailed = [] {
        return Result {Outcome::ReadFailed, {},
            translated(QT_TRANSLATE_NOOP("saduak::BranchAreaCheck",
                "The administrative areas (admin-areas) could not be read."))};
    };
    if (!item(u"p"_s + provinceCode, &failed))
        return failed ? readFailed()
                      : refused(translated(
                          QT_TRANSLATE_NOOP("saduak::BranchAreaCheck",
                              "There is no province %1 in the administrative areas imported at "
                              "central."))
                                    .arg(provinceCode));
    if (amphoeCode.isEmpty())
        return {Outcome::Valid, {provinceCode, {}}, {}};
    const std::optional<QJsonObject> district = item(u"d"_s + amphoeCode, &failed);
    if (!district)
        return failed ? readFailed()
                      : refused(translated(
                          QT_TRANSLATE_NOOP("saduak::BranchAreaCheck",
                              "There is no amphoe %1 in the administrative areas imported at "
                              "central."))
                                    .arg(amphoeCode));
    const QString parent = district->value(u"parent"_s).toString();
    if (parent != provinceCode)
        return refused(translated(QT_TRANSLATE_NOOP("saduak::BranchAreaCheck",
                                      "Amphoe %1 is not in province %2 (it is in province %3)."))
                           .arg(amphoeCode, provinceCode, parent));
    return {Outcome::Valid, {provinceCode, amphoeCode}, {}};
}

} // namespace saduak
