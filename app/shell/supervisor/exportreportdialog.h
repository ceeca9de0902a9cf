#pragma once

#include <domain/language.h>

#include <QDate>
#include <QDialog>

class QComboBox;
class QRadioButton;

namespace saduak {

// What to export: a business day (today so far or one of the last 31) or a month (this one so far
// or one of the last 11), as CSV (for a spreadsheet) or PDF (to print or send on). Dates are shown
// with Buddhist-Era years in Thai; lists, not a date field, as Qt's date field cannot.
class ExportReportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Format { Csv, Pdf };

    // today: the hub's business day.
    ExportReportDialog(QDate today, Language language, QWidget *parent = nullptr);

    QDate from() const;
    QDate to() const; // inclusive
    Format format() const;
    // For tests and a remembered choice: a day (month false) or the month of date.
    void choose(QDate date, bool month, Format format);

private:
    void updateChoices();

    QDate m_today;
    QRadioButton *m_day = nullptr;
    QRadioButton *m_month = nullptr;
    QComboBox *m_days = nullptr;
    QComboBox *m_months = nullptr;
    QRadioButton *m_csv = nullptr;
    QRadioButton *m_pdf = nullptr;
};

} // namespace saduak
