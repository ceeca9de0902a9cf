#pragma once

#include <domain/language.h>
#include <domain/weekhours.h>

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace saduak {

// Add… under the Services tab's holidays: a date (with the date as a Thai reads it, Buddhist-Era
// year, beside the picker, whose own year is the Gregorian one) and the name citizens see. OK
// waits for a name (1–100 characters, as the hub takes) on a date not yet listed.
class HolidayDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxNameLength = 100;

    HolidayDialog(const QList<Holiday> &listed, const QDate &suggested, Language language,
        QWidget *parent = nullptr);

    Holiday holiday() const; // the name trimmed
    void setHoliday(const QDate &date, const QString &name); // for tests and the person alike
    QString problem() const; // what OK is waiting for; empty when it will do

private:
    void update();

    QList<Holiday> m_listed;
    Language m_language;
    QDateEdit *m_date = nullptr;
    QLabel *m_dateText = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace saduak
