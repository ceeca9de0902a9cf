#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace saduak {
class ThaiCitizenId;
}

namespace saduak::idcard {

// The branch's secret for the card-read audit (PDPA): audit rows carry a keyed hash of the
// citizen ID, never the ID. BLAKE2b keyed with a per-branch random key, so the same person gives
// the same value at this branch (a supervisor can see how often a card was read), while nobody
// without the key can test a guessed ID against it: the ID space is small (13 digits with a check
// digit), and a plain hash of it could be reversed by trying them all.
class AuditKey
{
public:
    static constexpr int kKeyBytes = 32; // crypto_generichash_KEYBYTES
    static constexpr int kHashBytes = 32; // crypto_generichash_BYTES

    // Reads the key file, or creates it with fresh random bytes (mode 0600, created exclusively so
    // two programs starting together end up with one key) when it does not exist. A file of the
    // wrong size is refused, never overwritten: a new key would make every earlier hash unmatched.
    // nullopt with why (for the log: the path and the system's message).
    static std::optional<AuditKey> loadOrCreate(const QString &path, QString *why = nullptr);
    static AuditKey fromBytes(const QByteArray &key); // tests: a known key

    // Lowercase hex of BLAKE2b-256(key, the 13 digits).
    QString hashOf(const ThaiCitizenId &id) const;
    // Which key made a hash, without revealing it: hex of the first 8 bytes of BLAKE2b(key).
    // Central keeps rows of many branches apart by it; it changes if a key file is replaced.
    QString keyId() const;

private:
    explicit AuditKey(QByteArray key) : m_key(std::move(key)) { }
    QByteArray m_key;
};

} // namespace saduak::idcard
