#pragma once

#include "cardchannel.h"
#include "thaiidcarddata.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace saduak::idcard {

// The JSON saduak-card prints: UTF-8, field names fixed (modules/idcard/README.md lists them).
// Dates as {"iso": "YYYY-MM-DD" Gregorian or null, "be": the card's text, "beYear", "lifelong"}.
struct CardJsonOptions
{
    QDate today; // for "expired"; null = today's date
    enum class Photo {
        Omit, // "photo": null
        Base64, // "photo": {"bytes": n, "base64": "..."}
        File, // "photo": {"bytes": n, "file": photoFile}: the caller wrote photoJpeg there
    } photo
        = Photo::Omit;
    QString photoFile;
};

QJsonObject toJson(const ThaiIdCardData &card, const CardJsonOptions &options = {});
QJsonObject toJson(const CardDate &date);
QJsonObject toJson(const CardName &name);

// {"problem": "card-removed", "message": <translated sentence>} for a failed read.
QJsonObject problemToJson(CardProblem problem);

// Stable, lowercase ids: "none", "pcscd-not-running", "no-reader", "no-card", "card-removed",
// "card-reset", "card-in-use", "not-thai-id-card", "unreadable-data", "reader-failure".
QString problemId(CardProblem problem);

// Indented UTF-8 text of any of the above, ending with a newline.
QByteArray jsonText(const QJsonObject &object);

} // namespace saduak::idcard
