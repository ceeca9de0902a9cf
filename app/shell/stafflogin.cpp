#include "stafflogin.h"

using namespace Qt::StringLiterals;

namespace saduak {

StaffLogIn::StaffLogIn(QueueLink *queue, QObject *parent) : QObject(parent), m_queue(queue)
{
    if (!queue)
        return;
    m_last = queue->staff();
    connect(queue, &QueueLink::staffChanged, this, &StaffLogIn::followStaff);
    // A client PC learns its role from the hub's welcome: only then is it known whether anyone
    // must log in here.
    connect(queue, &QueueLink::stateChanged, this, [this] {
        if (!m_asked && m_queue->needsLogIn())
            askHub();
        Q_EMIT changed();
    });
    if (queue->needsLogIn())
        askHub();
}

void StaffLogIn::askHub()
{
    m_asked = true;
    // The link asks for itself (refreshStaff); the answer to this second question, sent after it
    // on the same link, says that the link's own has arrived. Until then the screen does not ask
    // for a log-in that the hub may already hold (a person logged in before the program started).
    m_queue->refreshStaff();
    QPointer<StaffLogIn> self(this);
    m_queue->command(u"staffSession"_s, {}, [self](const QJsonObject &) {
        if (!self)
            return;
        self->m_known = true;
        Q_EMIT self->changed();
    });
}

void StaffLogIn::followStaff()
{
    const std::optional<StaffIdentity> &now = m_queue->staff();
    if (now) {
        m_known = true;
        m_switching = false;
        m_why = Why::None;
        m_refusal.reset();
    } else if (m_last) {
        // Not by this screen's log-out: the hub ended the session (close of day, the account
        // disabled) and said so when a command came back notLoggedIn.
        m_why = m_loggingOut ? Why::LoggedOut : Why::SessionEnded;
        m_switching = false;
        m_refusal.reset();
    }
    m_last = now;
    Q_EMIT changed();
}

bool StaffLogIn::asking() const
{
    if (!m_queue || !m_queue->needsLogIn())
        return false;
    return m_switching || (m_known && !m_queue->staff());
}

QString StaffLogIn::message() const
{
    switch (m_why) {
    case Why::Refused:
        return m_refusal->shownMessage().isEmpty() ? m_refusal->code : m_refusal->shownMessage();
    case Why::SessionEnded:
        return tr("You were logged out by the branch hub: the business day has closed or the "
                  "account was disabled. Please log in again.");
    case Why::LoggedOut:
        return tr("Logged out.");
    case Why::None:
        break;
    }
    if (m_switching && m_queue && m_queue->staff())
        return tr("%1 stays logged in until the next officer logs in.")
            .arg(m_queue->staff()->name);
    return {};
}

bool StaffLogIn::messageIsProblem() const
{
    return m_why == Why::Refused || m_why == Why::SessionEnded;
}

void StaffLogIn::logIn(const QString &user, const QString &password)
{
    if (!m_queue || m_busy)
        return;
    m_busy = true;
    // The last refusal goes while this try is on its way: the same words again would not show
    // that the hub answered anew.
    if (m_why == Why::Refused) {
        m_why = Why::None;
        m_refusal.reset();
    }
    Q_EMIT changed();
    QPointer<StaffLogIn> self(this);
    // A log-in replaces whoever is logged in at this PC (the hub's quick switch).
    m_queue->logIn(user, password, [self](const QueueReply &reply) {
        if (!self)
            return;
        self->m_busy = false;
        if (reply.ok) {
            self->m_switching = false;
            self->m_why = Why::None;
            self->m_refusal.reset();
        } else {
            self->m_why = Why::Refused;
            self->m_refusal = reply;
        }
        Q_EMIT self->changed();
    });
}

void StaffLogIn::logOut(QueueLink::Done done)
{
    if (!m_queue || m_busy)
        return;
    m_busy = true;
    m_loggingOut = true;
    Q_EMIT changed();
    QPointer<StaffLogIn> self(this);
    m_queue->logOut([self, done = std::move(done)](const QueueReply &reply) {
        if (self) {
            self->m_busy = false;
            self->m_loggingOut = false;
            if (reply.ok) {
                self->m_switching = false;
                self->m_why = Why::LoggedOut;
                self->m_refusal.reset();
            }
            Q_EMIT self->changed();
        }
        if (done)
            done(reply);
    });
}

void StaffLogIn::switchOfficer()
{
    if (!m_queue || !m_queue->staff() || m_busy)
        return;
    m_switching = true;
    m_why = Why::None;
    m_refusal.reset();
    Q_EMIT changed();
}

void StaffLogIn::cancelSwitch()
{
    if (!m_switching)
        return;
    m_switching = false;
    m_why = Why::None;
    m_refusal.reset();
    Q_EMIT changed();
}

} // namespace saduak
