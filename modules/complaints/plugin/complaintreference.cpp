#include "complaintreference.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

namespace {

Q_LOGGING_CATEGORY(lcReference, "saduak.complaints.reference")

using Seed = QMap<QString, QJsonObject>; // key -> payload, in key order as the hub's copy

// One seed file of the plugin's resources (CMakeLists.txt), JSON Lines, keyed by keyField as
// db/reference/README.md imports it at central. The file is the committed one, read back by the
// tests: a line that is not an object here is a build from a broken checkout, said once and
// skipped.
Seed readSeed(const QString &dataset, const QString &keyField)
{
    Seed seed;
    QFile file(u":/saduak/reference/"_s + dataset + u".jsonl"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcReference).noquote()
            << "the plugin has no bundled" << dataset << "(" << file.fileName() << ")";
        return seed;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject item = QJsonDocument::fromJson(line).object();
        const QString key = item.value(keyField).toString();
        if (key.isEmpty()) {
            qCWarning(lcReference).noquote() << "bundled" << dataset << "line" << lineNumber
                                             << "has no" << keyField << "and is skipped";
            continue;
        }
        seed.insert(key, item);
    }
    return seed;
}

// Parsed once, on first use (admin-areas is 8,441 items), and only read afterwards: the hub may
// run queries on more than one thread, and a function's static is made once, safely.
const Seed &seedOf(const QString &dataset)
{
    static const Seed none;
    if (dataset == u"complaint-categories"_s) {
        static const Seed categories = readSeed(dataset, u"code"_s);
        return categories;
    }
    if (dataset == u"admin-areas"_s) {
        static const Seed areas = readSeed(dataset, u"key"_s);
        return areas;
    }
    return none;
}

} // namespace

// An empty prefix, not the default null one: hubs before 4169e97 bound that as SQL NULL.
ComplaintReference::ComplaintReference(ModuleTransaction &tx, const QString &dataset)
    : m_tx(tx), m_dataset(dataset), m_bundled(tx.referenceItems(dataset, u""_s, 1).isEmpty())
{ }

std::optional<QJsonObject> ComplaintReference::item(const QString &key) const
{
    if (!m_bundled)
        return m_tx.referenceItem(m_dataset, key);
    const Seed &seed = seedOf(m_dataset);
    const auto found = seed.constFind(key);
    if (found == seed.cend())
        return std::nullopt;
    return *found;
}

QList<ReferenceItem> ComplaintReference::items(const QString &keyPrefix, int limit) const
{
    if (!m_bundled)
        return m_tx.referenceItems(m_dataset, keyPrefix.isNull() ? u""_s : keyPrefix, limit);
    QList<ReferenceItem> items;
    const Seed &seed = seedOf(m_dataset);
    for (auto it = seed.lowerBound(keyPrefix);
         it != seed.cend() && it.key().startsWith(keyPrefix) && items.size() < limit; ++it)
        items.append({it.key(), it.value()});
    return items;
}

} // namespace saduak::complaints
