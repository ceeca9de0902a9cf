#include "catalogstore.h"

#include <storage/database.h>
#include <storage/sqlscript.h>
#include <storage/writetransaction.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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
           "opens_at, closes_at, week FROM service ORDER BY sort_order, code"_s);
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
        // No week (a catalog from before 0007, a seed that names none): the one range every day.
        if (q.value(8).isNull()) {
            if (const auto hours
                = OpeningHours::parse(q.value(6).toString(), q.value(7).toString(), &why))
                s.hours = WeekHours::everyDay(*hours);
            else // open all day rather than never: a typo must not shut a service
                qCWarning(lcCatalog) << "service" << s.code << why;
        } else if (const auto week = WeekHours::fromJson(
                       QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array(), &why)) {
            s.hours = *week;
        } else {
            qCWarning(lcCatalog) << "service" << s.code << "week:" << why;
        }
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

QList<Holiday> CatalogStore::holidays(bool *ok) const
{
    QSqlQuery q(m_db.connection());
    QList<Holiday> result;
    const bool read = q.exec(u"SELECT date, name FROM holiday ORDER BY date"_s);
    while (read && q.next())
        result.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString()});
    if (ok)
        *ok = read && !q.lastError().isValid();
    return result;
}

namespace {

bool execute(QSqlQuery &q, QString *why)
{
    if (q.exec())
        return true;
    if (why)
        *why = q.lastError().text() + u" in: "_s + q.lastQuery();
    return false;
}

} // namespace

bool CatalogStore::setTargetWaitMinutes(const QString &serviceCode, int minutes, QString *why)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE service SET target_wait_min = ? WHERE code = ?"_s);
    q.addBindValue(minutes);
    q.addBindValue(serviceCode);
    return execute(q, why);
}

bool CatalogStore::setWeek(const QString &serviceCode, const WeekHours &week, QString *why)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE service SET week = ? WHERE code = ?"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(week.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(serviceCode);
    return execute(q, why);
}

bool CatalogStore::setHolidays(const QList<Holiday> &holidays, QString *why)
{
    QSqlQuery clear(m_db.connection());
    clear.prepare(u"DELETE FROM holiday"_s);
    if (!execute(clear, why))
        return false;
    for (const Holiday &h : holidays) {
        QSqlQuery q(m_db.connection());
        q.prepare(u"INSERT INTO holiday (date, name) VALUES (?, ?)"_s);
        q.addBindValue(h.date.toString(Qt::ISODate));
        q.addBindValue(h.name);
        if (!execute(q, why))
            return false;
    }
    return true;
}

bool CatalogStore::setCounterServices(
    int counterNumber, const QStringList &serviceCodes, QString *why)
{
    QSqlQuery clear(m_db.connection());
    clear.prepare(u"DELETE FROM counter_service WHERE counter_number = ?"_s);
    clear.addBindValue(counterNumber);
    if (!execute(clear, why))
        return false;
    for (const QString &code : serviceCodes) {
        QSqlQuery q(m_db.connection());
        q.prepare(u"INSERT INTO counter_service (counter_number, service_code) VALUES (?, ?)"_s);
        q.addBindValue(counterNumber);
        q.addBindValue(code);
        if (!execute(q, why))
            return false;
    }
    return true;
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
