#pragma once

#include <queuelink/queuelink.h>

#include <QObject>
#include <QPointer>
#include <optional>

namespace saduak {

// Who works at this PC's screen (a counter's or a supervisor's): decides when the screen asks for
// a log-in and what it says there, and sends the log-in, the switch of officer and the log-out to
// the hub (QueueLink::logIn, logOut). The hub decides who may do what; this only follows it.
class StaffLogIn : public QObject
{
    Q_OBJECT
public:
    explicit StaffLogIn(QueueLink *queue, QObject *parent = nullptr);

    // Whether the screen asks for a log-in now: this PC needs one, the hub has said who is logged
    // in here and it is nobody; or the officer asked to switch.
    bool asking() const;
    // The officer asked to switch: the one logged in stays until the next log-in succeeds.
    bool switching() const { return m_switching; }
    bool busy() const { return m_busy; } // a log-in or log-out is on its way to the hub
    // The sentence the log-in form shows, in the language installed now (ask again after a
    // language switch); empty: nothing to say. problem: a refusal or an ended session.
    QString message() const;
    bool messageIsProblem() const;

public Q_SLOTS:
    void logIn(const QString &user, const QString &password);
    // done: the hub's answer (a refusal is for the screen to show; the form is not shown then).
    void logOut(QueueLink::Done done = {});
    void switchOfficer();
    void cancelSwitch();

Q_SIGNALS:
    void changed();

private:
    enum class Why { None, LoggedOut, SessionEnded, Refused };

    void askHub();
    void followStaff();

    QPointer<QueueLink> m_queue;
    bool m_asked = false; // the hub was asked who is logged in
    bool m_known = false; // and has answered
    bool m_switching = false;
    bool m_busy = false;
    bool m_loggingOut = false;
    std::optional<StaffIdentity> m_last; // who was logged in when last seen
    Why m_why = Why::None;
    std::optional<QueueReply> m_refusal; // Why::Refused: kept to be shown in either language
};

} // namespace saduak
