#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace saduak {

// The server side of TLS, as both of Saduak's servers take it (saduak-central --tls-cert/--tls-key,
// the branch hub's --tls-cert/--tls-key or hub/tlsCert, hub/tlsKey).
class ServerTls
{
public:
    // From a PEM certificate file (the server's certificate first, then any intermediates) and its
    // PEM private key (RSA or EC, not encrypted). Nothing returned, why set (translated), when a
    // file cannot be read or holds no certificate or key. (A key that is not the certificate's is
    // found by OpenSSL at each handshake, which then fails: Qt has no way to compare them here.)
    // Clients are not asked for a certificate: they prove themselves with their token.
    static std::optional<QSslConfiguration> fromPemFiles(
        const QString &certFile, const QString &keyFile, QString *why);
};

} // namespace saduak
