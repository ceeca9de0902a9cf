#pragma once

#include <QString>
#include <memory>

namespace saduak {

class IngestStore;
class PersonalDataCipher;

// Which key file saduak-central seals personal data with, and whether it fits the database
// (docs/central-api.md, "Personal data at central"): given with --key-file, or central.key beside
// a SQLite database, made at the first start. A PostgreSQL database needs --key-file: there is no
// "beside" for it, and the key must not live with the data.
class PersonalDataKey
{
public:
    static QString defaultPathFor(const QString &database); // empty for PostgreSQL
    // The key file to use: keyFile, or the default for database; empty with why (translated)
    // when there is none (PostgreSQL without --key-file).
    static QString pathFor(const QString &database, const QString &keyFile, QString *why);

    // The cipher, set on ingest, or nullptr with why (a translated message naming the file and
    // what to do). A key that does not open the personal data already stored is refused, so two
    // keys never get mixed in one database. notice: set when a new key file was made (the
    // operator must back it up).
    static std::unique_ptr<PersonalDataCipher> open(const QString &database, const QString &keyFile,
        IngestStore &ingest, QString *why, QString *notice);
};

} // namespace saduak
