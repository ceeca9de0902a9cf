#include "readablefields.h"

#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// The declarations, as the paths the API document lists. Queue events: what QueueEvent::toJson
// writes and QueueStatistics reads, and the data of each event type (app/queue/queuemanager.cpp),
// except the ticket's bookingReference, which leads to a named online booking. The ID-card audit
// (modules/idcard/plugin/cardreadaudit.cpp): everything but the staff member's name; the citizen
// is only a keyed hash central cannot reverse.
const QMap<QString, QStringList> &declarations()
{
    static const QMap<QString, QStringList> kinds {
        {u"event"_s,
            {u"at"_s, u"businessDay"_s, u"counter"_s, u"seq"_s, u"serviceCode"_s, u"ticketId"_s,
                u"ticketNumber"_s, u"type"_s, u"data.automatic"_s, u"data.callMode"_s,
                u"data.from"_s, u"data.fromPriority"_s, u"data.fromService"_s,
                u"data.normalCallsPerPriority"_s, u"data.priority"_s, u"data.reason"_s,
                u"data.recall"_s, u"data.recalls"_s, u"data.resumed"_s, u"data.services"_s,
                u"data.source"_s, u"data.ticketBusinessDay"_s, u"data.toService"_s,
                u"data.waitedMs"_s,
                // catalog.changed: what changed, for which service, its new target and holidays.
                u"data.change"_s, u"data.dates"_s, u"data.service"_s,
                u"data.targetWaitMinutes"_s}},
        // A complaint's attachment, in parts (modules/complaints/README.md): which file and which
        // part central indexes; the bytes (a photo, a scanned document) are sealed.
        {u"complaints.attachmentPart"_s,
            {u"count"_s, u"index"_s, u"sha256"_s, u"size"_s, u"type"_s}},
        {u"idcard.read"_s,
            {u"atMs"_s, u"cardExpired"_s, u"checkDigitValid"_s, u"citizenIdHash"_s, u"counter"_s,
                u"device"_s, u"hashKeyId"_s, u"hashScheme"_s, u"purpose"_s, u"screen"_s,
                u"ticketId"_s}},
        // The hub's staff audit (app/hub/staffaudit.h, devicecommands.cpp): what happened, when,
        // at which device or counter and with what role, which device a supervisor changed and
        // its counters; the user names (user, by) are a person's and stay sealed, and so do the
        // device names, which an operator types freely.
        {u"staff.audit"_s,
            {u"action"_s, u"atMs"_s, u"code"_s, u"command"_s, u"counter"_s, u"device"_s,
                u"deviceRole"_s, u"newCounter"_s, u"oldCounter"_s, u"role"_s, u"target"_s,
                // Managing the branch (app/hub/managementcommands.cpp): targets, holidays'
                // dates, a counter's services, which ticket moved where. No person in them.
                u"dates"_s, u"fromService"_s, u"oldServices"_s, u"oldTargetWaitMinutes"_s,
                u"services"_s, u"targetCounter"_s, u"targetWaitMinutes"_s, u"ticket"_s,
                u"ticketNumber"_s, u"toService"_s}},
    };
    return kinds;
}

// A declaration as a tree: a key with no children is a leaf.
struct Node
{
    QMap<QString, Node> children;
};

const Node &treeOf(const QString &kind)
{
    static const QMap<QString, Node> trees = [] {
        QMap<QString, Node> out;
        const QMap<QString, QStringList> &kinds = declarations();
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
            Node &root = out[it.key()];
            for (const QString &path : it.value()) {
                Node *at = &root;
                for (const QString &key : path.split(u'.'))
                    at = &at->children[key];
            }
        }
        return out;
    }();
    static const Node sealedWhole;
    const auto it = trees.constFind(kind);
    return it == trees.cend() ? sealedWhole : *it;
}

bool isScalar(const QJsonValue &v)
{
    return !v.isObject() && !v.isArray() && !v.isUndefined();
}

bool isReadableLeaf(const QJsonValue &v)
{
    if (isScalar(v))
        return true;
    if (!v.isArray())
        return false;
    const QJsonArray a = v.toArray();
    return std::all_of(a.begin(), a.end(), [](const QJsonValue &item) { return isScalar(item); });
}

// Moves every undeclared value of o into sealed. Reads through const access first, so a payload
// that is all readable (every queue event) is never copied.
void splitObject(const Node &declared, QJsonObject &o, QJsonArray &path, QJsonArray &sealed)
{
    const QStringList keys = o.keys();
    for (const QString &key : keys) {
        const auto node = declared.children.constFind(key);
        const QJsonValue value = o.value(key);
        if (node != declared.children.cend()) {
            if (node->children.isEmpty() && isReadableLeaf(value))
                continue;
            if (!node->children.isEmpty() && value.isObject()) {
                QJsonObject child = value.toObject();
                const qsizetype before = sealed.size();
                path.append(key);
                splitObject(*node, child, path, sealed);
                path.removeLast();
                if (sealed.size() != before)
                    o.insert(key, child);
                continue;
            }
        }
        QJsonArray at = path;
        at.append(key);
        sealed.append(QJsonArray {at, value});
        o.remove(key);
    }
}

bool insertInValue(QJsonValue &v, const QJsonArray &path, qsizetype depth, const QJsonValue &value);

bool insertInObject(
    QJsonObject &o, const QJsonArray &path, qsizetype depth, const QJsonValue &value)
{
    if (!path.at(depth).isString())
        return false;
    const QString key = path.at(depth).toString();
    if (depth == path.size() - 1) {
        if (o.contains(key)) // the rest never holds a sealed key: this is not its data
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

QStringList ReadableFields::pathsOf(const QString &kind)
{
    QStringList paths = declarations().value(kind);
    paths.sort();
    return paths;
}

QStringList ReadableFields::declaredKinds()
{
    return declarations().keys();
}

ReadableFields::Split ReadableFields::split(const QString &kind, const QJsonObject &payload)
{
    Split out;
    out.rest = payload;
    QJsonArray path;
    splitObject(treeOf(kind), out.rest, path, out.sealed);
    return out;
}

std::optional<QJsonObject> ReadableFields::merge(
    const QJsonObject &rest, const QJsonArray &sealed, QString *why)
{
    QJsonObject out = rest;
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        const QJsonArray entry = sealed.at(i).toArray();
        const QJsonArray path = entry.at(0).toArray();
        if (entry.size() != 2 || path.isEmpty() || !insertInObject(out, path, 0, entry.at(1))) {
            if (why)
                *why = u"sealed value %1 does not fit the row's payload"_s.arg(i);
            return std::nullopt;
        }
    }
    return out;
}

} // namespace saduak
