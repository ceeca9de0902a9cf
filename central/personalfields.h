#pragma once

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace saduak {

// Which fields of a row's payload are personal data (PDPA), and how they leave a payload to be
// encrypted and come back. The one list of them is keys() (docs/central-api.md, "Personal data at
// central"); a field is personal wherever it is in the payload, at any depth, and its whole value
// goes (an "address" object with all its parts). What stays is everything statistics need.
class PersonalFields
{
public:
    // The personal payload keys, compared without regard to case.
    static const QStringList &keys();
    static bool isPersonal(QStringView key);

    // Whether the JSON text of an object may hold a personal key: false only when every key in
    // it is certainly not one. A scan of the text, far cheaper than parsing it, so the rows with
    // nothing personal (nearly all: queue events) cost central no parse.
    static bool mayHoldPersonalKey(QByteArrayView json);

    struct Split
    {
        QJsonObject rest; // the payload without the personal fields
        // [[path, value], ...]: path is the keys and array indexes from the payload's top down to
        // the personal key, e.g. [["citizen", "address"], {...}]. Empty: nothing personal.
        QJsonArray removed;
    };
    static Split split(const QJsonObject &payload);
    // The payload again: rest with every removed field back at its path. Nothing (why, for the
    // developer) when removed does not fit rest.
    static std::optional<QJsonObject> merge(
        const QJsonObject &rest, const QJsonArray &removed, QString *why = nullptr);
};

} // namespace saduak
