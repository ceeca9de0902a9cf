#include "requestevaluator.h"

#include "rulebook.h"

#include <domain/bangkoktime.h>
#include <domain/buddhistdate.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace saduak::civilregistration {

namespace {

TranslatableText text(const char *source)
{
    return TranslatableText("saduak::civilregistration::RequestEvaluator", source);
}

// The first millisecond of a Bangkok day, as UTC ms.
qint64 startOfBangkokDay(QDate date)
{
    return QDateTime(date, QTime(0, 0), BangkokTime::zone()).toMSecsSinceEpoch();
}

Evaluation refused(const TranslatableText &why)
{
    Evaluation evaluation;
    evaluation.why = why;
    return evaluation;
}

} // namespace

Evaluation RequestEvaluator::evaluate(const RuleBook &book, const Request &request)
{
    const TranslatableText unusable = book.whyNotUsable(request.type);
    if (!unusable.isEmpty())
        return refused(unusable);
    const QDate filedOn = BangkokTime::fromUtcMs(request.filedAtMs).date();
    const RequestTypeRules *rules = book.inForceOn(request.type, filedOn);
    if (!rules)
        return refused(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestEvaluator",
                                "No rules for the request type \"%1\" are in force on %2."))
                           .arg(request.type)
                           .arg(BuddhistDate::format(filedOn, Language::Thai),
                               BuddhistDate::format(filedOn, Language::English)));

    Evaluation evaluation;
    evaluation.rules = *rules;
    if (rules->deadline) {
        const Deadline &due = *rules->deadline;
        if (!request.eventAtMs)
            return refused(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestEvaluator",
                                    "The date of the event (\"%1\") is needed to know whether "
                                    "the request is on time."))
                               .arg(due.fromField));
        const qint64 eventAtMs = *request.eventAtMs;
        const QDate eventOn = BangkokTime::fromUtcMs(eventAtMs).date();
        // A date-only event may be given as any moment of its day: compare days, not moments.
        const bool eventAfterFiling
            = due.hours > 0 ? eventAtMs > request.filedAtMs : eventOn > filedOn;
        if (eventAfterFiling)
            return refused(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestEvaluator",
                "The event cannot be after the filing of the request.")));
        evaluation.hasDeadline = true;
        if (due.hours > 0) {
            evaluation.deadlineAtMs = eventAtMs + qint64(due.hours) * 3600 * 1000;
        } else {
            // The event's day is not counted (Civil and Commercial Code, s. 193/3): due by the
            // end of the days-th day after it.
            const QDate lastDay = eventOn.addDays(due.days);
            evaluation.deadlineAtMs = startOfBangkokDay(lastDay.addDays(1)) - 1;
            if (filedOn > lastDay)
                evaluation.lateDays = int(lastDay.daysTo(filedOn));
        }
        evaluation.late = request.filedAtMs > evaluation.deadlineAtMs;
        if (evaluation.late) {
            evaluation.lateByMs = request.filedAtMs - evaluation.deadlineAtMs;
            evaluation.fineBaht = rules->lateFineBaht;
        }
    }

    const FeeRule &fee = rules->fee;
    if (!fee.byField.isEmpty()) {
        const QString chosen = request.answers.value(fee.byField).toString();
        if (!fee.bahtByOption.contains(chosen))
            return refused(
                text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestEvaluator",
                         "The fee depends on \"%1\", which is not answered with one of "
                         "its choices."))
                    .arg(rules->field(fee.byField)->label.th, rules->field(fee.byField)->label.en));
        evaluation.feeBaht = fee.bahtByOption.value(chosen);
    } else if (!fee.perField.isEmpty()) {
        const QJsonValue count = request.answers.value(fee.perField);
        const double number = count.toDouble(0);
        if (!count.isDouble() || number < 1 || number != std::floor(number) || number > 1000)
            return refused(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestEvaluator",
                                    "The fee is counted by \"%1\", which must be a whole number "
                                    "from 1 to 1000."))
                               .arg(rules->field(fee.perField)->label.th,
                                   rules->field(fee.perField)->label.en));
        evaluation.feeBaht = fee.baht * qint64(number);
    } else {
        evaluation.feeBaht = fee.baht;
    }
    evaluation.ok = true;
    return evaluation;
}

} // namespace saduak::civilregistration
