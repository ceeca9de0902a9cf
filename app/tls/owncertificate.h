#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace saduak {

// The branch hub's own certificate, for a hub whose administrator gave it none: self-signed (a
// device pins the hub's key at pairing, so no authority has to vouch for it), EC P-256, for ten
// years. Made once, by the openssl program, and kept: the pin every device was given must still
// match after a restart. The key file is the owner's alone (0600) from its first byte.
class OwnCertificate
{
public:
    // The server TLS from certFile and keyFile, made first if neither exists. Nothing, why set
    // (translated): only one of the two exists, openssl is missing or failed, or the files cannot
    // be written or used.
    static std::optional<QSslConfiguration> loadOrMake(
        const QString &certFile, const QString &keyFile, QString *why);
};

} // namespace saduak
