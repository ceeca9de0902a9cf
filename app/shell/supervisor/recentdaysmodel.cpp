#include "recentdaysmodel.h"

#include <domain/buddhistdate.h>

#include <QDate>
#include <QFont>
#include <algorithm>

namespace saduak {

void RecentDaysModel::setToday(const DashboardFigures &today)
{
    m_today = today;
    Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
}

void RecentDaysModel::setDays(const QList<RecentDay> &days)
{
    beginResetModel();
    m_days = days;
    std::reverse(m_days.begin(), m_days.end());
    endResetModel();
}

void RecentDaysModel::setLanguage(Language language)
{
    m_language = language;
    allChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void RecentDaysModel::allChanged()
{
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RecentDaysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_days.size());
}

int RecentDaysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

RecentDaysModel::Row RecentDaysModel::rowAt(int row) const
{
    if (row == 0)
        return Row {m_today.businessDay, m_today.issuedCount(), m_today.servedCount(),
            m_today.averageWaitMs(), m_today.averageServiceMs(), m_today.withinTargetShare()};
    const RecentDay &day = m_days.at(row - 1);
    const bool called = day.calledCount > 0;
    return Row {day.businessDay, day.issuedCount, day.servedCount,
        called ? std::optional(day.averageWaitMs) : std::nullopt,
        day.servedCount > 0 ? std::optional(day.averageServiceMs) : std::nullopt,
        day.withinTargetShare};
}

QVariant RecentDaysModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() > m_days.size())
        return {};
    const bool isToday = index.row() == 0;
    if (role == Qt::FontRole && isToday) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Day)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const Row day = rowAt(index.row());
    const QString none = QStringLiteral("–");
    switch (Column(index.column())) {
    case Day: {
        const QString date
            = BuddhistDate::format(QDate::fromString(day.businessDay, Qt::ISODate), m_language);
        return isToday ? tr("Today") + (date.isEmpty() ? QString() : QStringLiteral(" · ") + date)
                       : date;
    }
    case Issued:
        return day.issued;
    case Served:
        return day.served;
    case AverageWait:
        return day.averageWaitMs ? DurationText::minutes(*day.averageWaitMs) : none;
    case AverageService:
        return day.averageServiceMs ? DurationText::minutes(*day.averageServiceMs) : none;
    case WithinTarget:
        return day.withinTargetShare
            ? QStringLiteral("%1 %").arg(qRound(*day.withinTargetShare * 100))
            : none;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecentDaysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Day:
        return tr("Day");
    case Issued:
        return tr("Issued");
    case Served:
        return tr("Served");
    case AverageWait:
        return tr("Average wait");
    case AverageService:
        return tr("Average service");
    case WithinTarget:
        return tr("Called within target");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace saduak
