#pragma once

#include "complaintreceipt.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace saduak {
class ModuleContext;
}

namespace saduak::complaints {

class ComplaintIntakeForm;
class ComplaintListModel;
class ComplaintStatusView;

// The counter's complaints panel: take a complaint (pre-filled from the ID card), look one up by
// its number (typed or scanned), and the branch's list with the overdue ones first and marked.
// The list follows the hub: asked again when a complaint is filed anywhere in the branch
// (event complaints.filed) and when this PC reaches the hub again.
class ComplaintPanel : public QWidget
{
    Q_OBJECT
public:
    ComplaintPanel(ModuleContext &context, QWidget *parent);

    ComplaintIntakeForm *form() const { return m_form; }
    ComplaintListModel *listModel() const { return m_model; }

    // Reads the receipt's QR in the image file and looks its tracking number up (what the button
    // "Read the QR from an image…" does with the file chosen); else says why, nothing else changes.
    void lookUpFromImage(const QString &path);

public Q_SLOTS:
    void refreshList();

Q_SIGNALS:
    void listRefreshed(); // the hub answered complaints.list (for screens and tests)

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadCategoryNames();
    void showFiled(const FilingResult &complaint);
    QString chooseImage(); // the file dialog; empty when cancelled
    void retranslateUi();

    ModuleContext &m_context;
    QTabWidget *m_tabs = nullptr;
    ComplaintIntakeForm *m_form = nullptr;
    QLabel *m_filed = nullptr;
    FilingResult m_lastFiled;
    QLabel *m_lookUpHint = nullptr;
    QLineEdit *m_lookUpNumber = nullptr;
    QPushButton *m_lookUpButton = nullptr;
    QPushButton *m_fromImageButton = nullptr;
    QLabel *m_imageProblem = nullptr;
    int m_imageProblemKind = 0; // a ReceiptQrImage::Problem, shown in the current language
    ComplaintStatusView *m_statusView = nullptr;
    ComplaintListModel *m_model = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_listStatus = nullptr;
    QPushButton *m_refresh = nullptr;
    QString m_listProblem;
};

} // namespace saduak::complaints
