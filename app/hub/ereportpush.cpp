#include "ereportpush.h"

#include "ereportsource.h"

#include <queue/eventstore.h>
#include <queue/queuemanager.h>
#include <reports/ereportday.h>
#include <storage/database.h>
#include <storage/outbox.h>
#include <storage/writetransaction.h>

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHub)

namespace saduak {

EReportPush::EReportPush(Database &db, QueueManager &queue, QObject *parent)
    : QObject(parent), m_db(db), m_queue(queue)
{
    // Queued: the rollover's own transaction is over, and whatever emitted it is off the stack.
    connect(&m_queue, &QueueManager::eventRecorded, this, &EReportPush::eventRecorded,
        Qt::QueuedConnection);
}

void EReportPush::eventRecorded(const QueueEvent &event)
{
    if (event.type != QueueEvent::DayRolledOver)
        return;
    QString why;
    if (!pushMissedDays(&why))
        qCWarning(lcHub).noquote() << "e-report of the day before not written for central:" << why
                                   << "(tried again at the next start)";
}

std::optional<QStringList> EReportPush::pushMissedDays(QString *why)
{
    const QDate today = QDate::fromString(m_queue.currentBusinessDay(), Qt::ISODate);
    bool ok = false;
    EventStore events(m_db);
    const QStringList days = events.businessDaysWithEvents(
        today.addDays(-kLookBackDays).toString(Qt::ISODate),
        today.addDays(-1).toString(Qt::ISODate), &ok);
    if (!ok) {
        if (why)
            *why = events.lastError();
        return std::nullopt;
    }
    QStringList written;
    for (const QString &day : days) {
        const std::optional<bool> done = pushDay(day, why);
        if (!done)
            return std::nullopt;
        if (*done) {
            written.append(day);
            qCInfo(lcHub).noquote() << "e-report of" << day << "written for central";
            Q_EMIT pushed(day);
        }
    }
    return written;
}

std::optional<bool> EReportPush::pushDay(const QString &businessDay, QString *why)
{
    auto fail = [why](const QString &reason) -> std::optional<bool> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const auto pushedAlready = [this](const QString &day, bool *ok) {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT 1 FROM ereport_day_pushed WHERE business_day = ?"_s);
        q.addBindValue(day);
        *ok = q.exec();
        return *ok && q.next();
    };
    bool ok = false;
    if (pushedAlready(businessDay, &ok) || !ok)
        return ok ? std::optional<bool>(false) : fail(u"ereport_day_pushed not read"_s);
    // Computed before the write transaction: the day is over, its events do not change, and the
    // queue's commands need not wait for a report to be worked out.
    const QDate day = QDate::fromString(businessDay, Qt::ISODate);
    EReportSource source(m_db);
    QString reason;
    const std::optional<EReport> report = source.compute(day, day, &reason);
    if (!report)
        return fail(reason);
    const qint64 madeAtMs = m_queue.now();
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(u"BEGIN IMMEDIATE failed for the e-report of "_s + businessDay + u": "_s
            + tx.errorText());
    // Again inside the transaction: another hub process cannot run on this file (the hub's lock),
    // but a rollover and a start may both have asked.
    if (pushedAlready(businessDay, &ok) || !ok)
        return ok ? std::optional<bool>(false) : fail(u"ereport_day_pushed not read"_s);
    const QString uuid = Outbox::append(m_db,
        {{}, EReportDay::kind(), EReportDay::payload(*report, source.services(), madeAtMs),
            madeAtMs},
        &reason);
    if (uuid.isEmpty())
        return fail(reason);
    QSqlQuery mark(m_db.connection());
    mark.prepare(u"INSERT INTO ereport_day_pushed (business_day, outbox_uuid, made_at_ms) "
                 "VALUES (?, ?, ?)"_s);
    mark.addBindValue(businessDay);
    mark.addBindValue(uuid);
    mark.addBindValue(madeAtMs);
    if (!mark.exec())
        return fail(u"ereport_day_pushed not written: "_s + mark.lastError().text());
    if (!tx.commit())
        return fail(u"COMMIT failed for the e-report of "_s + businessDay + u": "_s + tx.errorText());
    return true;
}

} // namespace saduak
