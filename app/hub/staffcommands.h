#pragma once

#include "commandtable.h"
#include "staffaudit.h"
#include "staffsessions.h"
#include "staffstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

namespace saduak {

class Database;

// Logging in at the hub (docs/hub-protocol.md "Logging in"): the commands logIn, logOut and
// staffSession in the hub's CommandTable, and the table's StaffGate — who is logged in at a
// device, from the staff sessions. Every log-in, refused log-in, log-out and refused command is an
// audit row (outbox kind staff.audit) that goes to central; a log-in's row is written in the same
// transaction as its session.
class StaffCommands : public QObject, public StaffGate
{
    Q_OBJECT
public:
    static QString auditKind() { return StaffAudit::kind(); }
    // Refused commands audited per device and minute: a device that keeps sending what it may not
    // (a broken or hand-made client) cannot fill the outbox; the rest are counted in the log.
    static constexpr int kRefusalAuditsPerMinute = 20;

    // rolloverHour: when the business day ends, and every session with it (queue/rolloverHour).
    StaffCommands(Database &db, CommandTable &table, int rolloverHour,
        std::function<qint64()> clock, QObject *parent = nullptr);

    std::optional<StaffMember> personAt(const Device &device, HubReply *failure) override;
    void refused(const Device &device, const StaffMember *person, const QString &command,
        const HubReply &refusal) override;

Q_SIGNALS:
    // Audit rows were committed to the outbox: the sync client may push.
    void audited();

private:
    struct Audit
    {
        qint64 atMs = 0;
        QString action; // logIn, logInRefused, lockedOut, logOut, switched, commandRefused
        Device device;
        QString user; // the account concerned; empty when unknown
        QString command; // commandRefused: which; code: the refusal's
        QString code;
    };
    HubReply logIn(const Device &device, const QJsonObject &message);
    HubReply logOut(const Device &device);
    HubReply session(const Device &device);
    // Inside an open write transaction.
    bool appendAudit(const Audit &audit, QString *why);
    void writeLaterAudits();
    qint64 now() const;

    Database &m_db;
    StaffStore m_staff;
    StaffSessions m_sessions;
    int m_rolloverHour = 4;
    std::function<qint64()> m_clock;
    // Refusals are written after the command's turn: a queue command may be refused inside the
    // group commit's open transaction, which must not carry rows of its own refusals.
    QList<Audit> m_later;
    struct RefusalWindow
    {
        qint64 startMs = 0; // on m_monotonic
        int audited = 0;
        int leftOut = 0;
        QString deviceName;
    };
    void closeRefusalWindow(const QString &deviceId);
    QHash<QString, RefusalWindow> m_refusalWindows; // by device id
    QElapsedTimer m_monotonic; // the windows are the PC's minutes, whatever the hub's clock says
};

} // namespace saduak
