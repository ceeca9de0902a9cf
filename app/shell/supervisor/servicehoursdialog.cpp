#include "servicehoursdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <shell/syncstatus.h>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// "8:30", "08:30", "24:00" → minutes of the day; nothing for anything else.
std::optional<int> minuteOf(const QString &text)
{
    static const QRegularExpression hhmm(u"^\\s*(\\d{1,2})[:.](\\d{2})\\s*$"_s);
    const QRegularExpressionMatch m = hhmm.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (min > 59 || h > 24 || (h == 24 && min != 0))
        return std::nullopt;
    return h * 60 + min;
}

} // namespace

ServiceHoursDialog::ServiceHoursDialog(const Service &service, Language language, QWidget *parent)
    : QDialog(parent), m_language(language)
{
    setObjectName(u"serviceHoursDialog"_s);
    setMinimumWidth(460); // the explanation wraps to a few lines, not a narrow column
    const QString name = service.name(language);
    setWindowTitle(tr("Target and hours: %1").arg(name));
    auto *layout = new QVBoxLayout(this);

    auto *targetRow = new QHBoxLayout;
    auto *targetLabel = new QLabel(tr("Target wait for %1:").arg(name), this);
    targetRow->addWidget(targetLabel);
    m_target = new QSpinBox(this);
    m_target->setObjectName(u"targetWaitSpinBox"_s);
    m_target->setRange(kMinTarget, kMaxTarget);
    m_target->setSuffix(u' ' + tr("min"));
    m_target->setValue(qBound(kMinTarget, service.targetWaitMinutes, kMaxTarget));
    targetRow->addWidget(m_target);
    targetRow->addStretch(1);
    layout->addLayout(targetRow);

    auto *explanation = new QLabel(tr("When the kiosk issues tickets for it, day by day "
                                      "(times as HH:MM; 24:00 is midnight). Staff at a counter "
                                      "may issue tickets at any time."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Opens"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Closes"), this), 0, 2);
    const QLocale locale(language == Language::Thai ? QLocale::Thai : QLocale::English);
    for (int day = 1; day <= 7; ++day) {
        DayRow &row = m_days[day - 1];
        row.open = new QCheckBox(locale.dayName(day), this);
        row.open->setObjectName(u"dayOpen%1"_s.arg(day));
        row.opens = new QLineEdit(this);
        row.opens->setObjectName(u"dayOpens%1"_s.arg(day));
        row.closes = new QLineEdit(this);
        row.closes->setObjectName(u"dayCloses%1"_s.arg(day));
        for (QLineEdit *edit : {row.opens, row.closes}) {
            edit->setMaxLength(5);
            edit->setPlaceholderText(u"HH:MM"_s);
            edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(u"000000000"_s));
        }
        grid->addWidget(row.open, day, 0);
        grid->addWidget(row.opens, day, 1);
        grid->addWidget(row.closes, day, 2);
        const std::optional<OpeningHours> hours = service.hours.on(day);
        setDay(day, hours.has_value(), hours ? hours->opensText() : u"08:30"_s,
            hours ? hours->closesText() : u"16:30"_s);
        connect(row.open, &QCheckBox::toggled, this, [this, day] { updateDay(day); });
        for (QLineEdit *edit : {row.opens, row.closes})
            connect(edit, &QLineEdit::textChanged, this, [this] { m_problem->setText(problem()); });
    }
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"serviceHoursProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(SyncStatus::warningStyle());
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServiceHoursDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    m_problem->setText(problem());
}

int ServiceHoursDialog::targetWaitMinutes() const
{
    return m_target->value();
}

void ServiceHoursDialog::setTargetWaitMinutes(int minutes)
{
    m_target->setValue(minutes);
}

void ServiceHoursDialog::setDay(int day, bool open, const QString &opens, const QString &closes)
{
    if (day < 1 || day > 7)
        return;
    DayRow &row = m_days[day - 1];
    row.open->setChecked(open);
    if (!opens.isEmpty())
        row.opens->setText(opens);
    if (!closes.isEmpty())
        row.closes->setText(closes);
    updateDay(day);
}

void ServiceHoursDialog::updateDay(int day)
{
    const DayRow &row = m_days[day - 1];
    row.opens->setEnabled(row.open->isChecked());
    row.closes->setEnabled(row.open->isChecked());
    if (m_problem)
        m_problem->setText(problem());
}

std::optional<WeekHours> ServiceHoursDialog::week(QString *why) const
{
    const QLocale locale(m_language == Language::Thai ? QLocale::Thai : QLocale::English);
    WeekHours week = WeekHours::closed();
    for (int day = 1; day <= 7; ++day) {
        const DayRow &row = m_days[day - 1];
        if (!row.open->isChecked())
            continue;
        const std::optional<int> opens = minuteOf(row.opens->text());
        const std::optional<int> closes = minuteOf(row.closes->text());
        if (!opens || !closes || *opens >= 24 * 60) {
            if (why)
                *why = tr("%1: write the times as HH:MM, for example 08:30 and 16:30.")
                           .arg(locale.dayName(day));
            return std::nullopt;
        }
        if (*opens >= *closes) {
            if (why)
                *why = tr("%1: the service must open before it closes.").arg(locale.dayName(day));
            return std::nullopt;
        }
        week.set(day, OpeningHours {*opens, *closes});
    }
    return week;
}

QString ServiceHoursDialog::problem() const
{
    QString why;
    return week(&why) ? QString() : why;
}

void ServiceHoursDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    if (why.isEmpty())
        QDialog::accept();
}

} // namespace saduak
