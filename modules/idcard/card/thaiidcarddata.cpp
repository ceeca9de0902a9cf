#include "thaiidcarddata.h"

using namespace Qt::StringLiterals;

namespace saduak::idcard {

QString CardName::full() const
{
    QStringList parts;
    for (const QString &part : {prefix, first, middle, last}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u' ');
}

bool ThaiIdCardData::isExpired(const QDate &today) const
{
    // The card is valid through its expiry date; it is expired from the day after.
    return !expiryDate.lifelong && expiryDate.date.isValid() && today > expiryDate.date;
}

} // namespace saduak::idcard
