#include "publickeypin.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace saduak {

QByteArray PublicKeyPin::of(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    // QSslKey::toDer() of a public key is its SubjectPublicKeyInfo, as `openssl pkey -pubin
    // -outform der` writes it (tests/integration/sync/tst_synctls checks the two agree).
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256);
}

QString PublicKeyPin::textOf(const QSslCertificate &certificate)
{
    return QString::fromLatin1(of(certificate).toBase64());
}

std::optional<QByteArray> PublicKeyPin::parse(QString text)
{
    text = text.trimmed();
    if (text.startsWith(u"sha256/"_s))
        text = text.mid(7);
    const auto decoded
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kBytes)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace saduak
