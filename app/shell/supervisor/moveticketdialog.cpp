#include "moveticketdialog.h"

#include <shell/syncstatus.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak {

MoveTicketDialog::MoveTicketDialog(const QList<Ticket> &waiting, const QList<Service> &services,
    qint64 nowMs, Language language, QWidget *parent)
    : QDialog(parent), m_waiting(waiting)
{
    setObjectName(u"moveTicketDialog"_s);
    setMinimumWidth(440); // the explanation reads as a paragraph, not a narrow column
    setWindowTitle(tr("Move a waiting ticket"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(tr("The ticket keeps its number and its place by how long it "
                                      "has waited: it is not sent to the back of the other "
                                      "service's queue."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    const auto serviceName = [&](const QString &code) {
        for (const Service &s : services)
            if (s.code == code)
                return s.name(language);
        return code;
    };
    auto *form = new QFormLayout;
    m_ticket = new QComboBox(this);
    m_ticket->setObjectName(u"moveTicketCombo"_s);
    for (const Ticket &t : waiting) {
        const qint64 minutes = qMax<qint64>(0, nowMs - t.arrivedAtMs) / 60'000;
        m_ticket->addItem(tr("%1 · %2 · waited %3 min")
                              .arg(t.number, serviceName(t.serviceCode))
                              .arg(minutes),
            t.id);
    }
    form->addRow(tr("Ticket:"), m_ticket);
    m_service = new QComboBox(this);
    m_service->setObjectName(u"moveToServiceCombo"_s);
    for (const Service &s : services)
        m_service->addItem(s.code + u"  "_s + s.name(language), s.code);
    form->addRow(tr("Move to:"), m_service);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"moveTicketProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(SyncStatus::warningStyle());
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Move"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_ticket, &QComboBox::currentIndexChanged, this, &MoveTicketDialog::update);
    connect(m_service, &QComboBox::currentIndexChanged, this, &MoveTicketDialog::update);
    update();
}

QString MoveTicketDialog::ticketId() const
{
    return m_ticket->currentData().toString();
}

QString MoveTicketDialog::toService() const
{
    return m_service->currentData().toString();
}

bool MoveTicketDialog::selectTicket(const QString &number)
{
    for (int i = 0; i < m_waiting.size(); ++i)
        if (m_waiting.at(i).number == number) {
            m_ticket->setCurrentIndex(i);
            return true;
        }
    return false;
}

bool MoveTicketDialog::selectService(const QString &code)
{
    const int i = m_service->findData(code);
    if (i >= 0)
        m_service->setCurrentIndex(i);
    return i >= 0;
}

void MoveTicketDialog::update()
{
    QString why;
    const int i = m_ticket->currentIndex();
    if (i < 0)
        why = tr("No ticket is waiting.");
    else if (m_waiting.at(i).serviceCode == toService())
        why = tr("The ticket already waits for that service.");
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace saduak
