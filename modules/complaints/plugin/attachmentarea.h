#pragma once

#include "attachmentlistmodel.h"

#include <domain/translatabletext.h>

#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace saduak {
class ModuleContext;
}

namespace saduak::complaints {

// The counter intake form's "Attachments": the files attached (name, type, size, a remove button
// each) and two ways to add one, a file dialog or the newest scans of the scanner folder
// (modules/complaints/scannerFolder). Each file is checked before it is listed
// (AttachmentRule::problemWith, at most maxPerComplaint); a problem shows under the list, in the
// screen's language. It shows and forwards: sending is AttachmentUpload's.
class AttachmentArea : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentArea(ModuleContext &context, QWidget *parent = nullptr);

    // Checks the file at path and lists it (once, however often attached); false, with the
    // problem shown, when it may not be attached. What "Attach a file…" does with the file picked.
    Q_INVOKABLE bool attachFile(const QString &path);
    const QList<PendingAttachment> &files() const { return m_model->files(); }
    void clear(); // the files and any problem or progress shown

    // While the complaint is sent, the list cannot change; percent is shown until done.
    void setSending(bool sending);
    void showProgress(int percent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void chooseScan();
    void showProblem(const TranslatableText &problem);
    void rowsChanged();
    void retranslateUi();

    ModuleContext &m_context;
    AttachmentListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_none = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_attachFile = nullptr;
    QPushButton *m_fromScanner = nullptr;
    QLabel *m_problem = nullptr;
    QProgressBar *m_progress = nullptr;
    TranslatableText m_problemText; // kept untranslated: shown again after a language switch
    QString m_lastFolder;
    bool m_sending = false;
};

} // namespace saduak::complaints
