#pragma once

#include "requesttyperules.h"

#include <domain/translatabletext.h>

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace saduak::civilregistration {

// All versions of all request types, read from the items of the reference data set
// civil-registration-rules (a hub's cached copy: ModuleTransaction::referenceItems, or central's
// GET /v1/reference/civil-registration-rules), and the choice of the version in force on a day.
class RuleBook
{
public:
    // One item as the data set holds it: its key and its payload.
    struct Item
    {
        QString key;
        QJsonObject payload;
    };

    // Reads every item. A faulty item is refused with a sentence naming it (problems()), and so
    // is its whole type: with one of its versions unreadable, the version that would be in force
    // is unknown, and an older fine must not be charged in its place.
    static RuleBook fromItems(const QList<Item> &items);

    QList<TranslatableText> problems() const { return m_problems; }
    // The types that can be evaluated, in name order.
    QStringList types() const { return m_versions.keys(); }
    // Why a type cannot be used (empty when it can): the first problem of its items, or that the
    // data set has no such type.
    TranslatableText whyNotUsable(const QString &type) const;

    // The version of type in force on a Bangkok date: the one with the latest effectiveFrom not
    // after it. nullptr when the type is unknown or refused, or none is in force yet.
    const RequestTypeRules *inForceOn(const QString &type, QDate bangkokDate) const;
    // Every version of a type, oldest first.
    QList<RequestTypeRules> versions(const QString &type) const { return m_versions.value(type); }

private:
    QMap<QString, QList<RequestTypeRules>> m_versions; // by type, sorted by effectiveFrom
    QMap<QString, TranslatableText> m_refused; // type -> first problem
    QList<TranslatableText> m_problems;
};

} // namespace saduak::civilregistration
