#pragma once

#include <QString>

namespace saduak {

// The secret a device (pairing with the hub) or a branch (enrolling with central) presents on
// every request. Only its hash is stored, so a copy of the database does not let anyone in.
namespace AccessToken {

// 32 random bytes from the system's generator, base64url without padding (43 characters).
QString generate();

// What the store keeps and compares: SHA-256 of the token, hex. A plain hash is enough because the
// token is random and long, not a password a person chose.
QString hash(const QString &token);

} // namespace AccessToken

} // namespace saduak
