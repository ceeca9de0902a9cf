#include "staffcommands.h"

#include "staffaudit.h"

#include <storage/database.h>
#include <storage/writetransaction.h>

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHub)

namespace saduak {

namespace {

TranslatableText staffText(const char *source)
{
    return TranslatableText("saduak::StaffCommands", source);
}

HubReply storageFailed()
{
    return HubReply::error(u"storage"_s,
        staffText(QT_TRANSLATE_NOOP("saduak::StaffCommands",
            "The branch hub could not read or save who is logged in. Please try again.")));
}

QJsonObject staffJson(const StaffMember &member)
{
    return {{u"user"_s, member.userName}, {u"name"_s, member.displayName},
        {u"role"_s, toString(member.role)}};
}

} // namespace

StaffCommands::StaffCommands(Database &db, CommandTable &table, int rolloverHour,
    std::function<qint64()> clock, QObject *parent)
    : QObject(parent), m_db(db), m_staff(db), m_sessions(db), m_rolloverHour(rolloverHour),
      m_clock(std::move(clock))
{
    using Type = CommandField::Type;
    const QList<DeviceRole> staffed {DeviceRole::Counter, DeviceRole::Supervisor};
    // Nobody need be logged in to log in, out, or to ask who is (staffRole unset).
    HubCommand logIn {u"logIn"_s, staffed,
        {{u"user"_s, Type::String, true, 64}, {u"password"_s, Type::String, true, 1024}}, false,
        u"a person logs in at this PC"_s,
        [this](const Device &device, const QJsonObject &message, const QString &,
            const StaffMember *) { return this->logIn(device, message); },
        std::nullopt};
    HubCommand logOut {u"logOut"_s, staffed, {}, false, u"the person at this PC logs out"_s,
        [this](const Device &device, const QJsonObject &, const QString &, const StaffMember *) {
            return this->logOut(device);
        },
        std::nullopt};
    HubCommand session {u"staffSession"_s, staffed, {}, false, u"who is logged in at this PC"_s,
        [this](const Device &device, const QJsonObject &, const QString &, const StaffMember *) {
            return this->session(device);
        },
        std::nullopt};
    for (HubCommand *command : {&logIn, &logOut, &session}) {
        QString why;
        if (!table.add(std::move(*command), &why))
            qCWarning(lcHub) << "staff command not served:" << why;
    }
    table.setStaffGate(this);
}

qint64 StaffCommands::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

std::optional<StaffMember> StaffCommands::personAt(const Device &device, HubReply *failure)
{
    bool failed = false;
    QString why;
    const std::optional<StaffSession> session = m_sessions.at(device.id, now(), &failed, &why);
    if (failed) {
        qCWarning(lcHub) << why;
        *failure = storageFailed();
        return std::nullopt;
    }
    if (!session)
        return std::nullopt;
    return session->member;
}

void StaffCommands::refused(
    const Device &device, const StaffMember *person, const QString &command, const HubReply &refusal)
{
    if (!m_monotonic.isValid())
        m_monotonic.start();
    const qint64 elapsed = m_monotonic.elapsed();
    auto window = m_refusalWindows.find(device.id);
    if (window != m_refusalWindows.end() && elapsed - window->startMs >= 60'000) {
        closeRefusalWindow(device.id);
        window = m_refusalWindows.end();
    }
    if (window == m_refusalWindows.end())
        window = m_refusalWindows.insert(device.id, {elapsed, 0, 0, device.name});
    if (window->audited >= kRefusalAuditsPerMinute) {
        if (window->leftOut++ == 0) // said once the minute is over, with how many
            QTimer::singleShot(60'000 - (elapsed - window->startMs), this,
                [this, id = device.id] { closeRefusalWindow(id); });
        return;
    }
    ++window->audited;
    m_later.append({now(), u"commandRefused"_s, device, person ? person->userName : QString(),
        command.left(64), refusal.errorCode});
    if (m_later.size() == 1)
        QTimer::singleShot(0, this, &StaffCommands::writeLaterAudits);
}

void StaffCommands::closeRefusalWindow(const QString &deviceId)
{
    const RefusalWindow window = m_refusalWindows.take(deviceId);
    if (window.leftOut > 0)
        qCWarning(lcHub).nospace().noquote()
            << "device " << window.deviceName << " (" << deviceId << ") sent " << window.leftOut
            << " more refused commands within a minute than are audited (at most "
            << kRefusalAuditsPerMinute << " a minute): a broken or hand-made client?";
}

void StaffCommands::writeLaterAudits()
{
    const QList<Audit> audits = std::exchange(m_later, {});
    if (audits.isEmpty())
        return;
    WriteTransaction tx(m_db.connection());
    QString why;
    bool written = tx.isActive();
    for (const Audit &audit : audits)
        written = written && appendAudit(audit, &why);
    if (!written || !tx.commit()) {
        qCWarning(lcHub) << "refused commands not audited:" << why << tx.errorText();
        return;
    }
    Q_EMIT audited();
}

bool StaffCommands::appendAudit(const Audit &audit, QString *why)
{
    return StaffAudit {audit.atMs, audit.action, audit.device.id, toString(audit.device.role),
        audit.device.counterNumber, audit.user, {}, {}, audit.command, audit.code}
        .append(m_db, why);
}

HubReply StaffCommands::logIn(const Device &device, const QJsonObject &message)
{
    // User names are small letters (AccountName): "Somchai " typed at a counter is somchai.
    const QString user = message.value(u"user"_s).toString().trimmed().toLower();
    const qint64 at = now();
    const StaffStore::LogIn result
        = m_staff.logIn(user, message.value(u"password"_s).toString().toUtf8(), at);
    if (result.outcome == StaffStore::LogIn::Outcome::StorageFailed) {
        qCWarning(lcHub) << "log-in not checked:" << result.why;
        return storageFailed();
    }
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive()) {
        qCWarning(lcHub) << "log-in not recorded:" << tx.errorText();
        return storageFailed();
    }
    QString why;
    if (result.outcome != StaffStore::LogIn::Outcome::LoggedIn) {
        const bool locked = result.outcome == StaffStore::LogIn::Outcome::LockedOut;
        // The name typed is kept only when it is some account's (a password typed into the name
        // field must not reach the audit): a refusal for an unknown name says no name.
        const bool known = locked || m_staff.exists(user);
        if (!appendAudit({at, locked ? u"lockedOut"_s : u"logInRefused"_s, device,
                             known ? user : QString(), {}, {}},
                &why)
            || !tx.commit()) {
            qCWarning(lcHub) << "refused log-in not audited:" << why << tx.errorText();
        } else {
            Q_EMIT audited();
        }
        if (locked)
            return HubReply::error(u"lockedOut"_s,
                staffText(QT_TRANSLATE_NOOP("saduak::StaffCommands",
                              "Too many wrong passwords: this account is locked. Try again in %1 "
                              "seconds, or ask an admin to set a new password."))
                    .arg(std::max<qint64>(1, (result.lockedUntilMs - at + 999) / 1000)));
        return HubReply::error(u"logInRefused"_s,
            staffText(QT_TRANSLATE_NOOP(
                "saduak::StaffCommands", "The user name or the password is wrong.")));
    }
    bool failed = false;
    const std::optional<StaffSession> before = m_sessions.at(device.id, at, &failed, &why);
    const qint64 endsAt = StaffSessions::closeOfDay(at, m_rolloverHour);
    // The same person logging in again (a new day's session, a screen that lost track) switches
    // nobody out.
    const bool switches = before && before->member.id != result.member.id;
    const bool recorded = !failed
        && (!switches
            || appendAudit({at, u"switched"_s, device, before->member.userName, {}, {}}, &why))
        && m_sessions.begin(device.id, result.member, at, endsAt, &why)
        && appendAudit({at, u"logIn"_s, device, result.member.userName, {}, {}}, &why);
    if (!recorded || !tx.commit()) {
        qCWarning(lcHub) << "log-in not recorded:" << why << tx.errorText();
        return storageFailed();
    }
    Q_EMIT audited();
    return {QJsonObject {{u"staff"_s, staffJson(result.member)}, {u"endsAt"_s, endsAt}}, {}, {},
        {}};
}

HubReply StaffCommands::logOut(const Device &device)
{
    const qint64 at = now();
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive()) {
        qCWarning(lcHub) << "log-out not recorded:" << tx.errorText();
        return storageFailed();
    }
    QString why;
    bool failed = false;
    const std::optional<StaffSession> before = m_sessions.at(device.id, at, &failed, &why);
    // Logging out when nobody is logged in is no error: a screen that lost track asks again.
    const bool recorded = !failed && m_sessions.end(device.id, &why)
        && (!before
            || appendAudit({at, u"logOut"_s, device, before->member.userName, {}, {}}, &why));
    if (!recorded || !tx.commit()) {
        qCWarning(lcHub) << "log-out not recorded:" << why << tx.errorText();
        return storageFailed();
    }
    if (before)
        Q_EMIT audited();
    return {};
}

HubReply StaffCommands::session(const Device &device)
{
    bool failed = false;
    QString why;
    const std::optional<StaffSession> session = m_sessions.at(device.id, now(), &failed, &why);
    if (failed) {
        qCWarning(lcHub) << why;
        return storageFailed();
    }
    if (!session)
        return {QJsonObject {{u"staff"_s, QJsonValue::Null}}, {}, {}, {}};
    return {QJsonObject {{u"staff"_s, staffJson(session->member)}, {u"endsAt"_s, session->endsAtMs}},
        {}, {}, {}};
}

} // namespace saduak
