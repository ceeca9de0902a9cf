#include "auditkey.h"

#include <domain/thaicitizenid.h>

#include <QDir>
#include <QFileInfo>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace saduak::idcard {

namespace {

static_assert(AuditKey::kKeyBytes == crypto_generichash_KEYBYTES);
static_assert(AuditKey::kHashBytes == crypto_generichash_BYTES);

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

// Reads exactly kKeyBytes from fd.
bool readKey(int fd, QByteArray *key, const QString &path, QString *why)
{
    key->resize(AuditKey::kKeyBytes + 1); // one more, to see a file that is too long
    qsizetype got = 0;
    while (got < key->size()) {
        const ssize_t n = ::read(fd, key->data() + got, size_t(key->size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(why, path + u": "_s + systemError());
        if (n == 0)
            break;
        got += n;
    }
    if (got != AuditKey::kKeyBytes)
        return fail(why,
            path
                + u": the audit key must be %1 bytes, the file has %2; it is left as it is"_s
                      .arg(AuditKey::kKeyBytes)
                      .arg(got));
    key->resize(AuditKey::kKeyBytes);
    return true;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return ::fsync(fd) == 0;
}

} // namespace

std::optional<AuditKey> AuditKey::loadOrCreate(const QString &path, QString *why)
{
    if (sodium_init() < 0) {
        fail(why, u"libsodium could not be initialised"_s);
        return std::nullopt;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray native = QFile::encodeName(path);

    // Exclusive create first: if two programs start at once, one makes the key and the other
    // reads it, instead of each writing its own.
    int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        QByteArray key(kKeyBytes, Qt::Uninitialized);
        randombytes_buf(key.data(), size_t(key.size()));
        const bool written = writeAll(fd, key);
        ::close(fd);
        if (!written) {
            ::unlink(native.constData()); // never leave half a key to be read as a whole one
            fail(why, path + u": the audit key could not be written: "_s + systemError());
            return std::nullopt;
        }
        return AuditKey(key);
    }
    if (errno != EEXIST) {
        fail(why, path + u": the audit key could not be created: "_s + systemError());
        return std::nullopt;
    }

    fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        fail(why, path + u": the audit key could not be opened: "_s + systemError());
        return std::nullopt;
    }
    // A key others can read is no secret: take their access away (the owner keeps it).
    struct stat st
    {
    };
    if (::fstat(fd, &st) == 0 && (st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        ::fchmod(fd, S_IRUSR | S_IWUSR);
    QByteArray key;
    const bool read = readKey(fd, &key, path, why);
    ::close(fd);
    if (!read)
        return std::nullopt;
    return AuditKey(key);
}

AuditKey AuditKey::fromBytes(const QByteArray &key)
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    Q_ASSERT(key.size() == kKeyBytes);
    return AuditKey(key);
}

QString AuditKey::hashOf(const ThaiCitizenId &id) const
{
    const QByteArray digits = id.digits().toLatin1();
    QByteArray out(kHashBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
        reinterpret_cast<const unsigned char *>(digits.constData()), size_t(digits.size()),
        reinterpret_cast<const unsigned char *>(m_key.constData()), size_t(m_key.size()));
    return QString::fromLatin1(out.toHex());
}

QString AuditKey::keyId() const
{
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
        reinterpret_cast<const unsigned char *>(m_key.constData()), size_t(m_key.size()), nullptr,
        0);
    return QString::fromLatin1(out.left(8).toHex());
}

} // namespace saduak::idcard
