#include "hourlychart.h"

#include "supervisortheme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>
#include <algorithm>

namespace saduak {

HourlyChart::HourlyChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("hourlyChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // the figures change live; no replaying bars
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_series = new QBarSeries(chart);
    m_issued = new QBarSet(QString(), m_series);
    m_issued->setColor(SupervisorTheme::quiet());
    m_served = new QBarSet(QString(), m_series);
    m_served->setColor(SupervisorTheme::good());
    m_series->append(m_issued);
    m_series->append(m_served);
    chart->addSeries(m_series);
    m_hoursAxis = new QBarCategoryAxis(chart);
    chart->addAxis(m_hoursAxis, Qt::AlignBottom);
    m_series->attachAxis(m_hoursAxis);
    m_countAxis = new QValueAxis(chart);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setRange(0, 1);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    m_series->attachAxis(m_countAxis);
    setChart(chart);
    retranslateUi();
}

void HourlyChart::setHours(const QList<DashboardFigures::Hour> &hours)
{
    QStringList categories;
    QList<qreal> issued;
    QList<qreal> served;
    int most = 0;
    if (!hours.isEmpty()) {
        for (int hour = hours.constFirst().hour; hour <= hours.constLast().hour; ++hour) {
            const auto it = std::find_if(hours.cbegin(), hours.cend(),
                [hour](const DashboardFigures::Hour &h) { return h.hour == hour; });
            const DashboardFigures::Hour h = it == hours.cend() ? DashboardFigures::Hour {hour}
                                                                : *it;
            categories << QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0'));
            issued << h.issued;
            served << h.served;
            most = std::max({most, h.issued, h.served});
        }
    }
    if (categories == m_hoursAxis->categories() && m_issued->count() == issued.size()) {
        for (int i = 0; i < issued.size(); ++i) {
            m_issued->replace(i, issued.at(i));
            m_served->replace(i, served.at(i));
        }
    } else {
        m_issued->remove(0, m_issued->count());
        m_served->remove(0, m_served->count());
        m_hoursAxis->clear();
        m_hoursAxis->append(categories);
        m_issued->append(issued);
        m_served->append(served);
    }
    // Whole tickets: at most five steps of a whole number each, up to the tallest bar or above.
    const int step = std::max(1, (most + 4) / 5);
    const int steps = std::max(1, (most + step - 1) / step);
    m_countAxis->setRange(0, step * steps);
    m_countAxis->setTickCount(steps + 1);
}

void HourlyChart::retranslateUi()
{
    chart()->setTitle(tr("Today per hour"));
    m_issued->setLabel(tr("Issued"));
    m_served->setLabel(tr("Served"));
}

QStringList HourlyChart::categories() const
{
    return m_hoursAxis->categories();
}

QList<int> HourlyChart::served() const
{
    QList<int> values;
    for (int i = 0; i < m_served->count(); ++i)
        values << int(m_served->at(i));
    return values;
}

QList<int> HourlyChart::issued() const
{
    QList<int> values;
    for (int i = 0; i < m_issued->count(); ++i)
        values << int(m_issued->at(i));
    return values;
}

} // namespace saduak
