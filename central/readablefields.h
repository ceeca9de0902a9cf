#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace saduak {

// What central keeps readable of a row's payload; everything else is personal data until
// declared otherwise, and is sealed (docs/central-api.md, "Personal data at central"). Central
// reads payloads for its statistics only, so a kind names just the fields those read: queue
// events ("event"), the ID-card audit ("idcard.read") and which part of which file a complaint
// attachment's part is ("complaints.attachmentPart", its bytes sealed). A kind central does not
// know, which is every other module record, is sealed whole. This is an allow-list on purpose: a
// list of personal key names could never keep up with the words new modules use for a name or a
// phone number, nor with look-alike spellings ("emaİl", "ｎａｍｅ").
//
// A key stays readable only under exactly the spelling declared (no case folding, no Unicode
// normalisation): any other spelling of it, however alike on screen, is sealed. A declared leaf
// keeps a scalar or an array of scalars; an object or nested array under it is sealed whole. A
// declared object keeps those of its keys that are declared in turn.
class ReadableFields
{
public:
    // The declaration of a kind as dotted paths ("data.waitedMs"), sorted; empty for a kind
    // sealed whole.
    static QStringList pathsOf(const QString &kind);
    static QStringList declaredKinds();

    struct Split
    {
        QJsonObject rest; // the readable part: only declared fields
        // [[path, value], ...]: path is the keys and array indexes from the payload's top down to
        // the sealed value, e.g. [["citizen"], {...}]. Empty: everything was readable.
        QJsonArray sealed;
    };
    static Split split(const QString &kind, const QJsonObject &payload);
    // The payload again: rest with every sealed value back at its path. Nothing (why, for the
    // developer) when sealed does not fit rest.
    static std::optional<QJsonObject> merge(
        const QJsonObject &rest, const QJsonArray &sealed, QString *why = nullptr);
};

} // namespace saduak
