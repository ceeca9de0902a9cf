#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QSslCertificate;

namespace saduak {

// A certificate's key pin: SHA-256 over the DER of its SubjectPublicKeyInfo, as HPKP defined it
// and as `openssl x509 -pubkey | openssl pkey -pubin -outform der | openssl dgst -sha256` prints
// it. A pin names the key, not the certificate: renewing the certificate with the same key keeps
// the pin.
class PublicKeyPin
{
public:
    static constexpr int kBytes = 32;

    // The 32 bytes of the pin; empty for a null certificate.
    static QByteArray of(const QSslCertificate &certificate);
    // The pin as it is written in settings and printed for people: base64 (44 characters).
    static QString textOf(const QSslCertificate &certificate);
    // The 32 bytes from the text form (surrounding spaces and a "sha256/" prefix allowed);
    // nothing when the text is not a SHA-256 in base64.
    static std::optional<QByteArray> parse(QString text);
};

} // namespace saduak
