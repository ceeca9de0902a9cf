#include "counterservicesdialog.h"

#include <shell/callprofiledialog.h>
#include <shell/syncstatus.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak {

CounterServicesDialog::CounterServicesDialog(const QList<Counter> &counters,
    const QList<Service> &services, int selectedCounter, Language language, QWidget *parent)
    : QDialog(parent), m_counters(counters), m_language(language)
{
    setObjectName(u"counterServicesDialog"_s);
    setWindowTitle(tr("Counter services"));
    auto *layout = new QVBoxLayout(this);

    auto *counterRow = new QHBoxLayout;
    counterRow->addWidget(new QLabel(tr("Counter:"), this));
    m_counter = new QComboBox(this);
    m_counter->setObjectName(u"counterCombo"_s);
    for (const Counter &c : counters)
        m_counter->addItem(c.name(language), c.number);
    counterRow->addWidget(m_counter, 1);
    layout->addLayout(counterRow);

    auto *servicesBox = new QGroupBox(
        tr("Services it may serve (it opens with them when nobody chooses others):"), this);
    auto *boxes = new QVBoxLayout(servicesBox);
    for (const Service &s : services) {
        auto *box = new QCheckBox(s.code + u"  "_s + s.name(language), servicesBox);
        box->setObjectName(u"service_"_s + s.code);
        box->setProperty("serviceCode", s.code);
        connect(box, &QCheckBox::toggled, this, &CounterServicesDialog::update);
        boxes->addWidget(box);
        m_boxes.append(box);
    }
    layout->addWidget(servicesBox);

    auto *profileRow = new QHBoxLayout;
    m_profileText = new QLabel(this);
    m_profileText->setObjectName(u"callProfileText"_s);
    m_profileText->setWordWrap(true);
    profileRow->addWidget(m_profileText, 1);
    m_profileButton = new QPushButton(tr("Call order…"), this);
    m_profileButton->setObjectName(u"callProfileButton"_s);
    connect(m_profileButton, &QPushButton::clicked, this, &CounterServicesDialog::editCallProfile);
    profileRow->addWidget(m_profileButton);
    layout->addLayout(profileRow);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"counterServicesProblem"_s);
    m_problem->setStyleSheet(SyncStatus::warningStyle());
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_counter, &QComboBox::currentIndexChanged, this, &CounterServicesDialog::showCounter);
    selectCounter(selectedCounter);
    showCounter();
}

const Counter *CounterServicesDialog::current() const
{
    const int i = m_counter->currentIndex();
    return i >= 0 && i < m_counters.size() ? &m_counters.at(i) : nullptr;
}

int CounterServicesDialog::counter() const
{
    const Counter *c = current();
    return c ? c->number : 0;
}

QStringList CounterServicesDialog::services() const
{
    QStringList codes;
    for (const QCheckBox *box : m_boxes)
        if (box->isChecked())
            codes << box->property("serviceCode").toString();
    return codes;
}

CallProfile CounterServicesDialog::profile() const
{
    const Counter *c = current();
    if (!c)
        return {};
    return m_profiles.value(c->number, c->profile);
}

bool CounterServicesDialog::profileChanged() const
{
    const Counter *c = current();
    return c && !(profile() == c->profile);
}

void CounterServicesDialog::selectCounter(int number)
{
    const int i = m_counter->findData(number);
    if (i >= 0)
        m_counter->setCurrentIndex(i);
}

void CounterServicesDialog::setServices(const QStringList &codes)
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(codes.contains(box->property("serviceCode").toString()));
}

void CounterServicesDialog::setProfile(const CallProfile &profile)
{
    if (const Counter *c = current()) {
        m_profiles.insert(c->number, profile);
        update();
    }
}

void CounterServicesDialog::editCallProfile()
{
    const Counter *c = current();
    if (!c)
        return;
    auto *dialog = new CallProfileDialog(c->name(m_language), profile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int number = c->number;
    connect(dialog, &QDialog::accepted, this, [this, dialog, number] {
        m_profiles.insert(number, dialog->profile());
        update();
    });
    dialog->open();
}

void CounterServicesDialog::showCounter()
{
    // The counter's own list as the catalog holds it; other counters' edits are dropped.
    if (const Counter *c = current())
        setServices(c->serviceCodes);
    update();
}

void CounterServicesDialog::update()
{
    const Counter *c = current();
    const CallProfile p = profile();
    m_profileText->setText(!c ? QString()
            : p.mode == CallProfile::Mode::Ratio
            ? tr("Call order: one priority ticket after every %1 normal ones.")
                  .arg(p.normalCallsPerPriority)
            : tr("Call order: priority tickets first."));
    m_profileButton->setEnabled(c != nullptr);
    const QString why = !c ? tr("The branch has no counters.")
        : services().isEmpty() ? tr("Tick one service at least: a counter with none could never call.")
                               : QString();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace saduak
