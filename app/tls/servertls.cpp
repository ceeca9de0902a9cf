#include "servertls.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace saduak {

std::optional<QSslConfiguration> ServerTls::fromPemFiles(
    const QString &certFile, const QString &keyFile, QString *why)
{
    const auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return std::nullopt;
    };
    const auto translated
        = [](const char *text) { return QCoreApplication::translate("saduak::ServerTls", text); };
    if (!QSslSocket::supportsSsl())
        return fail(translated(QT_TRANSLATE_NOOP("saduak::ServerTls",
            "TLS is not available in this installation (the OpenSSL library is missing).")));
    QFile cert(certFile);
    if (!cert.open(QIODevice::ReadOnly))
        return fail(translated(QT_TRANSLATE_NOOP("saduak::ServerTls",
                                   "The TLS certificate file \"%1\" cannot be read: %2"))
                        .arg(certFile, cert.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(cert.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return fail(translated(QT_TRANSLATE_NOOP("saduak::ServerTls",
                                   "The TLS certificate file \"%1\" holds no PEM certificate."))
                        .arg(certFile));
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return fail(translated(
            QT_TRANSLATE_NOOP("saduak::ServerTls", "The TLS key file \"%1\" cannot be read: %2"))
                        .arg(keyFile, keyIn.errorString()));
    const QByteArray pem = keyIn.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return fail(
            translated(QT_TRANSLATE_NOOP("saduak::ServerTls",
                           "The TLS key file \"%1\" holds no unencrypted PEM private key (RSA or "
                           "EC)."))
                .arg(keyFile));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove themselves with their token
    return tls;
}

} // namespace saduak
