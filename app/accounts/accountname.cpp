#include "accountname.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace saduak {

bool AccountName::isValid(const QString &userName)
{
    static const QRegularExpression pattern(u"\\A[a-z0-9._-]{1,64}\\z"_s);
    return pattern.match(userName).hasMatch();
}

bool AccountName::isLongEnough(const QByteArray &passwordUtf8)
{
    return QString::fromUtf8(passwordUtf8).size() >= kMinimumPasswordLength;
}

} // namespace saduak
