#include "servicelistmodel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QLocale localeOf(Language language)
{
    return QLocale(language == Language::Thai ? QLocale::Thai : QLocale::English);
}

QString dayText(int day, Language language)
{
    return localeOf(language).dayName(day, QLocale::ShortFormat);
}

// "Mon" or "Mon–Fri": a run of days, first to last.
QString daysText(int first, int last, Language language)
{
    return first == last ? dayText(first, language)
                         : dayText(first, language) + u'–' + dayText(last, language);
}

QString hoursText(const OpeningHours &hours)
{
    if (hours.isAllDay())
        return ServiceListModel::tr("all day");
    return hours.opensText() + u'–' + hours.closesText();
}

} // namespace

ServiceListModel::ServiceListModel(QObject *parent)
    : QAbstractTableModel(parent), m_nowMs(QDateTime::currentMSecsSinceEpoch())
{
}

void ServiceListModel::setLanguage(Language language)
{
    m_language = language;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_services.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_services.size() - 1, ColumnCount - 1));
}

void ServiceListModel::setCatalog(const QList<Service> &services, const QList<Holiday> &holidays)
{
    beginResetModel();
    m_services = services;
    m_holidays = holidays;
    endResetModel();
}

void ServiceListModel::setNow(qint64 utcMs)
{
    m_nowMs = utcMs;
    if (!m_services.isEmpty())
        Q_EMIT dataChanged(index(0, TodayColumn), index(m_services.size() - 1, TodayColumn));
}

int ServiceListModel::rowOf(const QString &serviceCode) const
{
    for (int i = 0; i < m_services.size(); ++i)
        if (m_services.at(i).code == serviceCode)
            return i;
    return -1;
}

QString ServiceListModel::weekText(const WeekHours &week, Language language)
{
    bool allSame = true;
    for (int day = 2; day <= 7; ++day)
        allSame = allSame && week.on(day) == week.on(1);
    if (allSame) {
        if (!week.on(1))
            return tr("Closed every day");
        return week.on(1)->isAllDay() ? tr("Every day, all day")
                                      : tr("Every day %1").arg(hoursText(*week.on(1)));
    }
    // Runs of neighbouring days with the same hours: "Mon–Fri 08:30–16:30"; the closed runs said
    // after the open ones, so the hours a citizen looks for come first.
    QStringList open;
    QStringList closed;
    for (int first = 1; first <= 7;) {
        int last = first;
        while (last < 7 && week.on(last + 1) == week.on(first))
            ++last;
        const std::optional<OpeningHours> hours = week.on(first);
        if (hours)
            open << tr("%1 %2", "days, hours").arg(daysText(first, last, language), hoursText(*hours));
        else
            closed << daysText(first, last, language);
        first = last + 1;
    }
    const QString text = open.join(u", "_s);
    return closed.isEmpty() ? text : tr("%1; closed %2").arg(text, closed.join(u", "_s));
}

QString ServiceListModel::todayText(
    const Service &service, const QList<Holiday> &holidays, qint64 utcMs, Language language)
{
    const OpeningState state = OpeningState::of(service.hours, holidays, utcMs);
    switch (state.kind) {
    case OpeningState::Kind::Open:
        if (!state.today || state.today->isAllDay())
            return tr("Open");
        return tr("Open until %1").arg(state.today->closesText());
    case OpeningState::Kind::Holiday:
        return tr("Closed: holiday (%1)").arg(state.holidayName);
    case OpeningState::Kind::ClosedThisWeekday:
        return tr("Closed on %1").arg(localeOf(language).dayName(state.weekday));
    case OpeningState::Kind::NotOpenYet:
        return tr("Opens at %1").arg(state.today ? state.today->opensText() : QString());
    case OpeningState::Kind::ClosedForToday:
        return tr("Closed for today (closed at %1)")
            .arg(state.today ? state.today->closesText() : QString());
    }
    return {};
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_services.size())
        return {};
    const Service &s = m_services.at(index.row());
    if (role == ServiceCodeRole)
        return s.code;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return QString(s.code + u"  "_s + s.name(m_language));
    case TargetColumn:
        return s.targetWaitMinutes > 0 ? tr("%1 min").arg(s.targetWaitMinutes) : tr("none");
    case WeekColumn:
        return weekText(s.hours, m_language);
    case TodayColumn:
        return todayText(s, m_holidays, m_nowMs, m_language);
    }
    return {};
}

QVariant ServiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Service");
    case TargetColumn:
        return tr("Target wait");
    case WeekColumn:
        return tr("Opening hours (kiosk tickets)");
    case TodayColumn:
        return tr("Now");
    }
    return {};
}

} // namespace saduak
