#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;

namespace saduak {
class ModuleContext;
}

namespace saduak::complaints {

// Where a complaint stands, as the hub answers complaints.lookup: its number, state, filing and
// due dates, whether it is overdue, and its history. Takes what a person typed or what a scanner
// typed from the receipt's QR (TrackingNumber::findIn) and says why when that is no number.
class ComplaintStatusView : public QWidget
{
    Q_OBJECT
public:
    explicit ComplaintStatusView(ModuleContext &context, QWidget *parent = nullptr);

    // Finds the number in text and asks the hub; the answer or the reason is shown.
    void lookUp(const QString &text);
    void clear();
    // The subject is for staff: a kiosk's screen never shows it, even where its hub (embedded in
    // the same PC) answers with it.
    void setShowsSubject(bool shows);

    // The complaint shown now (empty: none).
    QString trackingNumber() const { return m_answer.value(u"trackingNumber").toString(); }

Q_SIGNALS:
    void shown(); // an answer or a reason is on screen

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    ModuleContext &m_context;
    QLabel *m_number = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_dates = nullptr;
    QLabel *m_overdue = nullptr;
    QLabel *m_history = nullptr;
    QLabel *m_problem = nullptr;
    QJsonObject m_answer;
    QString m_problemText;
    bool m_showsSubject = true;
    int m_asked = 0; // the newest question: older answers are dropped
};

} // namespace saduak::complaints
