#pragma once

#include <sdk/moduletransaction.h>

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace saduak::complaints {

// A reference data set as the complaints hub part reads it: the hub's copy of it (what central
// sent), or — while that copy holds no item at all — the seed of it compiled into the plugin
// (db/reference/<dataset>.jsonl), so a branch that has not heard from central yet (a one-PC demo,
// a new branch before its first sync) can still take complaints. Once central has sent one item
// of a set, central's copy is the whole truth for that set: an edited list at central wins, and a
// seed item central lacks is not one any more. Each set decides on its own.
class ComplaintReference
{
public:
    ComplaintReference(ModuleTransaction &tx, const QString &dataset);

    // As ModuleTransaction::referenceItem / referenceItems, from whichever copy is the truth.
    std::optional<QJsonObject> item(const QString &key) const;
    QList<ReferenceItem> items(const QString &keyPrefix, int limit = 1000) const;

    // Whether the answers come from the bundled seed (the hub has no item of the set).
    bool isBundled() const { return m_bundled; }

private:
    ModuleTransaction &m_tx;
    QString m_dataset;
    bool m_bundled = false;
};

} // namespace saduak::complaints
