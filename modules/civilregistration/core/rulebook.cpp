#include "rulebook.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak::civilregistration {

namespace {

TranslatableText text(const char *source)
{
    return TranslatableText("saduak::civilregistration::RuleBook", source);
}

} // namespace

RuleBook RuleBook::fromItems(const QList<Item> &items)
{
    RuleBook book;
    auto refuse = [&book](const QString &type, const TranslatableText &why) {
        book.m_problems.append(why);
        if (!book.m_refused.contains(type))
            book.m_refused.insert(type, why);
    };

    for (const Item &item : items) {
        TranslatableText why;
        const auto rules = RequestTypeRules::fromJson(item.key, item.payload, &why);
        if (!rules) {
            // The type as the item says it, or as its key starts: its other versions go too.
            QString type = item.payload.value(u"type"_s).toString();
            if (type.isEmpty())
                type = item.key.section(u'@', 0, 0);
            refuse(type, why);
            continue;
        }
        book.m_versions[rules->type].append(*rules);
    }

    for (auto it = book.m_versions.begin(); it != book.m_versions.end(); ++it) {
        QList<RequestTypeRules> &versions = it.value();
        std::sort(versions.begin(), versions.end(),
            [](const RequestTypeRules &a, const RequestTypeRules &b) {
                return a.effectiveFrom < b.effectiveFrom;
            });
        // A later version must say so with a higher number: the version is what a printed form
        // and an audit row quote, and two rules with one number could not be told apart.
        for (qsizetype i = 1; i < versions.size(); ++i) {
            if (versions.at(i).version <= versions.at(i - 1).version) {
                refuse(it.key(),
                    text(QT_TRANSLATE_NOOP("saduak::civilregistration::RuleBook",
                             "Civil registration rule item \"%1\": its version %2 takes effect "
                             "after item \"%3\" but is not higher than its version %4."))
                        .arg(versions.at(i).key)
                        .arg(versions.at(i).version)
                        .arg(versions.at(i - 1).key)
                        .arg(versions.at(i - 1).version));
                break;
            }
        }
    }
    for (auto it = book.m_refused.cbegin(); it != book.m_refused.cend(); ++it)
        book.m_versions.remove(it.key());
    return book;
}

TranslatableText RuleBook::whyNotUsable(const QString &type) const
{
    if (m_versions.contains(type))
        return {};
    if (m_refused.contains(type))
        return m_refused.value(type);
    return text(QT_TRANSLATE_NOOP("saduak::civilregistration::RuleBook",
                    "There are no civil registration rules for the request type \"%1\"."))
        .arg(type);
}

const RequestTypeRules *RuleBook::inForceOn(const QString &type, QDate bangkokDate) const
{
    const auto it = m_versions.constFind(type);
    if (it == m_versions.cend())
        return nullptr;
    const RequestTypeRules *inForce = nullptr;
    for (const RequestTypeRules &rules : it.value())
        if (rules.effectiveFrom <= bangkokDate)
            inForce = &rules;
    return inForce;
}

} // namespace saduak::civilregistration
