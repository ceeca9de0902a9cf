#pragma once

#include <domain/language.h>
#include <domain/service.h>

#include <QDialog>
#include <array>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace saduak {

// Edit… on the Services tab: a service's target wait (1–600 minutes, the hub's range) and its week
// (each day: open or not, opens, closes as HH:MM; 24:00 closes at midnight). Only edits the
// values; OK waits until they make a week the hub would take, saying what is wrong in the screen's
// language. The panel sends what changed.
class ServiceHoursDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMinTarget = 1;
    static constexpr int kMaxTarget = 600;

    ServiceHoursDialog(const Service &service, Language language, QWidget *parent = nullptr);

    int targetWaitMinutes() const;
    // The week as ticked and typed; nothing (with why, translated) when a time will not do.
    std::optional<WeekHours> week(QString *why = nullptr) const;

    // For tests and the person alike: a day open from opens to closes ("08:30"), or closed.
    void setDay(int day, bool open, const QString &opens = {}, const QString &closes = {});
    void setTargetWaitMinutes(int minutes);
    QString problem() const; // what OK is waiting for; empty when the values will do

public Q_SLOTS:
    void accept() override;

private:
    void updateDay(int day);

    struct DayRow
    {
        QCheckBox *open = nullptr;
        QLineEdit *opens = nullptr;
        QLineEdit *closes = nullptr;
    };
    Language m_language;
    QSpinBox *m_target = nullptr;
    std::array<DayRow, 7> m_days;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace saduak
