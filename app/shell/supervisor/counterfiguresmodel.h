#pragma once

#include "dashboardfigures.h"

#include <domain/language.h>
#include <queuemodel/queuesnapshot.h>

#include <QAbstractTableModel>

namespace saduak {

// The dashboard's counters table: per counter, its state (open, paused with the reason, closed),
// the officer who last acted there today, the ticket at it and how many it served today. The
// counters and their tickets come from the queue's snapshot (live with every event), the officer
// and the served count from the hub's statistics.
class CounterFiguresModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, State, Officer, Ticket, Served, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setCounters(const QList<QueueSnapshot::CounterStatus> &counters);
    void setFigures(const DashboardFigures &figures);
    void setLanguage(Language language);

    // The counter of a row; nullopt outside the table.
    std::optional<QueueSnapshot::CounterStatus> counterAt(int row) const;
    int rowOf(int counterNumber) const; // -1: not in the table

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const Counter &counter);

private:
    void allChanged();

    QList<QueueSnapshot::CounterStatus> m_counters;
    DashboardFigures m_figures;
    Language m_language = Language::Thai;
};

} // namespace saduak
