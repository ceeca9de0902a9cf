#include "exportreportdialog.h"

#include <domain/buddhistdate.h>

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace saduak {

namespace {

constexpr int kDays = 31; // the hub keeps the days' figures for a month at most (recentDays)
constexpr int kMonths = 12;

QString monthText(QDate first, Language language)
{
    if (language == Language::Thai)
        return BuddhistDate::thaiMonthName(first.month(), BuddhistDate::Style::Long)
            + QStringLiteral(" ") + QString::number(BuddhistDate::buddhistYear(first));
    return QLocale(QLocale::English).toString(first, QStringLiteral("MMMM yyyy"));
}

} // namespace

ExportReportDialog::ExportReportDialog(QDate today, Language language, QWidget *parent)
    : QDialog(parent), m_today(today)
{
    setObjectName(QStringLiteral("exportReportDialog"));
    setWindowTitle(tr("Export report"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_day = new QRadioButton(tr("A day"), this);
    m_day->setObjectName(QStringLiteral("dayChoice"));
    m_days = new QComboBox(this);
    m_days->setObjectName(QStringLiteral("dayList"));
    for (int i = 0; i < kDays; ++i) {
        const QDate d = today.addDays(-i);
        const QString text = BuddhistDate::format(d, language, BuddhistDate::Style::Long);
        m_days->addItem(i == 0 ? tr("Today so far (%1)").arg(text) : text, d);
    }
    m_days->setCurrentIndex(1); // yesterday: a day that is over
    form->addRow(m_day, m_days);

    m_month = new QRadioButton(tr("A month"), this);
    m_month->setObjectName(QStringLiteral("monthChoice"));
    m_months = new QComboBox(this);
    m_months->setObjectName(QStringLiteral("monthList"));
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int i = 0; i < kMonths; ++i) {
        const QDate first = thisMonth.addMonths(-i);
        const QString text = monthText(first, language);
        m_months->addItem(i == 0 ? tr("This month so far (%1)").arg(text) : text, first);
    }
    form->addRow(m_month, m_months);
    auto *periods = new QButtonGroup(this);
    periods->addButton(m_day);
    periods->addButton(m_month);
    m_day->setChecked(true);
    connect(m_day, &QRadioButton::toggled, this, &ExportReportDialog::updateChoices);

    auto *formats = new QHBoxLayout;
    m_csv = new QRadioButton(tr("CSV (spreadsheet)"), this);
    m_csv->setObjectName(QStringLiteral("csvChoice"));
    m_pdf = new QRadioButton(tr("PDF (to print)"), this);
    m_pdf->setObjectName(QStringLiteral("pdfChoice"));
    auto *formatGroup = new QButtonGroup(this);
    formatGroup->addButton(m_csv);
    formatGroup->addButton(m_pdf);
    m_pdf->setChecked(true);
    formats->addWidget(m_csv);
    formats->addWidget(m_pdf);
    form->addRow(tr("Format"), formats);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateChoices();
}

void ExportReportDialog::updateChoices()
{
    m_days->setEnabled(m_day->isChecked());
    m_months->setEnabled(m_month->isChecked());
}

QDate ExportReportDialog::from() const
{
    return m_day->isChecked() ? m_days->currentData().toDate() : m_months->currentData().toDate();
}

QDate ExportReportDialog::to() const
{
    if (m_day->isChecked())
        return from();
    // This month: up to today; another: its last day.
    const QDate last = from().addMonths(1).addDays(-1);
    return std::min(last, m_today);
}

ExportReportDialog::Format ExportReportDialog::format() const
{
    return m_csv->isChecked() ? Format::Csv : Format::Pdf;
}

void ExportReportDialog::choose(QDate date, bool month, Format format)
{
    (month ? m_month : m_day)->setChecked(true);
    QComboBox *list = month ? m_months : m_days;
    const QDate key = month ? QDate(date.year(), date.month(), 1) : date;
    const int index = list->findData(key);
    if (index >= 0)
        list->setCurrentIndex(index);
    (format == Format::Csv ? m_csv : m_pdf)->setChecked(true);
}

} // namespace saduak
