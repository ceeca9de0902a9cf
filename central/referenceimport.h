#pragma once

#include "referencelogstore.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace saduak {

// Loads a reference data set at central from a JSON Lines file (one JSON object per line):
// `saduak-central import-reference --dataset D --file F --key-field K [--replace]`. Items are
// upserted in batches, a transaction each (ReferenceLogStore::upsert): an item whose payload did
// not change keeps its change_seq, so importing the same file again sends nothing to the branches.
// The first bad line stops the import: the batches before it are stored (importing the fixed file
// again is harmless), nothing after it is, and with --replace nothing is deleted.
class ReferenceImport
{
    Q_DECLARE_TR_FUNCTIONS(saduak::ReferenceImport)
public:
    static constexpr int kBatchSize = 10000;

    struct Result
    {
        bool ok = false;
        QString error; // translated; names the line when a line is at fault
        qint64 lines = 0; // items read (blank lines not counted)
        ReferenceLogStore::Counts counts;
    };

    // replace: items of the data set that are not in the file are marked deleted afterwards.
    static Result run(ReferenceLogStore &store, const QString &dataset, const QString &filePath,
        const QString &keyField, bool replace);
};

} // namespace saduak
