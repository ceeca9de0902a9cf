#pragma once

#include "requesttyperules.h"

#include <domain/translatabletext.h>

#include <QJsonObject>
#include <QString>
#include <optional>

namespace saduak::civilregistration {

class RuleBook;

// What the rules say of one request: filed when, about an event of when. Pure: no database, no
// clock; times are UTC milliseconds, days are Bangkok days (DESIGN.md, "Data").
struct Evaluation
{
    bool ok = false;
    TranslatableText why; // when not ok: in the officer's language when shown

    RequestTypeRules rules; // the version in force on the filing date, the one applied
    bool hasDeadline = false;
    // The last moment the request is on time: the last millisecond of the deadline's day for a
    // deadline in days, the event's moment plus the hours for one in hours.
    qint64 deadlineAtMs = 0;
    bool late = false;
    qint64 lateByMs = 0; // filedAtMs - deadlineAtMs when late, else 0
    int lateDays = 0; // deadline in days: Bangkok days from the deadline's day to the filing's
    qint64 fineBaht = 0; // the rules' late fine when late, else 0
    qint64 feeBaht = 0;
};

class RequestEvaluator
{
public:
    struct Request
    {
        QString type;
        std::optional<qint64> eventAtMs; // the birth, death or move; a date-only event: any
                                         // moment of its Bangkok day
        qint64 filedAtMs = 0;
        QJsonObject answers; // the form's values the fee depends on ("copies", "whichName")
    };

    // The rules in force on the Bangkok date of filedAtMs decide (an item effective tomorrow does
    // not apply today). Refused (ok false, why) for an unknown or refused type, a filing before
    // the type's first version, a missing event for a type with a deadline, an event after the
    // filing, or a missing or bad answer the fee depends on.
    static Evaluation evaluate(const RuleBook &book, const Request &request);
};

} // namespace saduak::civilregistration
