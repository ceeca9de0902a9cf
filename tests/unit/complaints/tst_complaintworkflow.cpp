#include "complaintworkflow.h"

#include "trackingnumber.h"

#include <QDateTime>
#include <QHash>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace saduak::complaints;

Q_DECLARE_METATYPE(saduak::complaints::ComplaintState)
Q_DECLARE_METATYPE(saduak::complaints::ComplaintAction)

namespace {

// The README's table "States and actions", copied from the README by name (not from the code):
// each state, its Open311 status, and each action allowed there with the state it leads to
// (resume's target here is with an agency set; without one it is registered, tested apart).
struct ReadmeRow
{
    QString state;
    QString open311;
    QList<std::pair<QString, QString>> actions; // action → new state
};

const QList<ReadmeRow> &readmeTable()
{
    static const QList<ReadmeRow> table {
        {u"received"_s, u"open"_s,
            {{u"register"_s, u"registered"_s}, {u"reject"_s, u"rejected"_s},
                {u"outOfJurisdiction"_s, u"outOfJurisdiction"_s},
                {u"markDuplicate"_s, u"duplicate"_s}}},
        {u"registered"_s, u"open"_s,
            {{u"forward"_s, u"forwarded"_s}, {u"askInformation"_s, u"waitingForInformation"_s},
                {u"reject"_s, u"rejected"_s}, {u"outOfJurisdiction"_s, u"outOfJurisdiction"_s},
                {u"markDuplicate"_s, u"duplicate"_s}}},
        {u"forwarded"_s, u"open"_s,
            {{u"start"_s, u"inProgress"_s}, {u"askInformation"_s, u"waitingForInformation"_s},
                {u"escalate"_s, u"escalated"_s}, {u"outOfJurisdiction"_s, u"outOfJurisdiction"_s}}},
        {u"inProgress"_s, u"open"_s,
            {{u"resolve"_s, u"resolved"_s}, {u"askInformation"_s, u"waitingForInformation"_s},
                {u"escalate"_s, u"escalated"_s}}},
        {u"waitingForInformation"_s, u"open"_s,
            {{u"resume"_s, u"inProgress"_s}, {u"escalate"_s, u"escalated"_s}}},
        {u"escalated"_s, u"open"_s,
            {{u"forward"_s, u"forwarded"_s}, {u"start"_s, u"inProgress"_s}}},
        {u"resolved"_s, u"closed"_s, {{u"close"_s, u"closed"_s}, {u"reopen"_s, u"reopened"_s}}},
        {u"closed"_s, u"closed"_s, {{u"reopen"_s, u"reopened"_s}}},
        {u"rejected"_s, u"closed"_s, {{u"reopen"_s, u"reopened"_s}}},
        {u"outOfJurisdiction"_s, u"closed"_s, {{u"reopen"_s, u"reopened"_s}}},
        {u"duplicate"_s, u"closed"_s, {{u"reopen"_s, u"reopened"_s}}},
        {u"reopened"_s, u"open"_s,
            {{u"register"_s, u"registered"_s}, {u"forward"_s, u"forwarded"_s},
                {u"reject"_s, u"rejected"_s}, {u"outOfJurisdiction"_s, u"outOfJurisdiction"_s},
                {u"markDuplicate"_s, u"duplicate"_s}}},
    };
    return table;
}

// Every action the README names (twelve).
const QStringList readmeActions {u"register"_s, u"forward"_s, u"start"_s, u"resolve"_s, u"close"_s,
    u"reject"_s, u"outOfJurisdiction"_s, u"markDuplicate"_s, u"askInformation"_s, u"escalate"_s,
    u"resume"_s, u"reopen"_s};

const QString ownNumber = u"B001-691207-0042-71"_s;
const QString otherNumber
    = u"B001-691207-0041-%1"_s.arg(TrackingNumber::checkDigitsFor(u"B0016912070041"));

// A request that gives everything any action needs.
ChangeRequest completeRequest(ComplaintAction action)
{
    ChangeRequest request;
    request.action = action;
    request.note = u"Called the complainant on 0812345678"_s;
    request.category = u"roads"_s;
    request.agency = u"Bangkok district office"_s;
    request.duplicateOf = otherNumber;
    return request;
}

ComplaintFacts facts(ComplaintState state, const QString &agency = u"Bangkok district office"_s)
{
    return ComplaintFacts {state, ownNumber, agency};
}

// QCOMPARE cannot take ComplaintState itself where complaintworkflow.h is seen (QTest would pick
// its toString, which gives a QString): states are compared by their protocol names.
QString nameOf(std::optional<ComplaintState> state)
{
    return state ? toString(*state) : u"(none)"_s;
}

QString nameOf(std::optional<ComplaintAction> action)
{
    return action ? toString(*action) : u"(none)"_s;
}

qint64 utcMs(int y, int m, int d, int h, int min, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

class TestComplaintWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void namesAreTheProtocolsBothWays();
    void unknownNamesAreRefused();
    void everyStateAndActionHasADisplayName();
    void everyStateTimesEveryAction_data();
    void everyStateTimesEveryAction();
    void allowedActionsAreTheReadmesTable();
    void resumeGoesBackToRegisteredWithoutAnAgency();
    void whatAnActionNeeds_data();
    void whatAnActionNeeds();
    void markDuplicateKeepsTheOriginalsNumberAsPrinted();
    void open311StatusOfEveryState();
    void dueByTheEndOfThe15thDayInBangkok_data();
    void dueByTheEndOfThe15thDayInBangkok();
    void overdue_data();
    void overdue();
};

void TestComplaintWorkflow::namesAreTheProtocolsBothWays()
{
    QStringList states;
    for (const ReadmeRow &row : readmeTable())
        states.append(row.state);
    QStringList named;
    for (ComplaintState state : allComplaintStates()) {
        named.append(toString(state));
        QCOMPARE(nameOf(complaintStateFromString(toString(state))), toString(state));
    }
    QCOMPARE(named, states);

    QStringList actions;
    for (ComplaintAction action : allComplaintActions()) {
        actions.append(toString(action));
        QCOMPARE(nameOf(complaintActionFromString(toString(action))), toString(action));
    }
    QCOMPARE(actions, readmeActions);
}

void TestComplaintWorkflow::unknownNamesAreRefused()
{
    QVERIFY(!complaintStateFromString(u"Received"));
    QVERIFY(!complaintStateFromString(u"in_progress"));
    QVERIFY(!complaintStateFromString(u""));
    QVERIFY(!complaintActionFromString(u"Register"));
    QVERIFY(!complaintActionFromString(u"duplicate"));
}

void TestComplaintWorkflow::everyStateAndActionHasADisplayName()
{
    QSet<QString> seen;
    for (ComplaintState state : allComplaintStates()) {
        const saduak::TranslatableText text = displayText(state);
        QCOMPARE(text.context(), u"saduak::complaints::ComplaintWorkflow"_s);
        QVERIFY(!displayName(state).isEmpty());
        QVERIFY2(!seen.contains(displayName(state)), qPrintable(displayName(state)));
        seen.insert(displayName(state));
    }
    // Not cleared: an action named as a state would share its translation (one context, one
    // source text), and a Thai state name rarely reads as a verb.
    for (ComplaintAction action : allComplaintActions()) {
        QCOMPARE(displayText(action).context(), u"saduak::complaints::ComplaintWorkflow"_s);
        QVERIFY(!displayName(action).isEmpty());
        QVERIFY2(!seen.contains(displayName(action)), qPrintable(displayName(action)));
        seen.insert(displayName(action));
    }
}

void TestComplaintWorkflow::everyStateTimesEveryAction_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("newState"); // empty: refused as not allowed in that state

    int rows = 0;
    for (const ReadmeRow &row : readmeTable()) {
        for (const QString &action : readmeActions) {
            QString target;
            for (const auto &[allowed, to] : row.actions) {
                if (allowed == action)
                    target = to;
            }
            const QString name = target.isEmpty()
                ? u"%1: %2 is refused"_s.arg(row.state, action)
                : u"%1: %2 leads to %3"_s.arg(row.state, action, target);
            QTest::newRow(qPrintable(name)) << row.state << action << target;
            ++rows;
        }
    }
    QCOMPARE(rows, 12 * 12);
}

void TestComplaintWorkflow::everyStateTimesEveryAction()
{
    QFETCH(QString, state);
    QFETCH(QString, action);
    QFETCH(QString, newState);

    const auto from = complaintStateFromString(state);
    const auto act = complaintActionFromString(action);
    QVERIFY(from);
    QVERIFY(act);
    const ChangeOutcome outcome = checkChange(facts(*from), completeRequest(*act));
    if (newState.isEmpty()) {
        QVERIFY(!outcome.isAllowed());
        QCOMPARE(outcome.refusalCode, u"notAllowedInState"_s);
        QVERIFY(!outcome.refusal.isEmpty());
        QVERIFY(!outcome.countsReopening);
    } else {
        QVERIFY2(outcome.isAllowed(), qPrintable(outcome.refusal.toString()));
        QCOMPARE(toString(*outcome.newState), newState);
        QVERIFY(outcome.refusalCode.isEmpty());
        // "reopen → reopened and counts the reopening"; nothing else counts.
        QCOMPARE(outcome.countsReopening, action == u"reopen"_s);
    }
}

void TestComplaintWorkflow::allowedActionsAreTheReadmesTable()
{
    for (const ReadmeRow &row : readmeTable()) {
        QStringList expected;
        for (const auto &[action, to] : row.actions)
            expected.append(action);
        QStringList actual;
        for (ComplaintAction action : allowedActions(*complaintStateFromString(row.state)))
            actual.append(toString(action));
        QCOMPARE(actual, expected);
    }
}

void TestComplaintWorkflow::resumeGoesBackToRegisteredWithoutAnAgency()
{
    const ChangeRequest resume = completeRequest(ComplaintAction::Resume);
    QCOMPARE(nameOf(checkChange(facts(ComplaintState::WaitingForInformation, {}), resume).newState),
        u"registered"_s);
    QCOMPARE(
        nameOf(checkChange(facts(ComplaintState::WaitingForInformation, u"  "_s), resume).newState),
        u"registered"_s);
    QCOMPARE(nameOf(checkChange(facts(ComplaintState::WaitingForInformation, u"OrBorTor"_s), resume)
                        .newState),
        u"inProgress"_s);
}

void TestComplaintWorkflow::whatAnActionNeeds_data()
{
    QTest::addColumn<ComplaintState>("state");
    QTest::addColumn<ComplaintAction>("action");
    QTest::addColumn<QString>("field"); // the request's field left out (or set as in "value")
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("refusal"); // empty: allowed

    using S = ComplaintState;
    using A = ComplaintAction;
    QTest::newRow("register without a category")
        << S::Received << A::Register << u"category"_s << QString() << u"categoryNeeded"_s;
    QTest::newRow("register with a blank category")
        << S::Reopened << A::Register << u"category"_s << u"  "_s << u"categoryNeeded"_s;
    QTest::newRow("register needs no note")
        << S::Received << A::Register << u"note"_s << QString() << QString();
    QTest::newRow("forward without an agency")
        << S::Registered << A::Forward << u"agency"_s << QString() << u"agencyNeeded"_s;
    QTest::newRow("forward from escalated without an agency")
        << S::Escalated << A::Forward << u"agency"_s << u"\t"_s << u"agencyNeeded"_s;
    QTest::newRow("markDuplicate without the original")
        << S::Received << A::MarkDuplicate << u"duplicateOf"_s << QString() << u"originalNeeded"_s;
    QTest::newRow("markDuplicate with a number that is not one")
        << S::Registered << A::MarkDuplicate << u"duplicateOf"_s << u"B001-691207-0041-00"_s
        << u"originalNeeded"_s;
    QTest::newRow("markDuplicate of itself, typed as printed")
        << S::Received << A::MarkDuplicate << u"duplicateOf"_s << ownNumber
        << u"originalIsItself"_s;
    QTest::newRow("markDuplicate of itself, typed in lower case without dashes")
        << S::Reopened << A::MarkDuplicate << u"duplicateOf"_s << u"b001691207004271"_s
        << u"originalIsItself"_s;
    const struct
    {
        S state;
        A action;
        const char *name;
    } needNote[] = {
        {S::Received, A::Reject, "reject"},
        {S::Registered, A::OutOfJurisdiction, "outOfJurisdiction"},
        {S::Forwarded, A::AskInformation, "askInformation"},
        {S::InProgress, A::Resolve, "resolve"},
        {S::Resolved, A::Close, "close"},
        {S::Closed, A::Reopen, "reopen"},
    };
    for (const auto &n : needNote) {
        QTest::addRow("%s without a note", n.name)
            << n.state << n.action << u"note"_s << QString() << u"noteNeeded"_s;
        QTest::addRow("%s with a blank note", n.name)
            << n.state << n.action << u"note"_s << u" \n "_s << u"noteNeeded"_s;
    }
    // Actions the README gives no need: allowed with an empty request.
    QTest::newRow("start needs nothing")
        << S::Forwarded << A::Start << u"everything"_s << QString() << QString();
    QTest::newRow("escalate needs nothing")
        << S::InProgress << A::Escalate << u"everything"_s << QString() << QString();
    QTest::newRow("resume needs nothing")
        << S::WaitingForInformation << A::Resume << u"everything"_s << QString() << QString();
    QTest::newRow("not allowed comes before what is missing")
        << S::Closed << A::Register << u"category"_s << QString() << u"notAllowedInState"_s;
}

void TestComplaintWorkflow::whatAnActionNeeds()
{
    QFETCH(ComplaintState, state);
    QFETCH(ComplaintAction, action);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, refusal);

    ChangeRequest request = completeRequest(action);
    if (field == u"everything")
        request = ChangeRequest {action, {}, {}, {}, {}};
    else if (field == u"note")
        request.note = value;
    else if (field == u"category")
        request.category = value;
    else if (field == u"agency")
        request.agency = value;
    else if (field == u"duplicateOf")
        request.duplicateOf = value;

    const ChangeOutcome outcome = checkChange(facts(state), request);
    if (refusal.isEmpty()) {
        QVERIFY2(outcome.isAllowed(), qPrintable(outcome.refusal.toString()));
        return;
    }
    QVERIFY(!outcome.isAllowed());
    QCOMPARE(outcome.refusalCode, refusal);
    QVERIFY(!outcome.refusal.toString().isEmpty());
}

void TestComplaintWorkflow::markDuplicateKeepsTheOriginalsNumberAsPrinted()
{
    ChangeRequest request = completeRequest(ComplaintAction::MarkDuplicate);
    request.duplicateOf = otherNumber.toLower().remove(u'-');
    const ChangeOutcome outcome = checkChange(facts(ComplaintState::Registered), request);
    QVERIFY(outcome.isAllowed());
    QCOMPARE(nameOf(outcome.newState), u"duplicate"_s);
    QCOMPARE(outcome.duplicateOf, otherNumber);
}

void TestComplaintWorkflow::open311StatusOfEveryState()
{
    for (const ReadmeRow &row : readmeTable())
        QCOMPARE(open311Status(*complaintStateFromString(row.state)), row.open311);
}

void TestComplaintWorkflow::dueByTheEndOfThe15thDayInBangkok_data()
{
    QTest::addColumn<qint64>("filedAtMs");
    QTest::addColumn<qint64>("dueAtMs");

    // Bangkok is UTC+7: its 23:59:59.999 is 16:59:59.999 UTC the same day, its midnight 17:00 UTC
    // the day before.
    QTest::newRow("filed mid-morning, due at the end of the 15th day after")
        << utcMs(2026, 12, 1, 3, 0) << utcMs(2026, 12, 16, 16, 59, 59, 999);
    QTest::newRow("filed at Bangkok midnight, the first moment of its day")
        << utcMs(2026, 11, 30, 17, 0) << utcMs(2026, 12, 16, 16, 59, 59, 999);
    QTest::newRow("filed the last moment of a Bangkok day")
        << utcMs(2026, 12, 1, 16, 59, 59, 999) << utcMs(2026, 12, 16, 16, 59, 59, 999);
    QTest::newRow("filed a millisecond later: the next Bangkok day")
        << utcMs(2026, 12, 1, 17, 0) << utcMs(2026, 12, 17, 16, 59, 59, 999);
    QTest::newRow("filed on a UTC date still the day before in UTC")
        << utcMs(2026, 12, 31, 20, 0) << utcMs(2027, 1, 16, 16, 59, 59, 999);
    QTest::newRow("across a month end (30 days)")
        << utcMs(2026, 11, 20, 5, 0) << utcMs(2026, 12, 5, 16, 59, 59, 999);
    QTest::newRow("across a month end (31 days)")
        << utcMs(2027, 1, 25, 5, 0) << utcMs(2027, 2, 9, 16, 59, 59, 999);
    QTest::newRow("across a year end")
        << utcMs(2026, 12, 25, 5, 0) << utcMs(2027, 1, 9, 16, 59, 59, 999);
    QTest::newRow("February of a leap year")
        << utcMs(2028, 2, 14, 5, 0) << utcMs(2028, 2, 29, 16, 59, 59, 999);
    QTest::newRow("February of a common year")
        << utcMs(2027, 2, 14, 5, 0) << utcMs(2027, 3, 1, 16, 59, 59, 999);
}

void TestComplaintWorkflow::dueByTheEndOfThe15thDayInBangkok()
{
    QFETCH(qint64, filedAtMs);
    QFETCH(qint64, dueAtMs);
    QCOMPARE(saduak::complaints::dueAtMs(filedAtMs), dueAtMs);
}

void TestComplaintWorkflow::overdue_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<qint64>("nowAfterDueMs");
    QTest::addColumn<bool>("overdue");

    // The README: overdue when the due time has passed and the complaint is not closed,
    // rejected, outOfJurisdiction or duplicate.
    const QStringList told {u"closed"_s, u"rejected"_s, u"outOfJurisdiction"_s, u"duplicate"_s};
    for (const ReadmeRow &row : readmeTable()) {
        const bool notTold = !told.contains(row.state);
        QTest::addRow("%s, a day before due", qPrintable(row.state))
            << row.state << qint64(-86'400'000) << false;
        QTest::addRow("%s, at the due millisecond", qPrintable(row.state))
            << row.state << qint64(0) << false;
        QTest::addRow("%s, a millisecond after due", qPrintable(row.state))
            << row.state << qint64(1) << notTold;
        QTest::addRow("%s, a month after due", qPrintable(row.state))
            << row.state << qint64(30) * 86'400'000 << notTold;
    }
}

void TestComplaintWorkflow::overdue()
{
    QFETCH(QString, state);
    QFETCH(qint64, nowAfterDueMs);
    QFETCH(bool, overdue);
    const qint64 due = saduak::complaints::dueAtMs(utcMs(2026, 12, 1, 3, 0));
    QCOMPARE(isOverdue(*complaintStateFromString(state), due, due + nowAfterDueMs), overdue);
}

QTEST_GUILESS_MAIN(TestComplaintWorkflow)
#include "tst_complaintworkflow.moc"
