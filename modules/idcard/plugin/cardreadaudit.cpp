#include "cardreadaudit.h"

#include "auditkey.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saduak::idcard {

namespace {

QString screenName(Workplace::Screen screen)
{
    switch (screen) {
    case Workplace::Screen::Counter:
        return u"counter"_s;
    case Workplace::Screen::Kiosk:
        return u"kiosk"_s;
    case Workplace::Screen::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString purposeOf(const CardReadAudit::Read &read)
{
    if (read.ticket && !read.ticket->serviceCode.isEmpty())
        return read.ticket->serviceCode;
    if (read.workplace.screen == Workplace::Screen::Kiosk)
        return u"kioskTicket"_s; // read to decide the priority of the ticket being taken
    return u"identification"_s;
}

// BEGIN IMMEDIATE, as the core's WriteTransaction does (app/storage/writetransaction.h, not in
// the SDK): QSqlDatabase::transaction() sends a deferred BEGIN, which takes the write lock only
// at the first write and may then fail with SQLITE_BUSY_SNAPSHOT under WAL.
class ImmediateTransaction
{
public:
    explicit ImmediateTransaction(QSqlDatabase db) : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        m_active = q.exec(u"BEGIN IMMEDIATE"_s);
        if (!m_active)
            m_error = q.lastError().text();
    }
    ~ImmediateTransaction()
    {
        if (m_active)
            QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    }
    bool isActive() const { return m_active; }
    bool commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"COMMIT"_s)) {
            m_error = q.lastError().text();
            return false;
        }
        m_active = false;
        return true;
    }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace

QJsonObject CardReadAudit::payload(const Read &read, const AuditKey &key)
{
    QJsonObject o {
        {u"atMs"_s, double(read.atMs)},
        {u"screen"_s, screenName(read.workplace.screen)},
        {u"counter"_s, read.workplace.counterNumber},
        {u"staff"_s, read.workplace.staff},
        {u"device"_s, read.workplace.device},
        {u"purpose"_s, purposeOf(read)},
        {u"citizenIdHash"_s, read.citizenId ? key.hashOf(*read.citizenId) : QString()},
        {u"hashKeyId"_s, key.keyId()},
        {u"hashScheme"_s, u"blake2b-256-keyed"_s},
        {u"checkDigitValid"_s, read.checkDigitValid},
        {u"cardExpired"_s, read.cardExpired},
    };
    if (read.ticket)
        o.insert(u"ticketId"_s, read.ticket->id);
    return o;
}

bool CardReadAudit::write(
    ModuleContext &context, const Read &read, const AuditKey &key, QString *why)
{
    ModuleStorage *storage = context.storage();
    ModuleOutbox *outbox = context.outbox();
    if (!storage || !outbox) {
        if (why)
            *why = u"the host gave no storage or outbox"_s;
        return false;
    }
    ImmediateTransaction tx(storage->database());
    if (!tx.isActive()) {
        if (why)
            *why = u"no write transaction: "_s + tx.error();
        return false;
    }
    QString reason;
    if (outbox->append(u"read"_s, payload(read, key), &reason).isEmpty()) {
        if (why)
            *why = u"outbox refused the row: "_s + reason;
        return false;
    }
    if (!tx.commit()) {
        if (why)
            *why = u"commit failed: "_s + tx.error();
        return false;
    }
    return true;
}

} // namespace saduak::idcard
