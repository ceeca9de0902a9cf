#include "callprofiledialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// More than this many normal calls per priority call is priority last in all but name.
constexpr int kMaxNormalCallsPerPriority = 20;

} // namespace

CallProfileDialog::CallProfileDialog(
    const QString &counterName, const CallProfile &profile, QWidget *parent)
    : QDialog(parent), m_counterName(counterName)
{
    setObjectName(u"callProfileDialog"_s);
    auto *layout = new QVBoxLayout(this);
    // Wrapped labels only get their full height from a layout that may grow the dialog.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(640);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);

    m_priorityFirst = new QRadioButton(this);
    m_priorityFirst->setObjectName(u"priorityFirstButton"_s);
    layout->addWidget(m_priorityFirst);

    m_ratio = new QRadioButton(this);
    m_ratio->setObjectName(u"ratioButton"_s);
    layout->addWidget(m_ratio);
    auto *ratioRow = new QHBoxLayout;
    ratioRow->setContentsMargins(24, 0, 0, 0);
    m_ratioBefore = new QLabel(this);
    ratioRow->addWidget(m_ratioBefore);
    m_normalCalls = new QSpinBox(this);
    m_normalCalls->setObjectName(u"normalCallsSpinBox"_s);
    m_normalCalls->setRange(1, kMaxNormalCallsPerPriority);
    ratioRow->addWidget(m_normalCalls);
    m_ratioAfter = new QLabel(this);
    ratioRow->addWidget(m_ratioAfter);
    ratioRow->addStretch(1);
    layout->addLayout(ratioRow);
    m_example = new QLabel(this);
    m_example->setObjectName(u"callProfileExample"_s);
    m_example->setWordWrap(true);
    m_example->setStyleSheet(u"color: #555;"_s);
    layout->addWidget(m_example);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    (profile.mode == CallProfile::Mode::Ratio ? m_ratio : m_priorityFirst)->setChecked(true);
    m_normalCalls->setValue(
        std::clamp(profile.normalCallsPerPriority, 1, kMaxNormalCallsPerPriority));
    connect(m_ratio, &QRadioButton::toggled, this, &CallProfileDialog::updateEnabled);
    connect(m_normalCalls, &QSpinBox::valueChanged, this, &CallProfileDialog::retranslateUi);
    retranslateUi();
    updateEnabled();
}

CallProfile CallProfileDialog::profile() const
{
    CallProfile p;
    p.mode = m_ratio->isChecked() ? CallProfile::Mode::Ratio : CallProfile::Mode::PriorityFirst;
    p.normalCallsPerPriority = m_normalCalls->value();
    return p;
}

void CallProfileDialog::updateEnabled()
{
    const bool ratio = m_ratio->isChecked();
    m_ratioBefore->setEnabled(ratio);
    m_normalCalls->setEnabled(ratio);
    m_ratioAfter->setEnabled(ratio);
    m_example->setVisible(ratio);
}

void CallProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CallProfileDialog::retranslateUi()
{
    setWindowTitle(tr("Call order — %1").arg(m_counterName));
    m_explanation->setText(tr("How %1 picks the next ticket when the officer presses Call next. "
                              "Nobody waits past twice the service's target in either order.")
                               .arg(m_counterName));
    m_priorityFirst->setText(tr("Priority first: appointments, then the elderly, then disabled "
                                "or pregnant citizens, then everyone else"));
    m_ratio->setText(tr("Take turns: one priority ticket after normal tickets"));
    m_ratioBefore->setText(tr("One priority ticket after every"));
    m_ratioAfter->setText(tr("normal tickets"));
    // The order a citizen would see, spelled out: N = 2 gives normal, normal, priority, …
    QStringList turns;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < m_normalCalls->value() && i < 5; ++i)
            turns << tr("normal");
        if (m_normalCalls->value() > 5)
            turns << u"…"_s;
        turns << tr("priority");
    }
    m_example->setText(tr("Calls: %1, … (when one kind is not waiting, the other is called)")
                           .arg(turns.join(u", "_s)));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    // Wrapped labels: the height for this width, or the last lines are cut off.
    adjustSize();
}

} // namespace saduak
