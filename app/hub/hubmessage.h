#pragma once

#include <QJsonObject>
#include <QString>

namespace saduak {

// A device's text message as the hub reads it before anything runs (docs/hub-protocol.md,
// "Messages" and "Error codes"): at most maxChars long, a JSON object, with an "id" of 1 to 128
// characters of text and a text "type". Apart from HubServer, which acts on the problem, so the
// reading can be tested and fuzzed without a socket (tests/fuzz/fuzz_hubmessage.cpp).
struct HubMessage
{
    enum class Problem {
        None,
        TooLarge, // answered tooLarge, without "re"
        BadJson, // not a JSON object: badJson, without "re"
        BadRequest, // an object without a usable id or type: badRequest, "re" = id
    };
    Problem problem = Problem::None;
    QJsonObject json; // the object (also with BadRequest)
    QString id; // BadRequest: what to answer as "re" (the id if it is text of 1-128), or empty
    QString type;

    static HubMessage read(const QString &text, qsizetype maxChars);
};

} // namespace saduak
