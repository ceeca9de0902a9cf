#include "personalfields.h"

#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// The keys are those the modules and the card-read audit use, and the usual spellings of the same
// things, so a new module record is covered unless it invents a new word for a name. District,
// province and postcode are not here: alone they do not point at a person, and cross-branch
// statistics count by them. The ID-card audit's citizenIdHash is not here either: it is a keyed
// hash that central cannot reverse (modules/idcard/plugin/auditkey.h).
const QStringList kKeys {
    // names
    u"name"_s,
    u"firstName"_s,
    u"lastName"_s,
    u"middleName"_s,
    u"fullName"_s,
    u"nameTh"_s,
    u"nameEn"_s,
    u"firstNameTh"_s,
    u"firstNameEn"_s,
    u"lastNameTh"_s,
    u"lastNameEn"_s,
    u"middleNameTh"_s,
    u"middleNameEn"_s,
    u"title"_s,
    u"titleTh"_s,
    u"titleEn"_s,
    u"citizenName"_s,
    u"staff"_s,
    u"staffName"_s,
    // addresses and the parts that find a house
    u"address"_s,
    u"addressTh"_s,
    u"addressEn"_s,
    u"addressLine1"_s,
    u"addressLine2"_s,
    u"houseNo"_s,
    u"houseNumber"_s,
    u"moo"_s,
    u"village"_s,
    u"building"_s,
    u"soi"_s,
    u"road"_s,
    u"street"_s,
    // contact details
    u"contact"_s,
    u"phone"_s,
    u"phoneNumber"_s,
    u"mobile"_s,
    u"telephone"_s,
    u"tel"_s,
    u"email"_s,
    u"lineId"_s,
    // identity
    u"birthDate"_s,
    u"dateOfBirth"_s,
    u"citizenId"_s,
    u"passportNo"_s,
    u"laserId"_s,
    u"photo"_s,
};

const QSet<QString> &lowercaseKeys()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const QString &key : kKeys)
            s.insert(key.toLower());
        return s;
    }();
    return set;
}

const QSet<QByteArray> &lowercaseLatin1Keys()
{
    static const QSet<QByteArray> set = [] {
        QSet<QByteArray> s;
        for (const QString &key : kKeys) {
            Q_ASSERT(key.size() <= 32); // mayHoldPersonalKey's buffer
            s.insert(key.toLower().toLatin1());
        }
        return s;
    }();
    return set;
}

bool splitValue(QJsonValue &value, QJsonArray &path, QJsonArray &removed);

// Returns whether o changed. Reads through const access first, so a payload with nothing
// personal (every queue event) is never copied.
bool splitObject(QJsonObject &o, QJsonArray &path, QJsonArray &removed)
{
    bool changed = false;
    const QStringList keys = o.keys();
    for (const QString &key : keys) {
        if (PersonalFields::isPersonal(key)) {
            QJsonArray at = path;
            at.append(key);
            removed.append(QJsonArray {at, o.value(key)});
            o.remove(key);
            changed = true;
            continue;
        }
        QJsonValue child = o.value(key);
        if (!child.isObject() && !child.isArray())
            continue;
        path.append(key);
        if (splitValue(child, path, removed)) {
            o.insert(key, child);
            changed = true;
        }
        path.removeLast();
    }
    return changed;
}

bool splitValue(QJsonValue &value, QJsonArray &path, QJsonArray &removed)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        if (!splitObject(o, path, removed))
            return false;
        value = o;
        return true;
    }
    if (!value.isArray())
        return false;
    QJsonArray a = value.toArray();
    bool changed = false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        QJsonValue child = a.at(i);
        if (!child.isObject() && !child.isArray())
            continue;
        path.append(i);
        if (splitValue(child, path, removed)) {
            a.replace(i, child);
            changed = true;
        }
        path.removeLast();
    }
    if (changed)
        value = a;
    return changed;
}

bool insertInValue(QJsonValue &v, const QJsonArray &path, qsizetype depth, const QJsonValue &value);

bool insertInObject(
    QJsonObject &o, const QJsonArray &path, qsizetype depth, const QJsonValue &value)
{
    if (!path.at(depth).isString())
        return false;
    const QString key = path.at(depth).toString();
    if (depth == path.size() - 1) {
        if (o.contains(key)) // the rest never holds a personal key: this is not its data
            return false;
        o.insert(key, value);
        return true;
    }
    QJsonValue child = o.value(key);
    if (!insertInValue(child, path, depth + 1, value))
        return false;
    o.insert(key, child);
    return true;
}

bool insertInValue(QJsonValue &v, const QJsonArray &path, qsizetype depth, const QJsonValue &value)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        if (!insertInObject(o, path, depth, value))
            return false;
        v = o;
        return true;
    }
    if (!v.isArray() || depth >= path.size() - 1)
        return false;
    const double index = path.at(depth).toDouble(-1);
    QJsonArray a = v.toArray();
    if (index < 0 || index >= double(a.size()) || std::floor(index) != index)
        return false;
    QJsonValue child = a.at(qsizetype(index));
    if (!insertInValue(child, path, depth + 1, value))
        return false;
    a.replace(qsizetype(index), child);
    v = a;
    return true;
}

} // namespace

const QStringList &PersonalFields::keys()
{
    return kKeys;
}

bool PersonalFields::isPersonal(QStringView key)
{
    return lowercaseKeys().contains(key.toString().toLower());
}

bool PersonalFields::mayHoldPersonalKey(QByteArrayView json)
{
    const QSet<QByteArray> &keys = lowercaseLatin1Keys();
    char lowered[32];
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (json[i] != '"')
            continue;
        // A string: up to the closing quote. One with an escape may spell a key in a way this scan
        // does not read (\u0041 for A): parse then, to be sure.
        const qsizetype start = i + 1;
        qsizetype end = start;
        while (end < json.size() && json[end] != '"') {
            if (json[end] == '\\')
                return true;
            ++end;
        }
        if (end >= json.size())
            return true; // not JSON: let the parse decide
        i = end;
        qsizetype next = end + 1;
        while (next < json.size()
            && (json[next] == ' ' || json[next] == '\n' || json[next] == '\r'
                || json[next] == '\t'))
            ++next;
        if (next >= json.size() || json[next] != ':')
            continue; // a value, not a key
        // Lowercased into a small buffer, looked up without an allocation: this runs for every
        // key of every row. A key longer than any on the list is not on it.
        const qsizetype length = end - start;
        if (length > qsizetype(sizeof(lowered)))
            continue;
        for (qsizetype k = 0; k < length; ++k) {
            const char c = json[start + k];
            lowered[k] = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
        }
        if (keys.contains(QByteArray::fromRawData(lowered, length)))
            return true;
    }
    return false;
}

PersonalFields::Split PersonalFields::split(const QJsonObject &payload)
{
    Split out;
    out.rest = payload;
    QJsonArray path;
    splitObject(out.rest, path, out.removed);
    return out;
}

std::optional<QJsonObject> PersonalFields::merge(
    const QJsonObject &rest, const QJsonArray &removed, QString *why)
{
    QJsonObject out = rest;
    for (qsizetype i = 0; i < removed.size(); ++i) {
        const QJsonArray entry = removed.at(i).toArray();
        const QJsonArray path = entry.at(0).toArray();
        if (entry.size() != 2 || path.isEmpty() || !insertInObject(out, path, 0, entry.at(1))) {
            if (why)
                *why = u"personal field %1 does not fit the row's payload"_s.arg(i);
            return std::nullopt;
        }
    }
    return out;
}

} // namespace saduak
