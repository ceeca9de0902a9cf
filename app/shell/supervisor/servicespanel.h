#pragma once

#include <domain/language.h>
#include <domain/service.h>
#include <queuelink/queuelink.h>

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace saduak {

class ServiceListModel;

// The supervisor's Services tab (issue 16, item 4): the branch's services with their target wait,
// their week and whether they take kiosk tickets now; the branch's holidays; and the changes,
// through the hub's management commands (docs/hub-protocol.md "Managing the branch"):
// Edit… (setServiceTarget, setServiceHours) and the holidays' Add… / Remove (setHolidays, the
// whole list) for an administrator only; Counter services… (setCounterServices, setCallProfile)
// and Move a waiting ticket… (moveTicket) for a supervisor too. What the logged-in person may not
// do is disabled here, with a line saying so; the hub checks again and its refusal is shown in
// words. The catalog is read again on every catalog.changed event, so another supervisor's
// change shows at once.
//
// The dialogs are opened, not exec()'d, as children named serviceHoursDialog, holidayDialog,
// counterServicesDialog and moveTicketDialog, so tests answer them without a nested loop.
class ServicesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ServicesPanel(QueueLink &queue, QWidget *parent = nullptr);
    ~ServicesPanel() override;

    ServiceListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTableWidget *holidaysView() const { return m_holidaysView; }
    bool selectService(const QString &code);
    std::optional<Service> selectedService() const;
    bool selectHoliday(const QDate &date);
    QString message() const; // what the message line says now; empty: nothing

public Q_SLOTS:
    void refresh(); // asks the hub for the catalog
    void retranslateUi(saduak::Language language);
    void editSelected();
    void addHoliday();
    void removeSelectedHoliday();
    void editCounterServices();
    void moveWaitingTicket();

Q_SIGNALS:
    void refreshed(); // the catalog arrived (or was refused: message() says why)
    void changeAnswered(bool ok); // a change was done, or refused (message() says why)

protected:
    void showEvent(QShowEvent *event) override;

private:
    // What the message line says after a change, worded when shown (again after a switch).
    using Words = std::function<QString()>;
    // Sends one command; on success runs then (the next command of one change) if given, else
    // says done; a refusal stops there and is shown.
    void send(const QString &type, const QJsonObject &params, Words done,
        std::function<void()> then = {});
    void sendHolidays(const QList<Holiday> &holidays, Words done);
    void showHolidays();
    void updateActions();
    void showMessage();
    std::optional<QDate> selectedHoliday() const;

    QueueLink &m_queue;
    Language m_language = Language::Thai;
    ServiceListModel *m_model = nullptr;
    QList<Counter> m_counters; // the catalog's: what each may serve
    QLabel *m_title = nullptr;
    QLabel *m_adminOnly = nullptr;
    QLabel *m_openAllDayLine = nullptr;
    bool m_openAllDay = false; // the hub's catalog shows all-day hours, not the kept ones
    QPushButton *m_refresh = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_counterServices = nullptr;
    QPushButton *m_move = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_holidaysTitle = nullptr;
    QTableWidget *m_holidaysView = nullptr;
    QPushButton *m_addHoliday = nullptr;
    QPushButton *m_removeHoliday = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_minute = nullptr;
    bool m_reading = false; // a catalog request is on its way
    bool m_readAgain = false; // a change came while it was
    std::optional<QueueReply> m_refusal; // kept for a language switch
    Words m_done;
};

} // namespace saduak
