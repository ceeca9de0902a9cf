#include "catalogstore.h"

#include <storage/database.h>
#include <storage/sqlscript.h>
#include <storage/writetransaction.h>

#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCatalog, "saduak.queue.catalog")

namespace saduak {

namespace {

Counter::State counterStateFrom(const QString &text)
{
    if (text == u"open"_s)
        return Counter::State::Open;
    if (text == u"paused"_s)
        return Counter::State::Paused;
    return Counter::State::Closed;
}

} // namespace

CatalogStore::CatalogStore(Database &db) : m_db(db) { }

QList<Service> CatalogStore::services() const
{
    QSqlQuery q(m_db.connection());
    q.exec(u"SELECT code, ticket_prefix, name_th, name_en, target_wait_min, module_id, "
           "opens_at, closes_at FROM service ORDER BY sort_order, code"_s);
    QList<Service> result;
    while (q.next()) {
        Service s;
        s.code = q.value(0).toString();
        s.ticketPrefix = q.value(1).toString().at(0);
        s.thaiName = q.value(2).toString();
        s.englishName = q.value(3).toString();
        s.targetWaitMinutes = q.value(4).toInt();
        s.moduleId = q.value(5).toString();
        QString why;
        if (const auto hours = OpeningHours::parse(q.value(6).toString(), q.value(7).toString(), &why))
            s.hours = *hours;
        else // open all day rather than never: a typo must not shut a service
            qCWarning(lcCatalog) << "service" << s.code << why;
        result.append(s);
    }
    return result;
}

QList<Counter> CatalogStore::counters() const
{
    QSqlQuery q(m_db.connection());
    q.exec(u"SELECT c.number, c.name_th, c.name_en, c.state, "
           "(SELECT group_concat(service_code, ',') FROM "
           "  (SELECT service_code FROM counter_service WHERE counter_number = c.number "
           "   ORDER BY service_code)) "
           "FROM counter c ORDER BY c.number"_s);
    QList<Counter> result;
    while (q.next()) {
        Counter c;
        c.number = q.value(0).toInt();
        c.thaiName = q.value(1).toString();
        c.englishName = q.value(2).toString();
        c.state = counterStateFrom(q.value(3).toString());
        c.serviceCodes = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
        result.append(c);
    }
    return result;
}

bool CatalogStore::isEmpty() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(u"SELECT EXISTS (SELECT 1 FROM service)"_s) && q.next() && !q.value(0).toBool();
}

bool CatalogStore::seedDemoIfEmpty(QString *why)
{
    QFile file(u":/saduak/seed/demo_catalog.sql"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        if (why)
            *why = u"demo seed missing from resources"_s;
        return false;
    }
    const QString sql = QString::fromUtf8(file.readAll());

    WriteTransaction tx(m_db.connection());
    if (!tx.isActive()) {
        if (why)
            *why = tx.errorText();
        return false;
    }
    // Checked inside the write transaction: two programs starting at once seed only once.
    if (!isEmpty())
        return true;
    QString statement, message;
    if (!SqlScript::run(m_db.handle(), sql, &statement, &message)) {
        if (why)
            *why = u"demo seed failed: "_s + message + u" in: "_s + statement;
        return false;
    }
    if (!tx.commit()) {
        if (why)
            *why = tx.errorText();
        return false;
    }
    return true;
}

} // namespace saduak
