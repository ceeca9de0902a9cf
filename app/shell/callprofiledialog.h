#pragma once

#include <domain/counter.h>

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace saduak {

// How a counter picks its next ticket, as a supervisor sets it (the counter screen's
// Counter ▸ Call order…, offered to roles the hub lets send setCallProfile): priority first, or
// taking turns — one priority ticket after every N normal ones, so a day with many elderly
// visitors does not leave the others waiting for hours. Only edits the value; the counter window
// sends it and shows the hub's answer.
class CallProfileDialog : public QDialog
{
    Q_OBJECT
public:
    CallProfileDialog(const QString &counterName, const CallProfile &profile,
        QWidget *parent = nullptr);

    CallProfile profile() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();

    QString m_counterName;
    QLabel *m_explanation = nullptr;
    QRadioButton *m_priorityFirst = nullptr;
    QRadioButton *m_ratio = nullptr;
    QLabel *m_ratioBefore = nullptr;
    QSpinBox *m_normalCalls = nullptr;
    QLabel *m_ratioAfter = nullptr;
    QLabel *m_example = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace saduak
