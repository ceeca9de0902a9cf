#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <memory>
#include <optional>

namespace saduak {

// Encrypts the personal data central keeps (PDPA; docs/central-api.md, "Personal data at
// central") with libsodium's XChaCha20-Poly1305-IETF. Debian 12's SQLCipher is too old to use, so
// the database itself stays plain and only these values are sealed.
//
// A sealed value is: key version (1 byte) | random nonce (24 bytes) | ciphertext and tag. The
// associated data binds it to its row (rowBinding: branch and row uuid) and to the key version,
// so a value copied into another row, or a version byte changed, fails authentication like any
// other tampering. The version byte lets a later key rotation keep reading older values.
//
// The key comes from a file outside the database (base64 of 32 bytes, one line, mode 0600) and
// lives in sodium_malloc'd memory (guard pages, kept out of swap where the system allows),
// read-only while in use and wiped when the cipher goes.
class PersonalDataCipher
{
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kNonceBytes = 24;
    static constexpr int kTagBytes = 16;
    static constexpr quint8 kKeyVersion = 1; // the version of a key from a key file, for now

    // The key in path, refused (nullptr, why: a translated message naming the file and what to
    // do) when it is missing, not one line of base64 of 32 bytes, or open to group or others.
    static std::unique_ptr<PersonalDataCipher> fromKeyFile(
        const QString &path, QString *why = nullptr);
    // A new random key in a new file (mode 0600); an existing file is never overwritten, since
    // replacing a key loses every value sealed with it.
    static bool createKeyFile(const QString &path, QString *why = nullptr);
    // A known key (tests and benchmarks); key must be kKeyBytes long.
    static std::unique_ptr<PersonalDataCipher> fromKey(QByteArrayView key);

    ~PersonalDataCipher();
    PersonalDataCipher(const PersonalDataCipher &) = delete;
    PersonalDataCipher &operator=(const PersonalDataCipher &) = delete;

    // The associated data that ties a value to one ingested row.
    static QByteArray rowBinding(qint64 branchId, QStringView rowUuid);

    QByteArray seal(QByteArrayView plain, QByteArrayView binding) const;
    // The plain bytes, or nothing (why: a translated message) when the value was sealed with
    // another key, for another row, or changed since: never bytes that did not authenticate.
    std::optional<QByteArray> open(
        QByteArrayView sealed, QByteArrayView binding, QString *why = nullptr) const;

private:
    explicit PersonalDataCipher(unsigned char *key) : m_key(key) { }
    unsigned char *m_key; // kKeyBytes from sodium_malloc, read-only; sodium_free wipes it
};

} // namespace saduak
