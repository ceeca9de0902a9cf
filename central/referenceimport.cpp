#include "referenceimport.h"

#include <domain/referencedatasets.h>
#include <domain/translatabletext.h>
#include <requesttyperules.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace saduak {

ReferenceImport::Result ReferenceImport::run(ReferenceLogStore &store, const QString &dataset,
    const QString &filePath, const QString &keyField, bool replace)
{
    Result result;
    if (!isReferenceDataset(dataset)) {
        result.error = tr("\"%1\" is not a reference data set. Known: %2.")
                           .arg(dataset, referenceDatasets().join(u", "_s));
        return result;
    }
    if (isWrittenByCentral(dataset)) {
        result.error = tr("\"%1\" is written by central itself as complaints are filed and change "
                          "state; it cannot be imported.")
                           .arg(dataset);
        return result;
    }
    if (keyField.isEmpty()) {
        result.error = tr("--key-field names the field that identifies an item.");
        return result;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1 cannot be read: %2").arg(filePath, file.errorString());
        return result;
    }

    QList<ReferenceLogStore::Upsert> batch;
    batch.reserve(kBatchSize);
    QSet<QString> keysInFile; // only with replace
    QString why;
    auto flush = [&] {
        if (batch.isEmpty())
            return true;
        if (!store.upsert(dataset, batch, &result.counts, &why)) {
            result.error = tr("Storing the items failed: %1").arg(why);
            return false;
        }
        batch.clear();
        return true;
    };

    qint64 lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (!document.isObject()) {
            result.error = parseError.error != QJsonParseError::NoError
                ? tr("Line %1 is not JSON: %2 (at character %3).")
                      .arg(lineNumber)
                      .arg(parseError.errorString())
                      .arg(parseError.offset + 1)
                : tr("Line %1 is not a JSON object.").arg(lineNumber);
            break;
        }
        const QJsonObject object = document.object();
        const QJsonValue keyValue = object.value(keyField);
        QString key;
        if (keyValue.isString())
            key = keyValue.toString();
        else if (keyValue.isDouble() && keyValue.toDouble() == double(keyValue.toInteger()))
            key = QString::number(keyValue.toInteger());
        if (key.trimmed().isEmpty()) {
            result.error = tr("Line %1 has no \"%2\" (a text or a whole number) to identify "
                              "the item.")
                               .arg(lineNumber)
                               .arg(keyField);
            break;
        }
        // Civil registration rules are checked as the hubs will read them
        // (modules/civilregistration): one negative fine or misspelt field kind would leave that
        // request type unusable at every branch. Refused here, the admin is told the line; a
        // rules file is far below a batch, so nothing of it is stored.
        if (dataset == u"civil-registration-rules"_s) {
            TranslatableText itemWhy;
            if (!civilregistration::RequestTypeRules::fromJson(key, object, &itemWhy)) {
                result.error = tr("Line %1: %2").arg(lineNumber).arg(itemWhy.toString());
                break;
            }
        }
        if (replace)
            keysInFile.insert(key);
        ++result.lines;
        batch.append({key, document.toJson(QJsonDocument::Compact)});
        if (batch.size() >= kBatchSize && !flush())
            return result;
    }
    if (!result.error.isEmpty())
        return result;
    if (!flush())
        return result;

    if (replace) {
        const std::optional<QStringList> live = store.liveKeys(dataset, &why);
        if (!live) {
            result.error = tr("Reading the items failed: %1").arg(why);
            return result;
        }
        QStringList gone;
        for (const QString &key : *live) {
            if (keysInFile.contains(key))
                continue;
            gone << key;
            if (gone.size() >= kBatchSize) {
                if (!store.remove(dataset, gone, &result.counts, &why)) {
                    result.error = tr("Deleting the items failed: %1").arg(why);
                    return result;
                }
                gone.clear();
            }
        }
        if (!gone.isEmpty() && !store.remove(dataset, gone, &result.counts, &why)) {
            result.error = tr("Deleting the items failed: %1").arg(why);
            return result;
        }
    }
    result.ok = true;
    return result;
}

} // namespace saduak
