#pragma once

#include "kioskresultpage.h"
#include "modewindow.h"

#include <printing/ticketprintout.h>

#include <queuelink/queuelink.h>

#include <QHash>
#include <functional>
#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace saduak {

class KioskModulePages;
class KioskTicketPrinter;
class TicketPrinter;
struct QueueReply;

// The self-service kiosk: a touch screen, full screen, one big button per service (Thai, English
// beneath, and the estimated wait), and a language button. Touching a service issues a normal
// ticket through the queue, shows the number very big with the wait, and prints it. After
// kiosk/idleResetSeconds without a touch it goes back to the services for the next citizen.
//
// While the link to the hub is down the buttons are off and say so: a ticket taken then would
// wait for the hub with nobody knowing. A ticket asked for just before the link dropped is kept
// by the link and sent again with the same request id (so it is issued once); the kiosk says
// "waiting for the system" and shows and prints it when the answer comes.
//
// Outside a service's opening hours (Service::hours, as the hub keeps them) its button is grey
// and says when it opens; when every service is closed a notice says when the center opens. The
// hub refuses such a ticket anyway (serviceClosed): the kiosk only spares the citizen the touch.
// Refusals are shown in the screen's language, also after a switch while they are up.
//
// Under the services, a button for each self-service flow a module offers (KioskModulePages):
// its page replaces the services until the citizen goes back, the flow finishes, or nobody
// touches the screen for kiosk/pageIdleSeconds.
class KioskWindow : public ModeWindow
{
    Q_OBJECT
public:
    explicit KioskWindow(const ShellContext &context, QWidget *parent = nullptr);
    ~KioskWindow() override;

    QList<QPushButton *> serviceButtons() const { return m_serviceButtons; }
    // Tickets go to this printer instead of the one in kiosk/printer (not owned; null: none).
    void setPrinter(TicketPrinter *printer);
    KioskResultPage *resultPage() const { return m_result; }
    KioskModulePages *modulePages() const { return m_modulePages; }
    bool isShowingStart() const;
    // The time the opening hours are checked against (UTC ms); tests fix it. Default: the clock.
    void setClock(std::function<qint64()> clock);
    bool isServiceOpen(const QString &serviceCode) const;

public Q_SLOTS:
    void showStart(); // the services, for the next citizen

Q_SIGNALS:
    void serviceChosen(const QString &serviceCode);
    void ticketIssued(const QString &ticketNumber);

protected:
    void retranslateUi() override;
    void showCatalog() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildServiceButtons(); // one per service of the catalog, in its order
    bool buttonsMatchServices() const;
    void issue(const QString &serviceCode);
    // waitingBefore: the waiting count of the snapshot of snapshotDay (the hub's business day).
    void onIssued(const QString &serviceCode, int waitingBefore, const QString &snapshotDay,
        std::optional<qint64> estimate,
        const QueueReply &reply);
    void printCurrent();
    void refreshEstimates();
    void showLinkState();
    void showServiceTexts();
    void showOpeningHours(); // the buttons' hours and the closed notice, for the time now
    QString closedCenterNotice() const; // empty while any service is open
    void updateWaitingAhead();
    PriorityClass priorityFromCard() const; // elderly from the ID card read here, else normal
    void showCardNotice();
    bool hasCardReadingModule() const; // a module that provides "citizen" runs here
    std::optional<int> waitingAheadOf(const QString &ticketId) const;
    const Service *service(const QString &code) const;

    QLabel *m_welcome = nullptr;
    QLabel *m_instruction = nullptr;
    QLabel *m_notice = nullptr; // link down, printer broken, a refusal
    QLabel *m_cardNotice = nullptr; // the ID card: how to get priority, or that it was read
    QPushButton *m_languageButton = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_startPage = nullptr;
    QLabel *m_waitingPage = nullptr;
    KioskResultPage *m_result = nullptr;
    QGridLayout *m_serviceGrid = nullptr;
    QList<QPushButton *> m_serviceButtons;
    int m_firstOfferDigit = 1; // the key of the first module offer; the services' keys before it
    bool m_buttonsOutOfDate = false; // services came or went: a new grid at the next start
    QHash<QString, qint64> m_estimates; // service code -> estimated wait (ms), from statistics
    KioskTicketPrinter *m_printer = nullptr;
    KioskModulePages *m_modulePages = nullptr; // the modules' self-service flows
    QTimer *m_idleTimer = nullptr;
    QTimer *m_statisticsTimer = nullptr;
    QTimer *m_statisticsSoon = nullptr;
    bool m_issuing = false;
    std::optional<QueueReply> m_refusal; // the last refusal, until the next ticket
    std::function<qint64()> m_clock;
    QTimer *m_hoursTimer = nullptr;
    std::optional<TicketPrintout> m_printout; // the ticket on the result page
    QString m_ticketId;
    QString m_ticketService;
};

} // namespace saduak
