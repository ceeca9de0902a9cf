#pragma once

#include <domain/language.h>
#include <domain/service.h>
#include <domain/ticket.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace saduak {

// Move a waiting ticket… on the Services tab: one of the tickets waiting now (number, service, how
// long it has waited) and the service it is to wait for instead. It keeps its number and its
// arrival, so it takes its place there by how long it has waited (the hub's moveTicket). Only
// picks; the panel sends.
class MoveTicketDialog : public QDialog
{
    Q_OBJECT
public:
    // waiting: every waiting ticket, in the snapshot's order; nowMs: the instant "waited" is at.
    MoveTicketDialog(const QList<Ticket> &waiting, const QList<Service> &services, qint64 nowMs,
        Language language, QWidget *parent = nullptr);

    QString ticketId() const; // empty: none waiting
    QString toService() const;

    bool selectTicket(const QString &number); // by the number the citizen holds ("A003")
    bool selectService(const QString &code);

private:
    void update();

    QList<Ticket> m_waiting;
    QComboBox *m_ticket = nullptr;
    QComboBox *m_service = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace saduak
