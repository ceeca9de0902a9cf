#include "complaintworkflow.h"

#include "trackingnumber.h"

#include <domain/bangkoktime.h>

#include <QCoreApplication>
#include <QDateTime>

#include <array>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

namespace {

constexpr char context[] = "saduak::complaints::ComplaintWorkflow";

// What a state is: its protocol name, what a person reads, Open311's status, whether the
// complainant has been told. One row a state: nothing else in the tree switches on states.
struct StateRow
{
    ComplaintState state;
    QStringView name;
    const char *display;
    bool closed; // Open311 "closed"
    bool toldComplainant;
};

const std::array<StateRow, 12> stateRows {{
    {ComplaintState::Received, u"received",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Received"), false, false},
    {ComplaintState::Registered, u"registered",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Registered"), false, false},
    {ComplaintState::Forwarded, u"forwarded",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Forwarded to an agency"), false,
        false},
    {ComplaintState::InProgress, u"inProgress",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "In progress"), false, false},
    {ComplaintState::WaitingForInformation, u"waitingForInformation",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Waiting for information"),
        false, false},
    {ComplaintState::Escalated, u"escalated",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Escalated"), false, false},
    {ComplaintState::Resolved, u"resolved",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Resolved"), true, false},
    {ComplaintState::Closed, u"closed",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Closed"), true, true},
    {ComplaintState::Rejected, u"rejected",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Rejected"), true, true},
    {ComplaintState::OutOfJurisdiction, u"outOfJurisdiction",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Out of jurisdiction"), true,
        true},
    {ComplaintState::Duplicate, u"duplicate",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Duplicate"), true, true},
    {ComplaintState::Reopened, u"reopened",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Reopened"), false, false},
}};

// What an action needs from the request (README.md: "What an action needs").
enum class Needs { Nothing, Note, Category, Agency, Original };

// An action's protocol name, what a person reads, what it needs, and where it goes. Resume's
// target depends on the complaint (an agency set or not) and is decided in checkChange().
struct ActionRow
{
    ComplaintAction action;
    QStringView name;
    const char *display;
    Needs needs;
    ComplaintState target;
};

const std::array<ActionRow, 12> actionRows {{
    {ComplaintAction::Register, u"register",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Register"), Needs::Category,
        ComplaintState::Registered},
    {ComplaintAction::Forward, u"forward",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Forward to an agency"),
        Needs::Agency, ComplaintState::Forwarded},
    {ComplaintAction::Start, u"start",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Start work"), Needs::Nothing,
        ComplaintState::InProgress},
    {ComplaintAction::Resolve, u"resolve",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Resolve"), Needs::Note,
        ComplaintState::Resolved},
    {ComplaintAction::Close, u"close",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Close (complainant informed)"),
        Needs::Note, ComplaintState::Closed},
    {ComplaintAction::Reject, u"reject",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Reject"), Needs::Note,
        ComplaintState::Rejected},
    {ComplaintAction::OutOfJurisdiction, u"outOfJurisdiction",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Mark as out of jurisdiction"),
        Needs::Note, ComplaintState::OutOfJurisdiction},
    {ComplaintAction::MarkDuplicate, u"markDuplicate",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Mark as duplicate"),
        Needs::Original, ComplaintState::Duplicate},
    {ComplaintAction::AskInformation, u"askInformation",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Ask for information"),
        Needs::Note, ComplaintState::WaitingForInformation},
    {ComplaintAction::Escalate, u"escalate",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Escalate"), Needs::Nothing,
        ComplaintState::Escalated},
    {ComplaintAction::Resume, u"resume",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Resume"), Needs::Nothing,
        ComplaintState::InProgress},
    {ComplaintAction::Reopen, u"reopen",
        QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow", "Reopen"), Needs::Note,
        ComplaintState::Reopened},
}};

// The README's table "States and actions", one row a state, actions in the table's order.
using A = ComplaintAction;
struct AllowedRow
{
    ComplaintState state;
    QList<ComplaintAction> actions;
};

const QList<AllowedRow> &allowedRows()
{
    static const QList<AllowedRow> rows {
        {ComplaintState::Received,
            {A::Register, A::Reject, A::OutOfJurisdiction, A::MarkDuplicate}},
        {ComplaintState::Registered,
            {A::Forward, A::AskInformation, A::Reject, A::OutOfJurisdiction, A::MarkDuplicate}},
        {ComplaintState::Forwarded,
            {A::Start, A::AskInformation, A::Escalate, A::OutOfJurisdiction}},
        {ComplaintState::InProgress, {A::Resolve, A::AskInformation, A::Escalate}},
        {ComplaintState::WaitingForInformation, {A::Resume, A::Escalate}},
        {ComplaintState::Escalated, {A::Forward, A::Start}},
        {ComplaintState::Resolved, {A::Close, A::Reopen}},
        {ComplaintState::Closed, {A::Reopen}},
        {ComplaintState::Rejected, {A::Reopen}},
        {ComplaintState::OutOfJurisdiction, {A::Reopen}},
        {ComplaintState::Duplicate, {A::Reopen}},
        {ComplaintState::Reopened,
            {A::Register, A::Forward, A::Reject, A::OutOfJurisdiction, A::MarkDuplicate}},
    };
    return rows;
}

const StateRow &rowOf(ComplaintState state)
{
    for (const StateRow &row : stateRows) {
        if (row.state == state)
            return row;
    }
    Q_UNREACHABLE(); // every state has a row
    return stateRows.front();
}

const ActionRow &rowOf(ComplaintAction action)
{
    for (const ActionRow &row : actionRows) {
        if (row.action == action)
            return row;
    }
    Q_UNREACHABLE(); // every action has a row
    return actionRows.front();
}

ChangeOutcome refused(QString code, TranslatableText text)
{
    ChangeOutcome outcome;
    outcome.refusalCode = std::move(code);
    outcome.refusal = std::move(text);
    return outcome;
}

} // namespace

QList<ComplaintState> allComplaintStates()
{
    QList<ComplaintState> states;
    for (const StateRow &row : stateRows)
        states.append(row.state);
    return states;
}

QList<ComplaintAction> allComplaintActions()
{
    QList<ComplaintAction> actions;
    for (const ActionRow &row : actionRows)
        actions.append(row.action);
    return actions;
}

QString toString(ComplaintState state)
{
    return rowOf(state).name.toString();
}

QString toString(ComplaintAction action)
{
    return rowOf(action).name.toString();
}

std::optional<ComplaintState> complaintStateFromString(QStringView text)
{
    for (const StateRow &row : stateRows) {
        if (row.name == text)
            return row.state;
    }
    return std::nullopt;
}

std::optional<ComplaintAction> complaintActionFromString(QStringView text)
{
    for (const ActionRow &row : actionRows) {
        if (row.name == text)
            return row.action;
    }
    return std::nullopt;
}

TranslatableText displayText(ComplaintState state)
{
    return TranslatableText(context, rowOf(state).display);
}

TranslatableText displayText(ComplaintAction action)
{
    return TranslatableText(context, rowOf(action).display);
}

QString displayName(ComplaintState state)
{
    return displayText(state).toString();
}

QString displayName(ComplaintAction action)
{
    return displayText(action).toString();
}

QList<ComplaintAction> allowedActions(ComplaintState state)
{
    for (const AllowedRow &row : allowedRows()) {
        if (row.state == state)
            return row.actions;
    }
    return {};
}

QString open311Status(ComplaintState state)
{
    return rowOf(state).closed ? u"closed"_s : u"open"_s;
}

bool hasToldComplainant(ComplaintState state)
{
    return rowOf(state).toldComplainant;
}

qint64 dueAtMs(qint64 filedAtMs)
{
    const QDate filed = BangkokTime::fromUtcMs(filedAtMs).date();
    // The start of the 16th day after filing, in Bangkok, less one millisecond: the last moment
    // of the 15th day. Bangkok has no daylight saving, so every day there has 24 hours.
    const QDateTime afterDue(filed.addDays(16), QTime(0, 0), BangkokTime::zone());
    return afterDue.toMSecsSinceEpoch() - 1;
}

bool isOverdue(ComplaintState state, qint64 dueAtMs, qint64 nowMs)
{
    return nowMs > dueAtMs && !hasToldComplainant(state);
}

ChangeOutcome checkChange(const ComplaintFacts &complaint, const ChangeRequest &request)
{
    if (!allowedActions(complaint.state).contains(request.action)) {
        return refused(u"notAllowedInState"_s,
            TranslatableText(context,
                QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow",
                    "“%1” is not allowed for a complaint that is “%2”."))
                .arg(displayText(request.action))
                .arg(displayText(complaint.state)));
    }

    const ActionRow &action = rowOf(request.action);
    ChangeOutcome outcome;
    switch (action.needs) {
    case Needs::Nothing:
        break;
    case Needs::Note:
        if (request.note.trimmed().isEmpty()) {
            return refused(u"noteNeeded"_s,
                TranslatableText(context,
                    QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow",
                        "“%1” needs a note saying why, or how the complainant was informed."))
                    .arg(displayText(request.action)));
        }
        break;
    case Needs::Category:
        if (request.category.trimmed().isEmpty()) {
            return refused(u"categoryNeeded"_s,
                TranslatableText(context,
                    QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow",
                        "Choose the complaint's category to register it.")));
        }
        break;
    case Needs::Agency:
        if (request.agency.trimmed().isEmpty()) {
            return refused(u"agencyNeeded"_s,
                TranslatableText(context,
                    QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow",
                        "Choose the agency to forward the complaint to.")));
        }
        break;
    case Needs::Original: {
        if (request.duplicateOf.trimmed().isEmpty()) {
            return refused(u"originalNeeded"_s,
                TranslatableText(context,
                    QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow",
                        "Give the tracking number of the original complaint.")));
        }
        TranslatableText why;
        const auto original = TrackingNumber::parse(request.duplicateOf, &why);
        if (!original)
            return refused(u"originalNeeded"_s, why);
        const auto self
            = TrackingNumber::parse(complaint.trackingNumber, static_cast<QString *>(nullptr));
        if (self && *self == *original) {
            return refused(u"originalIsItself"_s,
                TranslatableText(context,
                    QT_TRANSLATE_NOOP("saduak::complaints::ComplaintWorkflow",
                        "A complaint cannot be a duplicate of itself: give the tracking number "
                        "of the original.")));
        }
        outcome.duplicateOf = original->text();
        break;
    }
    }

    outcome.newState = action.target;
    if (request.action == ComplaintAction::Resume && complaint.agency.trimmed().isEmpty())
        outcome.newState = ComplaintState::Registered;
    outcome.countsReopening = request.action == ComplaintAction::Reopen;
    return outcome;
}

} // namespace saduak::complaints
