#include "complaintcommands.h"

#include "centraldatabase.h"
#include "complaintstore.h"

#include <complaintworkflow.h>
#include <domain/bangkoktime.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace saduak::complaints;

namespace saduak {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("saduak::ComplaintCommands", text);
}

// The names each option has in the parser (options()), so run() finds their values.
const QString kTracking = u"tracking"_s;
const QString kAction = u"action"_s;
const QString kCategory = u"category"_s;
const QString kNote = u"note"_s;
const QString kAgency = u"agency"_s;
const QString kDuplicateOf = u"duplicate-of"_s;
const QString kActor = u"actor"_s;
const QString kOverdue = u"overdue"_s;
const QString kState = u"state"_s;

ComplaintCommands::Output usage(const QString &text)
{
    return {2, {}, {text}};
}

QStringList namesOf(const auto &values)
{
    QStringList names;
    for (const auto value : values)
        names << toString(value);
    return names;
}

} // namespace

QList<QCommandLineOption> ComplaintCommands::options()
{
    return {
        {kTracking,
            translated(QT_TRANSLATE_NOOP(
                "saduak::ComplaintCommands", "complaint: the complaint's tracking number.")),
            u"number"_s},
        {kAction,
            translated(QT_TRANSLATE_NOOP("saduak::ComplaintCommands",
                "complaint: what to do (register, forward, start, resolve, close, reject, "
                "outOfJurisdiction, markDuplicate, askInformation, escalate, resume, reopen).")),
            u"action"_s},
        {kCategory,
            translated(QT_TRANSLATE_NOOP("saduak::ComplaintCommands",
                "complaint --action register: the category (a code of complaint-categories); "
                "complaints: only this category.")),
            u"code"_s},
        {kNote,
            translated(QT_TRANSLATE_NOOP("saduak::ComplaintCommands",
                "complaint: the note; every branch shows it to the complainant, so no names or "
                "contact details in it.")),
            u"text"_s},
        {kAgency,
            translated(QT_TRANSLATE_NOOP("saduak::ComplaintCommands",
                "complaint --action forward: the responsible agency.")),
            u"agency"_s},
        {kDuplicateOf,
            translated(QT_TRANSLATE_NOOP("saduak::ComplaintCommands",
                "complaint --action markDuplicate: the original's tracking number.")),
            u"number"_s},
        {kActor,
            translated(QT_TRANSLATE_NOOP("saduak::ComplaintCommands",
                "complaint: who makes the change, kept in its history (default: the login "
                "name).")),
            u"name"_s},
        {kOverdue,
            translated(QT_TRANSLATE_NOOP(
                "saduak::ComplaintCommands", "complaints: only the overdue ones."))},
        {kState,
            translated(QT_TRANSLATE_NOOP(
                "saduak::ComplaintCommands", "complaints: only complaints in this state.")),
            u"state"_s},
    };
}

bool ComplaintCommands::handles(const QString &command)
{
    return command == u"complaint"_s || command == u"complaints"_s;
}

ComplaintCommands::Output ComplaintCommands::run(
    const QString &command, const QCommandLineParser &parser, CentralDatabase &central)
{
    return command == u"complaint"_s ? change(parser, central) : list(parser, central);
}

ComplaintCommands::Output ComplaintCommands::change(
    const QCommandLineParser &parser, CentralDatabase &central)
{
    if (!parser.isSet(kTracking) || !parser.isSet(kAction))
        return usage(translated(QT_TRANSLATE_NOOP("saduak::ComplaintCommands",
            "complaint needs --tracking NUMBER and --action ACTION.")));
    const std::optional<ComplaintAction> action = complaintActionFromString(parser.value(kAction));
    if (!action)
        return usage(translated(
            QT_TRANSLATE_NOOP("saduak::ComplaintCommands", "\"%1\" is not an action; one of: %2."))
                         .arg(parser.value(kAction), namesOf(allComplaintActions()).join(u", "_s)));
    ChangeRequest request;
    request.action = *action;
    request.note = parser.value(kNote);
    request.category = parser.value(kCategory);
    request.agency = parser.value(kAgency);
    request.duplicateOf = parser.value(kDuplicateOf);
    QString actor = parser.value(kActor).trimmed();
    if (actor.isEmpty())
        actor = qEnvironmentVariable("USER", u"operator"_s);

    const ComplaintStore::ChangeResult result
        = central.complaints().change(parser.value(kTracking), request, actor);
    if (result.isChanged()) {
        // Scripts take the number and the new state; a person reads the state's name after.
        const std::optional<CentralComplaint> complaint
            = central.complaints().get(parser.value(kTracking), BangkokTime::nowUtcMs()).complaint;
        return {0,
            {QStringList {complaint ? complaint->trackingNumber : parser.value(kTracking),
                toString(result.state), displayName(result.state)}
                    .join(u'\t')},
            {}};
    }
    Output refused {1, {}, {result.message.toString()}};
    if (result.outcome == ComplaintStore::ChangeResult::Outcome::StorageFailed)
        refused.err << result.why;
    return refused;
}

ComplaintCommands::Output ComplaintCommands::list(
    const QCommandLineParser &parser, CentralDatabase &central)
{
    ComplaintFilter filter;
    filter.overdueOnly = parser.isSet(kOverdue);
    filter.category = parser.value(kCategory);
    if (parser.isSet(kState)) {
        filter.state = complaintStateFromString(parser.value(kState));
        if (!filter.state)
            return usage(
                translated(QT_TRANSLATE_NOOP(
                               "saduak::ComplaintCommands", "\"%1\" is not a state; one of: %2."))
                    .arg(parser.value(kState), namesOf(allComplaintStates()).join(u", "_s)));
    }
    const qint64 nowMs = BangkokTime::nowUtcMs();
    QString why;
    const auto complaints = central.complaints().list(filter, nowMs, &why);
    if (!complaints)
        return {1, {},
            {translated(QT_TRANSLATE_NOOP(
                            "saduak::ComplaintCommands", "The complaints could not be read: %1"))
                    .arg(why)}};
    // One line a complaint, tab-separated for scripts (as list-branches): number, branch, state,
    // category, area (the most exact code), filed and due in Bangkok, "overdue" or nothing,
    // agency. The state and "overdue" are words of the protocol, in no language, as scripts
    // match them. An agency keeps to its field.
    static const QRegularExpression separators(u"[\\t\\r\\n]"_s);
    const auto at = [](qint64 ms) { return BangkokTime::fromUtcMs(ms).toString(Qt::ISODate); };
    Output output;
    for (const CentralComplaint &c : *complaints) {
        const QString area = !c.tambonCode.isEmpty() ? c.tambonCode
            : !c.amphoeCode.isEmpty()                ? c.amphoeCode
                                                     : c.provinceCode;
        output.out << QStringList {c.trackingNumber, c.branchCode, toString(c.state), c.category,
            area, at(c.filedAtMs), at(c.dueAtMs), c.overdue ? u"overdue"_s : QString(),
            QString(c.agency).replace(separators, u" "_s)}
                          .join(u'\t');
    }
    return output;
}

} // namespace saduak
