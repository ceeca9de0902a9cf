#pragma once

#include <domain/language.h>

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace saduak {

// What the citizen sees after touching a service: the ticket's number, very big, the service,
// how many wait ahead, the estimated wait, where to look, and whether the ticket printed. Shows
// and forwards only (reprint, done); the kiosk window decides.
class KioskResultPage : public QWidget
{
    Q_OBJECT
public:
    enum class PrintState { NoPrinter, Printing, Printed, PaperOut, PrinterFailed };
    Q_ENUM(PrintState)

    struct Ticket
    {
        QString number; // "A001"
        QString serviceName; // in the screen's language
        QString serviceOtherName; // in the other language, smaller
        int waitingAhead = 0;
        std::optional<qint64> estimatedWaitMs; // nullopt: not known
    };

    explicit KioskResultPage(QWidget *parent = nullptr);

    void showTicket(const Ticket &ticket, PrintState print);
    void setWaitingAhead(int count);
    void setServiceNames(const QString &name, const QString &otherName); // language switched
    void setPrintState(PrintState state, const QString &detail = {});
    void setReprintAvailable(bool available);
    void retranslateUi();

    QString number() const { return m_ticket.number; }
    PrintState printState() const { return m_print; }

    // "About 12 min" / "No queue right now": one wording for the buttons and this page.
    static QString waitText(std::optional<qint64> estimatedWaitMs);

Q_SIGNALS:
    void reprintRequested();
    void doneRequested();

private:
    void showTexts();

    Ticket m_ticket;
    PrintState m_print = PrintState::NoPrinter;
    QString m_printDetail;
    QLabel *m_title = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_service = nullptr;
    QLabel *m_ahead = nullptr;
    QLabel *m_wait = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_printStatus = nullptr;
    QLabel *m_printDetailLabel = nullptr;
    QPushButton *m_reprint = nullptr;
    QPushButton *m_done = nullptr;
};

} // namespace saduak
