#pragma once

#include "dashboardfigures.h"

#include <domain/language.h>
#include <domain/service.h>

#include <QAbstractTableModel>

namespace saduak {

// The dashboard's services table: per service of the branch, who waits now, the longest wait now
// against the service's target with its status in words and a sign (not colour alone), and the
// day's served count and average wait. Rows are the catalog's services in its order.
class ServiceFiguresModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Waiting, LongestWait, Target, Status, Served, AverageWait, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setServices(const QList<Service> &services);
    void setFigures(const DashboardFigures &figures);
    void setLanguage(Language language); // the names and words again

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(TargetState state);

private:
    DashboardFigures::ServiceFigures figuresOf(int row) const;
    void allChanged();

    QList<Service> m_services;
    DashboardFigures m_figures;
    Language m_language = Language::Thai;
};

} // namespace saduak
