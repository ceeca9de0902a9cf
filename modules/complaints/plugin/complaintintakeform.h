#pragma once

#include "complaintreceipt.h"
#include <complaintform.h>

#include <domain/translatabletext.h>
#include <sdk/modulecontext.h>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace saduak::complaints {

class AreaPicker;
class AttachmentArea;
class AttachmentUpload;

// The complaint as a person gives it, at the counter and at the kiosk: category, subject,
// description, where, how to reach them, who they are (the citizen from the ID card, shown
// masked, or anonymous) and the privacy notice they acknowledge. Each field's problem is shown
// beside it, in the screen's language; file() sends it to the hub (complaints.file).
class ComplaintIntakeForm : public QWidget
{
    Q_OBJECT
public:
    enum class Channel { Counter, Kiosk }; // the kiosk's targets are large (80 px, 24 pt)

    ComplaintIntakeForm(ModuleContext &context, Channel channel, QWidget *parent = nullptr);

    // The fields' names as the hub and ComplaintFormCheck name them ("subject", "phone"...).
    QString errorShown(const QString &field) const;

    // Empties what was typed (a new complainant, or the page closes).
    void clearInput();

    // At the counter: the files attached (photos, scans), sent before the complaint; nullptr at
    // the kiosk, where a citizen has no files.
    AttachmentArea *attachments() const { return m_attachments; }

public Q_SLOTS:
    // Checks the fields (problems beside them) and, when all is well, files the complaint.
    void file();

Q_SIGNALS:
    void filed(const saduak::complaints::FilingResult &complaint);
    void refused(const QString &message); // the hub said no, or cannot be reached
    // The form was not sent: its problems are shown, first the one nearest the top.
    void problemsShown(QWidget *first);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadCategories();
    void citizenChanged();
    void retranslateUi();
    void showErrors();
    QJsonObject params() const;
    void sendFiling(); // m_request, once its attachments are at the hub
    void stopFiling(const ModuleReply &reply);
    QLabel *addErrorLabel(const QString &field);

    ModuleContext &m_context;
    Channel m_channel;
    QLabel *m_categoryLabel = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QLineEdit *m_subject = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_areaLabel = nullptr;
    AreaPicker *m_area = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_complainantLabel = nullptr;
    QLabel *m_complainant = nullptr;
    QCheckBox *m_anonymous = nullptr;
    QLabel *m_privacyNotice = nullptr;
    QCheckBox *m_privacyAcknowledged = nullptr;
    QLabel *m_attachmentsLabel = nullptr;
    AttachmentArea *m_attachments = nullptr;
    AttachmentUpload *m_upload = nullptr;
    QPushButton *m_fileButton = nullptr;
    QLabel *m_formError = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
    QList<FormProblem> m_errors; // kept untranslated: shown again after a language switch
    QString m_hubMessage;
    // Why the last press did not file (the hub's refusal, no link): shown again in the screen's
    // language after a switch, as the officer may switch to read it.
    std::optional<ModuleReply> m_refusal;
    bool m_filing = false;
    QJsonObject m_request; // being filed
    FilingResult m_filingResult; // what the receipt says besides the hub's answer
};

} // namespace saduak::complaints
