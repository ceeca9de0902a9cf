#include "passwordhash.h"

#include <sodium.h>

namespace saduak {

namespace {

bool sodiumReady()
{
    // sodium_init may be called again and from any thread; below 0 it has no random source.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

// Argon2id at libsodium's interactive limits (64 MiB, ~0.1 s here): slow for a guesser with a
// stolen database, quick enough for a log-in on the event loop.
std::optional<QByteArray> PasswordHash::make(const QByteArray &password)
{
    if (!sodiumReady())
        return std::nullopt;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.constData(), quint64(password.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return std::nullopt; // out of memory
    return QByteArray(out);
}

bool PasswordHash::matches(const QByteArray &hash, const QByteArray &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    // crypto_pwhash_str_verify reads a NUL-terminated string: QByteArray keeps one after its data.
    return crypto_pwhash_str_verify(
               hash.constData(), password.constData(), quint64(password.size()))
        == 0;
}

void PasswordHash::checkAgainstNobody(const QByteArray &password)
{
    // A hash of random bytes, made once: nobody's password matches it.
    static const QByteArray decoy = [] {
        QByteArray secret(32, '\0');
        if (sodiumReady())
            randombytes_buf(secret.data(), size_t(secret.size()));
        return make(secret).value_or(QByteArray());
    }();
    (void)matches(decoy, password);
}

} // namespace saduak
