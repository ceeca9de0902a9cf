#include "personaldatakey.h"

#include "ingeststore.h"
#include "personaldatacipher.h"

#include <storage/database.h>

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("saduak::PersonalDataKey", text);
}

} // namespace

QString PersonalDataKey::defaultPathFor(const QString &database)
{
    if (Database::isPostgresLocation(database))
        return {};
    return QFileInfo(database).absolutePath() + u"/central.key"_s;
}

QString PersonalDataKey::pathFor(const QString &database, const QString &keyFile, QString *why)
{
    const QString path = keyFile.isEmpty() ? defaultPathFor(database) : keyFile;
    if (path.isEmpty())
        *why = translated(QT_TRANSLATE_NOOP("saduak::PersonalDataKey",
            "A PostgreSQL database needs --key-file FILE, the key of the personal data, kept "
            "apart from the database. Make one with: saduak-central make-key --key-file FILE"));
    return path;
}

std::unique_ptr<PersonalDataCipher> PersonalDataKey::open(const QString &database,
    const QString &keyFile, IngestStore &ingest, QString *why, QString *notice)
{
    QString detail;
    const QString path = pathFor(database, keyFile, why);
    if (path.isEmpty())
        return nullptr;
    // Only the default file is made here, and only for a database with no sealed data yet: a
    // key file given by name that is missing is a mistake to report, and a new key for data
    // sealed with a lost one would only hide the loss.
    if (keyFile.isEmpty() && !QFileInfo::exists(path)) {
        switch (ingest.checkKey(&detail)) {
        case IngestStore::KeyCheck::NothingSealed:
            if (!PersonalDataCipher::createKeyFile(path, why))
                return nullptr;
            *notice = translated(
                QT_TRANSLATE_NOOP("saduak::PersonalDataKey",
                    "Made the personal-data key %1. Back it up now, apart from the database: "
                    "without it the names, addresses and contact details at central cannot be "
                    "read."))
                          .arg(path);
            break;
        case IngestStore::KeyCheck::Unreadable:
            *why = detail;
            return nullptr;
        default:
            *why = translated(
                QT_TRANSLATE_NOOP("saduak::PersonalDataKey",
                    "The personal-data key file %1 is missing, and the database holds personal "
                    "data "
                    "encrypted with a key. Restore the key file from its backup (or give it with "
                    "--key-file)."))
                       .arg(path);
            return nullptr;
        }
    }
    std::unique_ptr<PersonalDataCipher> cipher = PersonalDataCipher::fromKeyFile(path, why);
    if (!cipher)
        return nullptr;
    ingest.setCipher(cipher.get());
    switch (ingest.checkKey(&detail)) {
    case IngestStore::KeyCheck::NothingSealed:
    case IngestStore::KeyCheck::Opens:
        return cipher;
    case IngestStore::KeyCheck::Unreadable:
        *why = detail;
        break;
    case IngestStore::KeyCheck::DoesNotOpen:
        *why = translated(
            QT_TRANSLATE_NOOP("saduak::PersonalDataKey",
                "The key in %1 does not decrypt the personal data already in the database: it is "
                "not the key they were encrypted with. Start central with the right key file "
                "(--key-file), restored from its backup."))
                   .arg(path);
        break;
    }
    ingest.setCipher(nullptr);
    return nullptr;
}

} // namespace saduak
