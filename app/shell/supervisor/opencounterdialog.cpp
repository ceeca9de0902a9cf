#include "opencounterdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace saduak {

OpenCounterDialog::OpenCounterDialog(const QString &counterName, const QList<Service> &services,
    const QStringList &ticked, Language language, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("openCounterDialog"));
    setWindowTitle(tr("Open %1").arg(counterName));
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(tr("Open %1 for these services:").arg(counterName), this);
    question->setWordWrap(true);
    layout->addWidget(question);
    for (const Service &s : services) {
        auto *box = new QCheckBox(s.code + QStringLiteral("  ") + s.name(language), this);
        box->setObjectName(QStringLiteral("service_") + s.code);
        box->setProperty("serviceCode", s.code);
        box->setChecked(ticked.contains(s.code));
        connect(box, &QCheckBox::toggled, this, &OpenCounterDialog::updateButtons);
        layout->addWidget(box);
        m_boxes.append(box);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open counter"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateButtons();
}

QStringList OpenCounterDialog::chosenServices() const
{
    QStringList codes;
    for (const QCheckBox *box : m_boxes)
        if (box->isChecked())
            codes << box->property("serviceCode").toString();
    return codes;
}

void OpenCounterDialog::setChosen(const QStringList &codes)
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(codes.contains(box->property("serviceCode").toString()));
}

void OpenCounterDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenServices().isEmpty());
}

} // namespace saduak
