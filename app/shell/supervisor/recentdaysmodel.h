#pragma once

#include "dashboardfigures.h"

#include <domain/language.h>

#include <QAbstractTableModel>

namespace saduak {

// Today beside the last business days: the first row is today (from the live statistics), then
// each past day from the hub's `recentDays`, newest first; their averages of wait and service
// time side by side, with what was issued, served and called within target.
class RecentDaysModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Day, Issued, Served, AverageWait, AverageService, WithinTarget, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setToday(const DashboardFigures &today);
    void setDays(const QList<RecentDay> &days); // oldest first, as the hub sends them
    void setLanguage(Language language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString businessDay;
        int issued = 0;
        int served = 0;
        std::optional<qint64> averageWaitMs; // none: nothing called
        std::optional<qint64> averageServiceMs; // none: nothing served
        std::optional<double> withinTargetShare;
    };
    Row rowAt(int row) const; // 0: today
    void allChanged();

    DashboardFigures m_today;
    QList<RecentDay> m_days; // newest first
    Language m_language = Language::Thai;
};

} // namespace saduak
