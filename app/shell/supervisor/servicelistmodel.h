#pragma once

#include <domain/language.h>
#include <domain/service.h>

#include <QAbstractTableModel>

namespace saduak {

// The Services tab's table: each service of the branch by name (the language shown), its target
// wait, its week in short words ("Mon–Fri 08:30–16:30, Sat 09:00–12:00; closed Sun") and whether
// it takes kiosk tickets now (or why not: the holiday, the weekday, the hour). From the hub's
// `catalog`; the words are worked out here, the hours and holidays are the hub's.
class ServiceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TargetColumn, WeekColumn, TodayColumn, ColumnCount };
    static constexpr int ServiceCodeRole = Qt::UserRole + 1;

    explicit ServiceListModel(QObject *parent = nullptr);

    void setLanguage(Language language); // also rewords the rows in the language installed now
    void setCatalog(const QList<Service> &services, const QList<Holiday> &holidays);
    // The instant "today" is of (UTC ms); the panel moves it on each minute.
    void setNow(qint64 utcMs);

    const QList<Service> &services() const { return m_services; }
    const QList<Holiday> &holidays() const { return m_holidays; }
    int rowOf(const QString &serviceCode) const; // -1: not listed

    // A week as a person reads it, in the language installed now (day names from QLocale).
    static QString weekText(const WeekHours &week, Language language);
    // Whether the service takes kiosk tickets at utcMs, and why not.
    static QString todayText(const Service &service, const QList<Holiday> &holidays,
        qint64 utcMs, Language language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Language m_language = Language::Thai;
    QList<Service> m_services;
    QList<Holiday> m_holidays;
    qint64 m_nowMs = 0;
};

} // namespace saduak
