#include "complaintintakeform.h"

#include "areapicker.h"
#include "attachmentarea.h"
#include "attachmentupload.h"
#include "complaintstyle.h"
#include "namedchoices.h"
#include <complaintform.h>

#include <sdk/modulecontext.h>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

namespace {

// The kiosk's touch sizes (kioskpage.h): 80 px targets, 24 pt text. Errors are marked by a sign
// and words, not by their colour alone.
const auto kKioskStyle = uR"(
QLabel, QLineEdit, QPlainTextEdit, QComboBox, QCheckBox, QPushButton { font-size: 24pt; }
QLineEdit, QComboBox, QPushButton { min-height: 80px; }
QComboBox QAbstractItemView::item { min-height: 80px; }
QCheckBox { min-height: 80px; }
QCheckBox::indicator { width: 48px; height: 48px; }
QLabel[complaintRole="notice"] { font-size: 16pt; }
)"_s;

QWidget *withError(QWidget *field, QLabel *error)
{
    // The problem sits right under its field: "beside it" on a narrow portrait kiosk.
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

ComplaintIntakeForm::ComplaintIntakeForm(ModuleContext &context, Channel channel, QWidget *parent)
    : QWidget(parent), m_context(context), m_channel(channel)
{
    setObjectName(u"complaintIntakeForm"_s);
    setStyleSheet(complaintErrorStyle() + (channel == Channel::Kiosk ? kKioskStyle : QString()));
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(
        channel == Channel::Kiosk ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows);

    m_category = new QComboBox(this);
    m_category->setObjectName(u"categoryBox"_s);
    m_categoryLabel = new QLabel(this);
    form->addRow(m_categoryLabel, withError(m_category, addErrorLabel(u"category"_s)));

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(u"subjectEdit"_s);
    m_subject->setMaxLength(200);
    m_subjectLabel = new QLabel(this);
    form->addRow(m_subjectLabel, withError(m_subject, addErrorLabel(u"subject"_s)));

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(channel == Channel::Kiosk ? 160 : 90);
    m_descriptionLabel = new QLabel(this);
    form->addRow(m_descriptionLabel, withError(m_description, addErrorLabel(u"description"_s)));

    m_area = new AreaPicker(context, this);
    m_area->setObjectName(u"areaPicker"_s);
    m_areaLabel = new QLabel(this);
    QLabel *areaError = addErrorLabel(u"area"_s);
    // The hub's three fields are one place for the person.
    m_errorLabels.insert(u"province"_s, areaError);
    m_errorLabels.insert(u"amphoe"_s, areaError);
    m_errorLabels.insert(u"tambon"_s, areaError);
    form->addRow(m_areaLabel, withError(m_area, areaError));
    connect(m_area, &AreaPicker::loadFailed, this, [this](const QString &message) {
        m_hubMessage = message;
        m_refusal.reset();
        showErrors();
    });

    if (channel == Channel::Counter) {
        // Photos and scans of documents: a counter has a scanner, a kiosk's citizen no files.
        m_attachments = new AttachmentArea(context, this);
        m_attachmentsLabel = new QLabel(this);
        form->addRow(m_attachmentsLabel, m_attachments);
        m_upload = new AttachmentUpload(context, this);
        const int answerSeconds = context.settings()
            ? context.settings()->value(u"attachmentAnswerSeconds"_s, 15).toInt()
            : 15;
        m_upload->setAnswerTimeoutMs(std::clamp(answerSeconds, 1, 600) * 1000);
        connect(
            m_upload, &AttachmentUpload::progressed, m_attachments, &AttachmentArea::showProgress);
        connect(m_upload, &AttachmentUpload::finished, this, &ComplaintIntakeForm::sendFiling);
        connect(m_upload, &AttachmentUpload::failed, this, &ComplaintIntakeForm::stopFiling);
    }

    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"phoneEdit"_s);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phone->setMaxLength(20);
    m_phoneLabel = new QLabel(this);
    form->addRow(m_phoneLabel, withError(m_phone, addErrorLabel(u"phone"_s)));

    m_email = new QLineEdit(this);
    m_email->setObjectName(u"emailEdit"_s);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_email->setMaxLength(254);
    m_emailLabel = new QLabel(this);
    form->addRow(m_emailLabel, withError(m_email, addErrorLabel(u"email"_s)));

    m_complainant = new QLabel(this);
    m_complainant->setObjectName(u"complainantLabel"_s);
    m_complainant->setWordWrap(true);
    m_anonymous = new QCheckBox(this);
    m_anonymous->setObjectName(u"anonymousBox"_s);
    auto *who = new QWidget(this);
    auto *whoLayout = new QVBoxLayout(who);
    whoLayout->setContentsMargins(0, 0, 0, 0);
    whoLayout->addWidget(m_complainant);
    whoLayout->addWidget(m_anonymous);
    whoLayout->addWidget(addErrorLabel(u"complainant"_s));
    m_complainantLabel = new QLabel(this);
    form->addRow(m_complainantLabel, who);

    m_privacyNotice = new QLabel(this);
    m_privacyNotice->setObjectName(u"privacyNotice"_s);
    m_privacyNotice->setWordWrap(true);
    m_privacyNotice->setProperty("complaintRole", u"notice"_s);
    m_privacyNotice->setFrameShape(QFrame::StyledPanel);
    m_privacyNotice->setMargin(8);
    form->addRow(m_privacyNotice);
    m_privacyAcknowledged = new QCheckBox(this);
    m_privacyAcknowledged->setObjectName(u"privacyAcknowledgedBox"_s);
    form->addRow(withError(m_privacyAcknowledged, addErrorLabel(u"privacyAcknowledged"_s)));

    m_formError = new QLabel(this);
    m_formError->setObjectName(u"formError"_s);
    m_formError->setWordWrap(true);
    m_formError->setProperty("complaintRole", u"error"_s);
    m_formError->hide();
    form->addRow(m_formError);

    m_fileButton = new QPushButton(this);
    m_fileButton->setObjectName(u"fileComplaintButton"_s);
    m_fileButton->setAutoDefault(false);
    if (channel == Channel::Kiosk)
        m_fileButton->setFocusPolicy(Qt::NoFocus); // the field being typed keeps the keyboard
    form->addRow(m_fileButton);
    connect(m_fileButton, &QPushButton::clicked, this, &ComplaintIntakeForm::file);
    connect(
        m_subject, &QLineEdit::returnPressed, m_description, [this] { m_description->setFocus(); });

    connect(m_anonymous, &QCheckBox::toggled, this, [this] { retranslateUi(); });
    connect(&m_context, &ModuleContext::citizenChanged, this, &ComplaintIntakeForm::citizenChanged);
    connect(&m_context, &ModuleContext::languageChanged, this, &ComplaintIntakeForm::retranslateUi);
    connect(&m_context, &ModuleContext::hubLinkRestored, this, [this] {
        if (m_category->count() <= 1)
            loadCategories();
        if (m_area->province().isEmpty())
            m_area->reload();
    });
    citizenChanged();
    retranslateUi();
    loadCategories();
}

QLabel *ComplaintIntakeForm::addErrorLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(field + u"Error"_s);
    label->setWordWrap(true);
    label->setProperty("complaintRole", u"error"_s);
    label->hide();
    m_errorLabels.insert(field, label);
    return label;
}

QString ComplaintIntakeForm::errorShown(const QString &field) const
{
    const QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ComplaintIntakeForm::loadCategories()
{
    QPointer<ComplaintIntakeForm> self(this);
    m_context.call(u"categories"_s, {}, [self](const ModuleReply &reply) {
        if (!self)
            return;
        if (!reply.ok) {
            self->m_hubMessage = reply.shownMessage();
            self->m_refusal.reset();
            self->showErrors();
            return;
        }
        const QString picked = NamedChoices::currentCode(self->m_category);
        self->m_category->clear();
        self->m_category->addItem(QString());
        for (const QJsonValue &value : reply.body.value(u"categories"_s).toArray())
            NamedChoices::add(self->m_category, value.toObject(), self->m_context.language());
        self->m_category->setCurrentIndex(
            std::max(0, NamedChoices::rowOf(self->m_category, picked)));
        self->retranslateUi();
    });
}

void ComplaintIntakeForm::citizenChanged()
{
    // With no card read there is nobody to name: the complaint can only be anonymous.
    const bool haveCitizen = m_context.currentCitizen().has_value();
    m_anonymous->setEnabled(haveCitizen);
    m_anonymous->setChecked(!haveCitizen);
    retranslateUi();
}

void ComplaintIntakeForm::clearInput()
{
    m_category->setCurrentIndex(0);
    m_subject->clear();
    m_description->clear();
    m_area->clear();
    m_phone->clear();
    m_email->clear();
    m_privacyAcknowledged->setChecked(false);
    if (m_attachments)
        m_attachments->clear();
    m_errors.clear();
    m_hubMessage.clear();
    m_refusal.reset();
    citizenChanged();
    showErrors();
}

QJsonObject ComplaintIntakeForm::params() const
{
    QJsonObject p {
        {u"category"_s, NamedChoices::currentCode(m_category)},
        {u"subject"_s, m_subject->text().trimmed()},
        {u"description"_s, m_description->toPlainText().trimmed()},
        {u"province"_s, m_area->province()},
        {u"amphoe"_s, m_area->amphoe()},
        {u"tambon"_s, m_area->tambon()},
        {u"privacyAcknowledged"_s, m_privacyAcknowledged->isChecked()},
    };
    if (const QString phone = m_phone->text().trimmed(); !phone.isEmpty())
        p.insert(u"phone"_s, phone);
    if (const QString email = m_email->text().trimmed(); !email.isEmpty())
        p.insert(u"email"_s, email);
    const std::optional<Citizen> citizen = m_context.currentCitizen();
    if (citizen && citizen->id && !m_anonymous->isChecked()) {
        // Only what the record needs (PDPA): the ID and the Thai name in parts, never the photo.
        p.insert(u"complainant"_s,
            QJsonObject {{u"citizenId"_s, citizen->id->digits()},
                {u"prefix"_s, citizen->thaiName.prefix}, {u"firstName"_s, citizen->thaiName.first},
                {u"lastName"_s, citizen->thaiName.last}});
    }
    return p;
}

void ComplaintIntakeForm::file()
{
    if (m_filing)
        return;
    QJsonObject request = params();
    // Which screen files it, for a one-PC branch whose kiosk page and counter share a device.
    request.insert(u"channel"_s, m_channel == Channel::Kiosk ? u"kiosk"_s : u"counter"_s);
    m_errors = ComplaintFormCheck::check(request);
    m_hubMessage.clear();
    m_refusal.reset();
    showErrors();
    if (!m_errors.isEmpty()) {
        QWidget *first = nullptr;
        for (QLabel *label : findChildren<QLabel *>()) // in the order they were made: top down
            if (label->property("complaintRole") == u"error"_s && !label->isHidden()) {
                first = label;
                break;
            }
        Q_EMIT problemsShown(first ? first : m_formError);
        return;
    }
    m_filing = true;
    m_fileButton->setEnabled(false);
    m_filingResult = {};
    m_filingResult.categoryThai = NamedChoices::currentName(m_category, Language::Thai);
    m_filingResult.categoryEnglish = NamedChoices::currentName(m_category, Language::English);
    m_request = request;
    if (m_attachments && !m_attachments->files().isEmpty()) {
        // The files first, each whole at the hub, then the complaint that names them; a run
        // broken off goes on from where the hub is at the next press (AttachmentUpload).
        m_request.insert(u"attachments"_s, AttachmentUpload::filingField(m_attachments->files()));
        m_filingResult.attachmentCount = int(m_attachments->files().size());
        m_attachments->setSending(true);
        m_upload->start(m_attachments->files());
        return;
    }
    sendFiling();
}

void ComplaintIntakeForm::stopFiling(const ModuleReply &reply)
{
    // Everything typed and attached stays as it was: the person presses File again.
    m_filing = false;
    m_fileButton->setEnabled(true);
    if (m_attachments)
        m_attachments->setSending(false);
    m_refusal = reply;
    m_hubMessage = reply.shownMessage();
    showErrors();
    Q_EMIT refused(m_hubMessage);
}

void ComplaintIntakeForm::sendFiling()
{
    QPointer<ComplaintIntakeForm> self(this);
    m_context.call(u"file"_s, m_request, [self](const ModuleReply &reply) {
        if (!self)
            return;
        if (!reply.ok) {
            // The hub no longer has a file it stored (it deletes what no complaint took within
            // a day): the next press sends them again.
            if (reply.code == u"attachmentMissing"_s && self->m_upload)
                self->m_upload->forget();
            self->stopFiling(reply);
            return;
        }
        self->m_filing = false;
        self->m_fileButton->setEnabled(true);
        if (self->m_attachments)
            self->m_attachments->setSending(false);
        if (self->m_upload)
            self->m_upload->forget();
        FilingResult filed = self->m_filingResult;
        filed.trackingNumber = reply.body.value(u"trackingNumber"_s).toString();
        filed.filedAtMs = reply.body.value(u"filedAtMs"_s).toInteger();
        filed.dueAtMs = reply.body.value(u"dueAtMs"_s).toInteger();
        Q_EMIT self->filed(filed);
    });
}

void ComplaintIntakeForm::showErrors()
{
    QSet<QLabel *> used;
    for (const FormProblem &problem : std::as_const(m_errors)) {
        // "complainant.citizenId" is the complainant's; a field with no place of its own goes
        // under the form.
        QLabel *label = m_errorLabels.value(problem.field.section(u'.', 0, 0), m_formError);
        const QString text = u"⚠ "_s + problem.message();
        label->setText(used.contains(label) ? label->text() + u'\n' + text : text);
        label->show();
        used.insert(label);
    }
    if (!m_hubMessage.isEmpty()) {
        const QString text = u"⚠ "_s + m_hubMessage;
        m_formError->setText(
            used.contains(m_formError) ? m_formError->text() + u'\n' + text : text);
        m_formError->show();
        used.insert(m_formError);
    }
    for (QLabel *label : std::as_const(m_errorLabels))
        if (!used.contains(label))
            label->hide();
    if (!used.contains(m_formError))
        m_formError->hide();
}

void ComplaintIntakeForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ComplaintIntakeForm::retranslateUi()
{
    const Language language = m_context.language();
    m_categoryLabel->setText(tr("Category"));
    m_category->setItemText(0, tr("Choose a category"));
    NamedChoices::relabel(m_category, language);
    m_subjectLabel->setText(tr("Subject"));
    m_subject->setPlaceholderText(tr("In a few words: what is wrong?"));
    m_descriptionLabel->setText(tr("What happened"));
    m_description->setPlaceholderText(tr("Where, when, who is affected"));
    m_areaLabel->setText(tr("Where"));
    m_phoneLabel->setText(tr("Phone (optional)"));
    m_emailLabel->setText(tr("E-mail (optional)"));
    if (m_attachmentsLabel)
        m_attachmentsLabel->setText(tr("Attachments"));
    m_complainantLabel->setText(tr("Complainant"));
    const std::optional<Citizen> citizen = m_context.currentCitizen();
    if (!citizen) {
        m_complainant->setText(tr("No ID card read: the complaint is filed without a name."));
    } else if (m_anonymous->isChecked()) {
        m_complainant->setText(tr("Anonymous: your name and ID are not sent with the complaint."));
    } else {
        const PersonName &name = language == Language::English && !citizen->englishName.isEmpty()
            ? citizen->englishName
            : citizen->thaiName;
        m_complainant->setText(
            tr("%1, ID %2").arg(name.full(), citizen->id ? citizen->id->masked() : tr("unknown")));
    }
    m_anonymous->setText(tr("File anonymously"));
    m_privacyNotice->setText(
        tr("Privacy notice. The center takes complaints as a public task of the state (Personal "
           "Data Protection Act B.E. 2562, section 24(4)); your consent is not what allows it, "
           "and you may file without your name. We keep the complaint, the place, the phone and "
           "e-mail you give, the files you attach and, unless you file anonymously, your ID "
           "number and name from your card, to handle the complaint and tell you the result. "
           "They are kept for five years "
           "after the complaint is closed, then deleted. Only the officers of this center and "
           "of the agency that handles the complaint see them; your name, ID and contact are "
           "never printed on the receipt nor shown on a status screen. You may ask at any "
           "counter to see or correct them."));
    m_privacyAcknowledged->setText(tr("I have read the privacy notice"));
    m_fileButton->setText(tr("File the complaint"));
    if (m_refusal && !m_hubMessage.isEmpty())
        m_hubMessage = m_refusal->shownMessage();
    showErrors();
}

} // namespace saduak::complaints
