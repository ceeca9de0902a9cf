#include "personaldatacipher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

static_assert(PersonalDataCipher::kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(PersonalDataCipher::kNonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(PersonalDataCipher::kTagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);

// A key file is one line of base64 (44 characters); anything much longer is not a key file.
constexpr qsizetype kMaxKeyFileBytes = 1024;

QString translated(const char *text)
{
    return QCoreApplication::translate("saduak::PersonalDataCipher", text);
}

bool fail(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return false;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool sodiumReady(QString *why)
{
    // sodium_init is safe to call more than once and from several threads; 1 means "already".
    if (sodium_init() < 0)
        return fail(why,
            translated(QT_TRANSLATE_NOOP("saduak::PersonalDataCipher",
                "The encryption library (libsodium) could not start.")));
    return true;
}

// Closes a file descriptor on every way out.
struct FileDescriptor
{
    int fd = -1;
    ~FileDescriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

// Memory from sodium_malloc, wiped and freed on every way out.
struct SecureBytes
{
    explicit SecureBytes(size_t size) : data(static_cast<unsigned char *>(sodium_malloc(size))) { }
    ~SecureBytes()
    {
        if (data)
            sodium_free(data); // wipes first
    }
    unsigned char *release() { return std::exchange(data, nullptr); }
    unsigned char *data;
};

QByteArray associatedData(quint8 keyVersion, QByteArrayView binding)
{
    QByteArray ad;
    ad.reserve(1 + binding.size());
    ad.append(char(keyVersion));
    ad.append(binding);
    return ad;
}

} // namespace

std::unique_ptr<PersonalDataCipher> PersonalDataCipher::fromKeyFile(
    const QString &path, QString *why)
{
    if (!sodiumReady(why))
        return nullptr;
    const QString restore = translated(QT_TRANSLATE_NOOP("saduak::PersonalDataCipher",
        "Restore the key file from its backup, or give the right one with --key-file."));
    // errno of the failed call, read when the message is made.
    const auto unreadable = [&path] {
        return translated(QT_TRANSLATE_NOOP("saduak::PersonalDataCipher",
                              "The personal-data key file %1 cannot be read: %2. Let the user "
                              "that runs saduak-central read it (and nobody else)."))
            .arg(path, systemError());
    };
    FileDescriptor file {::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC)};
    if (file.fd < 0) {
        if (errno == ENOENT) {
            fail(why,
                translated(QT_TRANSLATE_NOOP("saduak::PersonalDataCipher",
                               "The personal-data key file %1 does not exist. %2 A new central "
                               "makes one with: saduak-central make-key --key-file %1"))
                    .arg(path, restore));
        } else {
            fail(why, unreadable());
        }
        return nullptr;
    }
    struct stat st
    {
    };
    if (::fstat(file.fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        fail(why,
            translated(QT_TRANSLATE_NOOP("saduak::PersonalDataCipher",
                           "The personal-data key file %1 is not a regular file. %2"))
                .arg(path, restore));
        return nullptr;
    }
    // A key others can read is no secret, and one others can write could be swapped for theirs.
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        fail(why,
            translated(QT_TRANSLATE_NOOP("saduak::PersonalDataCipher",
                           "The personal-data key file %1 is open to other users (mode %2). "
                           "Allow only its owner, then start again: chmod 600 %1"))
                .arg(path, QString::number(st.st_mode & 07777, 8).rightJustified(4, u'0')));
        return nullptr;
    }

    // The base64 text is as secret as the key: it stays in this buffer and is wiped after.
    std::array<char, kMaxKeyFileBytes + 1> text {};
    qsizetype length = 0;
    while (length < qsizetype(text.size())) {
        const ssize_t n
            = ::read(file.fd, text.data() + length, size_t(text.size()) - size_t(length));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            sodium_memzero(text.data(), text.size());
            fail(why, unreadable());
            return nullptr;
        }
        if (n == 0)
            break;
        length += n;
    }
    // One line: a final newline (and the \r of an editor on another system) is allowed.
    while (length > 0 && (text[size_t(length - 1)] == '\n' || text[size_t(length - 1)] == '\r'))
        --length;
    const QString notAKey = translated(QT_TRANSLATE_NOOP("saduak::PersonalDataCipher",
        "The personal-data key file %1 is not a key: it must be one line of base64 text of %2 "
        "bytes. %3"));
    // libsodium's decoder takes bytes above 0x7f for letters of the alphabet (they are negative
    // chars), so the alphabet is checked here first.
    bool alphabet = true;
    for (qsizetype i = 0; i < length && alphabet; ++i) {
        const char c = text[size_t(i)];
        alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '+' || c == '/' || c == '=';
    }
    SecureBytes decoded {size_t(kMaxKeyFileBytes)};
    size_t decodedLength = 0;
    const bool base64 = alphabet && length > 0 && length <= kMaxKeyFileBytes && decoded.data
        && sodium_base642bin(decoded.data, size_t(kMaxKeyFileBytes), text.data(), size_t(length),
               nullptr, &decodedLength, nullptr, sodium_base64_VARIANT_ORIGINAL)
            == 0;
    sodium_memzero(text.data(), text.size());
    if (!base64) {
        fail(why, notAKey.arg(path).arg(kKeyBytes).arg(restore));
        return nullptr;
    }
    if (decodedLength != size_t(kKeyBytes)) {
        fail(why,
            translated(QT_TRANSLATE_NOOP("saduak::PersonalDataCipher",
                           "The personal-data key file %1 holds a key of %2 bytes; a key is %3 "
                           "bytes. %4"))
                .arg(path)
                .arg(qulonglong(decodedLength))
                .arg(kKeyBytes)
                .arg(restore));
        return nullptr;
    }
    SecureBytes key {size_t(kKeyBytes)};
    if (!key.data) {
        fail(why, systemError());
        return nullptr;
    }
    std::memcpy(key.data, decoded.data, size_t(kKeyBytes));
    sodium_mprotect_readonly(key.data);
    return std::unique_ptr<PersonalDataCipher>(new PersonalDataCipher(key.release()));
}

bool PersonalDataCipher::createKeyFile(const QString &path, QString *why)
{
    if (!sodiumReady(why))
        return false;
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray native = QFile::encodeName(path);
    // Exclusive create: an existing key is never replaced, even by two programs starting at once.
    FileDescriptor file {
        ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR)};
    if (file.fd < 0) {
        if (errno == EEXIST)
            return fail(why,
                translated(
                    QT_TRANSLATE_NOOP("saduak::PersonalDataCipher",
                        "The key file %1 already exists and is left as it is: a new key "
                        "would make the personal data encrypted with the old one unreadable."))
                    .arg(path));
        return fail(why,
            translated(QT_TRANSLATE_NOOP("saduak::PersonalDataCipher",
                           "The key file %1 could not be created: %2."))
                .arg(path, systemError()));
    }
    SecureBytes key {size_t(kKeyBytes)};
    std::array<char, sodium_base64_ENCODED_LEN(kKeyBytes, sodium_base64_VARIANT_ORIGINAL) + 1>
        line {};
    bool written = key.data != nullptr;
    if (written) {
        randombytes_buf(key.data, size_t(kKeyBytes));
        sodium_bin2base64(line.data(), line.size() - 1, key.data, size_t(kKeyBytes),
            sodium_base64_VARIANT_ORIGINAL);
        const size_t length = std::strlen(line.data());
        line[length] = '\n';
        size_t done = 0;
        while (written && done < length + 1) {
            const ssize_t n = ::write(file.fd, line.data() + done, length + 1 - done);
            if (n < 0 && errno == EINTR)
                continue;
            written = n > 0;
            if (written)
                done += size_t(n);
        }
        written = written && ::fsync(file.fd) == 0;
    }
    sodium_memzero(line.data(), line.size());
    if (!written) {
        const QString reason = systemError();
        ::unlink(native.constData()); // never leave half a key to be read as a whole one
        return fail(why,
            translated(QT_TRANSLATE_NOOP("saduak::PersonalDataCipher",
                           "The key file %1 could not be created: %2."))
                .arg(path, reason));
    }
    return true;
}

std::unique_ptr<PersonalDataCipher> PersonalDataCipher::fromKey(QByteArrayView key)
{
    if (!sodiumReady(nullptr) || key.size() != kKeyBytes)
        return nullptr;
    SecureBytes bytes {size_t(kKeyBytes)};
    if (!bytes.data)
        return nullptr;
    std::memcpy(bytes.data, key.data(), size_t(kKeyBytes));
    sodium_mprotect_readonly(bytes.data);
    return std::unique_ptr<PersonalDataCipher>(new PersonalDataCipher(bytes.release()));
}

PersonalDataCipher::~PersonalDataCipher()
{
    sodium_free(m_key); // makes the pages writable again and wipes them
}

QByteArray PersonalDataCipher::rowBinding(qint64 branchId, QStringView rowUuid)
{
    // The uuid is lowercase hex and dashes (IngestRequest), so "/" keeps the parts apart.
    return "saduak-central/personal/"_ba + QByteArray::number(branchId) + '/' + rowUuid.toUtf8();
}

QByteArray PersonalDataCipher::seal(QByteArrayView plain, QByteArrayView binding) const
{
    QByteArray out(1 + kNonceBytes + plain.size() + kTagBytes, Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    bytes[0] = kKeyVersion;
    // A random 24-byte nonce per value: XChaCha20's nonce is long enough that random ones do not
    // collide, so no counter has to be kept (and kept right across processes).
    randombytes_buf(bytes + 1, size_t(kNonceBytes));
    const QByteArray ad = associatedData(kKeyVersion, binding);
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes + 1 + kNonceBytes, &sealedLength,
        reinterpret_cast<const unsigned char *>(plain.data()), size_t(plain.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size()), nullptr,
        bytes + 1, m_key);
    Q_ASSERT(qsizetype(sealedLength) == plain.size() + kTagBytes);
    return out;
}

std::optional<QByteArray> PersonalDataCipher::open(
    QByteArrayView sealed, QByteArrayView binding, QString *why) const
{
    const QString notOpened = translated(QT_TRANSLATE_NOOP("saduak::PersonalDataCipher",
        "The personal data of this row cannot be decrypted: the key is not the one it was "
        "encrypted with, or the stored value was changed."));
    if (sealed.size() < 1 + kNonceBytes + kTagBytes) {
        fail(why, notOpened);
        return std::nullopt;
    }
    const auto *bytes = reinterpret_cast<const unsigned char *>(sealed.data());
    const quint8 version = bytes[0];
    if (version != kKeyVersion) {
        fail(why,
            translated(QT_TRANSLATE_NOOP("saduak::PersonalDataCipher",
                           "The personal data of this row was encrypted with key version %1, "
                           "which the key file does not hold."))
                .arg(version));
        return std::nullopt;
    }
    const QByteArray ad = associatedData(version, binding);
    QByteArray plain(sealed.size() - 1 - kNonceBytes - kTagBytes, Qt::Uninitialized);
    unsigned long long plainLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()),
            &plainLength, nullptr, bytes + 1 + kNonceBytes, size_t(sealed.size() - 1 - kNonceBytes),
            reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size()), bytes + 1,
            m_key)
        != 0) {
        fail(why, notOpened);
        return std::nullopt;
    }
    return plain;
}

} // namespace saduak
