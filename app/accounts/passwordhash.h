#pragma once

#include <QByteArray>

#include <optional>

namespace saduak {

// A password kept only as its Argon2id hash (libsodium's crypto_pwhash_str: the PHC string
// "$argon2id$v=19$m=…,t=…,p=1$salt$tag", salt and limits inside), so a copied database gives a
// guesser no password, only slow work per guess.
class PasswordHash
{
public:
    // The hash of a new password; nothing when libsodium cannot get the memory it needs.
    static std::optional<QByteArray> make(const QByteArray &password);
    // Whether the password is the one the hash was made from (limits as the hash says, so a hash
    // made at other limits, by an older version, still verifies).
    static bool matches(const QByteArray &hash, const QByteArray &password);
    // The work of a check for a user who does not exist, so that an unknown user name and a
    // wrong password take as long and a guesser cannot tell which names exist.
    static void checkAgainstNobody(const QByteArray &password);
};

} // namespace saduak
