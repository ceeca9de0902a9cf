#pragma once

#include "dashboardfigures.h"

#include <QChartView>

class QBarSet;
class QBarSeries;
class QBarCategoryAxis;
class QValueAxis;

namespace saduak {

// Today's tickets issued and served per hour (Bangkok) as a bar chart, from the first hour with
// anything to the last, hours with nothing in between shown as empty.
class HourlyChart : public QChartView
{
    Q_OBJECT
public:
    explicit HourlyChart(QWidget *parent = nullptr);

    void setHours(const QList<DashboardFigures::Hour> &hours);
    void retranslateUi();

    // What the chart shows, hour by hour (for tests and a reader of the figures).
    QStringList categories() const;
    QList<int> served() const;
    QList<int> issued() const;

private:
    QBarSeries *m_series = nullptr;
    QBarSet *m_issued = nullptr;
    QBarSet *m_served = nullptr;
    QBarCategoryAxis *m_hoursAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
};

} // namespace saduak
