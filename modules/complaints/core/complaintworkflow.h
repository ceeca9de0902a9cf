#pragma once

#include <domain/translatabletext.h>

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace saduak::complaints {

// A complaint's states and the actions that move it (README.md, "States and actions"). The
// branch files a complaint as Received; central's desk and Open311 apply the actions. Both sides
// check a change here, so a state the desk refuses is refused by Open311 too.
enum class ComplaintState {
    Received,
    Registered,
    Forwarded,
    InProgress,
    WaitingForInformation,
    Escalated,
    Resolved,
    Closed,
    Rejected,
    OutOfJurisdiction,
    Duplicate,
    Reopened,
};

enum class ComplaintAction {
    Register,
    Forward,
    Start,
    Resolve,
    Close,
    Reject,
    OutOfJurisdiction,
    MarkDuplicate,
    AskInformation,
    Escalate,
    Resume,
    Reopen,
};

// In the order declared above.
QList<ComplaintState> allComplaintStates();
QList<ComplaintAction> allComplaintActions();

// The protocol's names, as in the README's table: "received", "inProgress",
// "waitingForInformation", "outOfJurisdiction"…; "register", "markDuplicate", "askInformation"….
// (As with toString(TicketState): where this header is seen, QCOMPARE of two states does not
// compile — QTest picks this toString, which gives a QString. Compare toString(a), toString(b).)
QString toString(ComplaintState state);
QString toString(ComplaintAction action);
std::optional<ComplaintState> complaintStateFromString(QStringView text);
std::optional<ComplaintAction> complaintActionFromString(QStringView text);

// What a person reads: "รับเรื่องแล้ว" / "Received", "ส่งต่อ" / "Forward". The text form keeps
// the sentence untranslated (for a hub's answer, or a page rendered in another language);
// displayName() translates it with the translation installed now.
TranslatableText displayText(ComplaintState state);
TranslatableText displayText(ComplaintAction action);
QString displayName(ComplaintState state);
QString displayName(ComplaintAction action);

// The actions the README's table allows in a state, in the table's order.
QList<ComplaintAction> allowedActions(ComplaintState state);

// Open311 GeoReport v2's status: "open" or "closed".
QString open311Status(ComplaintState state);

// Closed, Rejected, OutOfJurisdiction, Duplicate: the complainant has been told the result, so
// such a complaint is never overdue. (Resolved is not: the complainant is told when it is closed.)
bool hasToldComplainant(ComplaintState state);

// The result is due by the end of the 15th day after the filing date in Bangkok: the last
// millisecond of that day, as UTC ms (filed 1 Dec at any hour → due 16 Dec 23:59:59.999 Bangkok).
qint64 dueAtMs(qint64 filedAtMs);
// True when nowMs is past dueAtMs and the complainant has not been told (hasToldComplainant).
bool isOverdue(ComplaintState state, qint64 dueAtMs, qint64 nowMs);

// What an officer asks for. Which fields matter depends on the action: register a category,
// forward an agency, markDuplicate the original's tracking number; reject, outOfJurisdiction,
// askInformation, resolve, close (how the complainant was informed) and reopen a note. Fields an
// action does not need are ignored.
struct ChangeRequest
{
    ComplaintAction action = ComplaintAction::Register;
    QString note;
    QString category; // a code of complaint-categories; that it exists is the caller's check
    QString agency; // the responsible agency; that it exists is the caller's check
    QString duplicateOf; // the original's tracking number, as typed
};

// The complaint as it is now, as far as a change depends on it.
struct ComplaintFacts
{
    ComplaintState state = ComplaintState::Received;
    QString trackingNumber; // its own, text() form
    QString agency; // empty: no agency set yet (resume then goes back to Registered)
};

// The answer to a ChangeRequest: the new state, or a refusal with a code for programs and a
// sentence for the person. Codes: "notAllowedInState", "noteNeeded", "categoryNeeded",
// "agencyNeeded", "originalNeeded" (markDuplicate without a valid tracking number; the
// sentence says what is wrong with it), "originalIsItself".
struct ChangeOutcome
{
    std::optional<ComplaintState> newState; // set when allowed
    QString refusalCode; // empty when allowed
    TranslatableText refusal;
    bool countsReopening = false; // reopen: the caller adds one to the complaint's reopenCount
    QString duplicateOf; // markDuplicate: the original's number in text() form

    bool isAllowed() const { return newState.has_value(); }
};

ChangeOutcome checkChange(const ComplaintFacts &complaint, const ChangeRequest &request);

} // namespace saduak::complaints
