#pragma once

#include "dashboardfigures.h"

#include <domain/language.h>
#include <domain/service.h>
#include <queuelink/queuelink.h>

#include <QElapsedTimer>
#include <QWidget>
#include <optional>

class QLabel;
class QMenu;
class QTableView;
class QTimer;
class QToolButton;

namespace saduak {

class CounterFiguresModel;
class HourlyChart;
class RecentDaysModel;
class ServiceFiguresModel;

// The supervisor window's first tab, the live queue: the services (waiting now, the longest wait
// against the target with its status, served today, average wait), an alert while any service's
// longest wait is past its target, the counters (state, officer, ticket, served today) with
// Open…/Pause/Close for the selected one, today per hour as a chart, and today's averages beside
// the last business days. Shows and forwards: the hub computes every figure (`statistics`,
// `recentDays`) and decides every command.
//
// Live: the counters follow the link's snapshot at every event; the figures are asked again at
// most once a second after events (a burst asks once), and every 30 s anyway, as waits grow
// without any event.
class QueueDashboard : public QWidget
{
    Q_OBJECT
public:
    QueueDashboard(QueueLink &queue, const QList<Service> &services, QWidget *parent = nullptr);

    ServiceFiguresModel *serviceModel() const { return m_serviceModel; }
    CounterFiguresModel *counterModel() const { return m_counterModel; }
    RecentDaysModel *recentDaysModel() const { return m_recentModel; }
    HourlyChart *hourlyChart() const { return m_chart; }
    // The alert as a person reads it; empty while every service is within its target.
    QString alertText() const;
    void selectCounter(int number);
    QString businessDay() const { return m_figures.businessDay; } // the hub's, as last told

public Q_SLOTS:
    void retranslateUi(saduak::Language language);
    void refresh(); // the figures now (throttled to once a second)

Q_SIGNALS:
    void figuresShown(); // a statistics answer is on screen (tests wait for it)

private:
    void askStatistics();
    void askRecentDays();
    void askCatalog();
    void showFigures(const DashboardFigures &figures);
    void showCounters();
    void showAlert();
    void showFiguresTime();
    void updateCounterActions();
    std::optional<QueueSnapshot::CounterStatus> selectedCounter() const;
    void openSelectedCounter();
    void run(const std::function<void(QueueLink::Done)> &send);
    void showMessage(const QString &text, bool problem);

    QueueLink &m_queue;
    QList<Service> m_services;
    Language m_language = Language::Thai;
    DashboardFigures m_figures;

    ServiceFiguresModel *m_serviceModel = nullptr;
    CounterFiguresModel *m_counterModel = nullptr;
    RecentDaysModel *m_recentModel = nullptr;
    QLabel *m_alert = nullptr;
    QLabel *m_servicesTitle = nullptr;
    QLabel *m_countersTitle = nullptr;
    QLabel *m_daysTitle = nullptr;
    QTableView *m_serviceView = nullptr;
    QTableView *m_counterView = nullptr;
    QTableView *m_daysView = nullptr;
    HourlyChart *m_chart = nullptr;
    QToolButton *m_openButton = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QToolButton *m_closeButton = nullptr;
    QMenu *m_pauseMenu = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_updated = nullptr;

    QTimer *m_soon = nullptr; // the next statistics request after events, throttled
    QTimer *m_everyHalfMinute = nullptr;
    QElapsedTimer m_lastAsked;
    bool m_statisticsInFlight = false;
    bool m_askAgain = false;
    bool m_recentDaysShown = false;
    QString m_recentDaysFor; // the business day whose last days are shown
    bool m_commandInFlight = false;
    std::optional<QueueReply> m_refusal; // shown again in the new language after a switch
};

} // namespace saduak
