#include "complaintstatusview.h"

#include "complaintreceipt.h"
#include "complaintstyle.h"
#include <complaintworkflow.h>
#include <trackingnumber.h>

#include <domain/bangkoktime.h>
#include <sdk/modulecontext.h>

#include <QEvent>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

namespace {

QString stateName(const QString &protocolName)
{
    const std::optional<ComplaintState> state = complaintStateFromString(protocolName);
    return state ? displayName(*state) : protocolName;
}

QLabel *makeLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ComplaintStatusView::ComplaintStatusView(ModuleContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"complaintStatusView"_s);
    setStyleSheet(complaintErrorStyle());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_problem = makeLabel(u"statusProblem"_s, this);
    m_problem->setProperty("complaintRole", u"error"_s);
    m_number = makeLabel(u"statusNumber"_s, this);
    m_state = makeLabel(u"statusState"_s, this);
    QFont big = m_state->font();
    big.setBold(true);
    m_state->setFont(big);
    m_subject = makeLabel(u"statusSubject"_s, this);
    m_dates = makeLabel(u"statusDates"_s, this);
    m_overdue = makeLabel(u"statusOverdue"_s, this);
    m_overdue->setProperty("complaintRole", u"error"_s);
    m_history = makeLabel(u"statusHistory"_s, this);
    for (QLabel *label : {m_problem, m_number, m_state, m_subject, m_dates, m_overdue, m_history})
        layout->addWidget(label);
    layout->addStretch(1);
    connect(&m_context, &ModuleContext::languageChanged, this, &ComplaintStatusView::render);
    render();
}

void ComplaintStatusView::clear()
{
    ++m_asked;
    m_answer = {};
    m_problemText.clear();
    render();
}

void ComplaintStatusView::setShowsSubject(bool shows)
{
    m_showsSubject = shows;
    render();
}

void ComplaintStatusView::lookUp(const QString &text)
{
    const int asked = ++m_asked;
    m_answer = {};
    m_problemText.clear();
    QString why;
    const std::optional<TrackingNumber> number = TrackingNumber::findIn(text, &why);
    if (!number) {
        m_problemText = why.isEmpty() ? tr("That is not a tracking number.") : why;
        render();
        Q_EMIT shown();
        return;
    }
    QPointer<ComplaintStatusView> self(this);
    // A screen that does not show the subject is the kiosk's: the hub then does not send it.
    m_context.call(u"lookup"_s,
        {{u"trackingNumber"_s, number->text()},
            {u"channel"_s, m_showsSubject ? u"counter"_s : u"kiosk"_s}},
        [self, asked](const ModuleReply &reply) {
            if (!self || asked != self->m_asked)
                return;
            if (reply.ok)
                self->m_answer = reply.body;
            else
                self->m_problemText = reply.shownMessage();
            self->render();
            Q_EMIT self->shown();
        });
}

void ComplaintStatusView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void ComplaintStatusView::render()
{
    const Language language = m_context.language();
    m_problem->setText(m_problemText.isEmpty() ? QString() : u"⚠ "_s + m_problemText);
    m_problem->setVisible(!m_problemText.isEmpty());
    const bool have = !m_answer.isEmpty();
    for (QLabel *label : {m_number, m_state, m_subject, m_dates, m_overdue, m_history})
        label->setVisible(have);
    if (!have)
        return;
    m_number->setText(tr("Tracking number: %1").arg(m_answer.value(u"trackingNumber").toString()));
    m_state->setText(tr("State: %1").arg(stateName(m_answer.value(u"state").toString())));
    const QString subject = m_answer.value(u"subject").toString(); // the counter's answer only
    m_subject->setText(tr("Subject: %1").arg(subject));
    m_subject->setVisible(m_showsSubject && !subject.isEmpty());
    const qint64 dueAtMs = m_answer.value(u"dueAtMs").toInteger();
    m_dates->setText(tr("Filed on %1; the answer is due by %2.")
                         .arg(complaintDay(m_answer.value(u"filedAtMs").toInteger(), language),
                             complaintDay(dueAtMs, language)));
    const bool overdue = m_answer.value(u"overdue").toBool();
    m_overdue->setText(overdue ? u"⚠ "_s
                + tr("Overdue: the answer was due by %1.").arg(complaintDay(dueAtMs, language))
                               : QString());
    m_overdue->setVisible(overdue);
    QStringList lines;
    for (const QJsonValue &value : m_answer.value(u"history").toArray()) {
        const QJsonObject step = value.toObject();
        QString line = BangkokTime::formatDateTime(step.value(u"atMs").toInteger(), language)
            + u" — "_s + stateName(step.value(u"state").toString());
        if (const QString note = step.value(u"note").toString(); !note.isEmpty())
            line += u" — "_s + note;
        lines << line;
    }
    m_history->setText(tr("History:") + u'\n' + lines.join(u'\n'));
    m_history->setVisible(!lines.isEmpty());
}

} // namespace saduak::complaints
