#include "holidaydialog.h"

#include <domain/buddhistdate.h>
#include <shell/syncstatus.h>

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak {

HolidayDialog::HolidayDialog(const QList<Holiday> &listed, const QDate &suggested,
    Language language, QWidget *parent)
    : QDialog(parent), m_listed(listed), m_language(language)
{
    setObjectName(u"holidayDialog"_s);
    setWindowTitle(tr("Add a holiday"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(
        tr("On a holiday the kiosk issues no tickets for any service; staff at a counter still "
           "may."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *form = new QFormLayout;
    auto *dateRow = new QHBoxLayout;
    m_date = new QDateEdit(suggested, this);
    m_date->setObjectName(u"holidayDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    dateRow->addWidget(m_date);
    m_dateText = new QLabel(this);
    m_dateText->setObjectName(u"holidayDateText"_s);
    dateRow->addWidget(m_dateText, 1);
    form->addRow(tr("Date:"), dateRow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"holidayNameEdit"_s);
    m_name->setMaxLength(kMaxNameLength);
    m_name->setPlaceholderText(tr("as citizens will read it, e.g. วันรัฐธรรมนูญ"));
    form->addRow(tr("Name:"), m_name);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"holidayProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(SyncStatus::warningStyle());
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_date, &QDateEdit::dateChanged, this, &HolidayDialog::update);
    connect(m_name, &QLineEdit::textChanged, this, &HolidayDialog::update);
    update();
}

Holiday HolidayDialog::holiday() const
{
    return Holiday {m_date->date(), m_name->text().trimmed()};
}

void HolidayDialog::setHoliday(const QDate &date, const QString &name)
{
    m_date->setDate(date);
    m_name->setText(name);
}

QString HolidayDialog::problem() const
{
    const Holiday h = holiday();
    if (holidayOn(m_listed, h.date))
        return tr("%1 is already a holiday: %2.")
            .arg(BuddhistDate::format(h.date, m_language, BuddhistDate::Style::Long),
                holidayOn(m_listed, h.date)->name);
    if (h.name.isEmpty())
        return tr("Give the holiday a name.");
    return {};
}

void HolidayDialog::update()
{
    // The weekday and the date as the person reads it: in Thai the Buddhist-Era year.
    const QDate date = m_date->date();
    const QLocale locale(m_language == Language::Thai ? QLocale::Thai : QLocale::English);
    m_dateText->setText(locale.dayName(date.dayOfWeek()) + u' '
        + BuddhistDate::format(date, m_language, BuddhistDate::Style::Long));
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace saduak
