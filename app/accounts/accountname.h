#pragma once

#include <QString>

namespace saduak {

// What a log-in name and a new password must be, the same for every account kind.
struct AccountName
{
    static constexpr int kMinimumPasswordLength = 10; // characters, not bytes

    // 1 to 64 of [a-z0-9._-], nothing after (not even a newline): lower case only, so "Somchai"
    // and "somchai" are not two accounts.
    static bool isValid(const QString &userName);
    static bool isLongEnough(const QByteArray &passwordUtf8);
};

} // namespace saduak
