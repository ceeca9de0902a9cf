#include "complaintpanel.h"

#include "complaintintakeform.h"
#include "complaintlistmodel.h"
#include "complaintstatusview.h"
#include "complaintstyle.h"
#include "receiptqrimage.h"

#include <sdk/modulecontext.h>

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

ComplaintPanel::ComplaintPanel(ModuleContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"complaintPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"complaintTabs"_s);
    layout->addWidget(m_tabs);

    // Intake.
    auto *intake = new QWidget(m_tabs);
    auto *intakeLayout = new QVBoxLayout(intake);
    m_filed = new QLabel(intake);
    m_filed->setObjectName(u"counterFiledLabel"_s);
    m_filed->setWordWrap(true);
    m_filed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filed->hide();
    intakeLayout->addWidget(m_filed);
    m_form = new ComplaintIntakeForm(context, ComplaintIntakeForm::Channel::Counter);
    auto *scroll = new QScrollArea(intake);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    intakeLayout->addWidget(scroll, 1);
    m_tabs->addTab(intake, QString());
    connect(m_form, &ComplaintIntakeForm::filed, this, &ComplaintPanel::showFiled);

    // Lookup.
    auto *lookUp = new QWidget(m_tabs);
    auto *lookUpLayout = new QVBoxLayout(lookUp);
    m_lookUpHint = new QLabel(lookUp);
    m_lookUpHint->setWordWrap(true);
    lookUpLayout->addWidget(m_lookUpHint);
    auto *row = new QHBoxLayout;
    m_lookUpNumber = new QLineEdit(lookUp);
    m_lookUpNumber->setObjectName(u"counterTrackingNumberEdit"_s);
    row->addWidget(m_lookUpNumber, 1);
    m_lookUpButton = new QPushButton(lookUp);
    m_lookUpButton->setObjectName(u"counterLookUpButton"_s);
    row->addWidget(m_lookUpButton);
    m_fromImageButton = new QPushButton(lookUp);
    m_fromImageButton->setObjectName(u"counterQrFromImageButton"_s);
    row->addWidget(m_fromImageButton);
    lookUpLayout->addLayout(row);
    m_imageProblem = new QLabel(lookUp);
    m_imageProblem->setObjectName(u"counterQrImageProblem"_s);
    m_imageProblem->setWordWrap(true);
    m_imageProblem->setProperty("complaintRole", u"error"_s);
    m_imageProblem->setStyleSheet(complaintErrorStyle());
    m_imageProblem->hide();
    lookUpLayout->addWidget(m_imageProblem);
    m_statusView = new ComplaintStatusView(context, lookUp);
    lookUpLayout->addWidget(m_statusView, 1);
    m_tabs->addTab(lookUp, QString());
    const auto doLookUp = [this] {
        m_imageProblemKind = 0; // a sentence about an earlier image is no longer news
        m_imageProblem->hide();
        if (!m_lookUpNumber->text().trimmed().isEmpty())
            m_statusView->lookUp(m_lookUpNumber->text());
    };
    connect(m_lookUpNumber, &QLineEdit::returnPressed, this, doLookUp);
    connect(m_lookUpButton, &QPushButton::clicked, this, doLookUp);
    connect(m_fromImageButton, &QPushButton::clicked, this, [this] {
        const QString path = chooseImage();
        if (!path.isEmpty())
            lookUpFromImage(path);
    });

    // The branch's list.
    auto *list = new QWidget(m_tabs);
    auto *listLayout = new QVBoxLayout(list);
    auto *top = new QHBoxLayout;
    m_listStatus = new QLabel(list);
    m_listStatus->setObjectName(u"complaintListStatus"_s);
    m_listStatus->setWordWrap(true);
    top->addWidget(m_listStatus, 1);
    m_refresh = new QPushButton(list);
    m_refresh->setObjectName(u"complaintListRefresh"_s);
    top->addWidget(m_refresh);
    listLayout->addLayout(top);
    m_model = new ComplaintListModel(this);
    m_model->setLanguage(context.language());
    m_list = new QTableView(list);
    m_list->setObjectName(u"complaintList"_s);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(
        ComplaintListModel::Subject, QHeaderView::Stretch);
    listLayout->addWidget(m_list, 1);
    m_tabs->addTab(list, QString());
    connect(m_refresh, &QPushButton::clicked, this, &ComplaintPanel::refreshList);
    // Enter or a double click (as the platform activates) takes the complaint to the lookup.
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString number
            = m_model->index(index.row(), ComplaintListModel::Number).data().toString();
        m_lookUpNumber->setText(number);
        m_statusView->lookUp(number);
        m_tabs->setCurrentIndex(1);
    });

    connect(&m_context, &ModuleContext::hubEventReceived, this, [this](const QString &name) {
        if (name == u"filed"_s)
            refreshList();
    });
    // Events are not replayed: what was filed while this PC was away is asked for again.
    connect(&m_context, &ModuleContext::hubLinkRestored, this, [this] {
        loadCategoryNames();
        refreshList();
    });
    // What central's desk changes reaches the hub with its reference pull (every
    // central/pullIntervalSeconds, 60) and no event tells the screens: the list asks again as
    // often while it is on screen, so a complaint central closed stops showing as overdue.
    auto *listTimer = new QTimer(this);
    listTimer->setObjectName(u"complaintListTimer"_s);
    const int seconds = m_context.settings()
        ? m_context.settings()->value(u"listRefreshSeconds"_s, 60).toInt()
        : 60;
    listTimer->setInterval(std::clamp(seconds, 1, 3600) * 1000);
    connect(listTimer, &QTimer::timeout, this, [this] {
        if (m_list->isVisible())
            refreshList();
    });
    listTimer->start();
    connect(&m_context, &ModuleContext::languageChanged, this, &ComplaintPanel::retranslateUi);
    retranslateUi();
    loadCategoryNames();
    refreshList();
}

void ComplaintPanel::loadCategoryNames()
{
    QPointer<ComplaintPanel> self(this);
    m_context.call(u"categories"_s, {}, [self](const ModuleReply &reply) {
        if (!self || !reply.ok)
            return; // the list then shows the codes
        QHash<QString, QStringList> names;
        for (const QJsonValue &value : reply.body.value(u"categories"_s).toArray()) {
            const QJsonObject c = value.toObject();
            names.insert(c.value(u"code"_s).toString(),
                {c.value(u"th"_s).toString(), c.value(u"en"_s).toString()});
        }
        self->m_model->setCategoryNames(names);
    });
}

void ComplaintPanel::refreshList()
{
    QPointer<ComplaintPanel> self(this);
    m_context.call(u"list"_s, {}, [self](const ModuleReply &reply) {
        if (!self)
            return;
        if (reply.ok) {
            self->m_listProblem.clear();
            self->m_model->setComplaints(reply.body.value(u"complaints"_s).toArray());
        } else {
            // The last list stays: it is still what the branch had.
            self->m_listProblem = reply.shownMessage();
        }
        self->retranslateUi();
        Q_EMIT self->listRefreshed();
    });
}

void ComplaintPanel::showFiled(const FilingResult &complaint)
{
    m_lastFiled = complaint;
    m_form->clearInput();
    if (ModulePrinting *printing = m_context.printing()) {
        const QString statusUrl = m_context.settings()
            ? m_context.settings()->value(u"statusUrl"_s).toString()
            : QString();
        printing->printReceipt(ComplaintReceipt::build(complaint, statusUrl, m_context.language()));
    }
    retranslateUi();
}

QString ComplaintPanel::chooseImage()
{
    // A scanner that saves to a folder (modules/complaints/scannerFolder) puts the scan there.
    const QString folder = m_context.settings()
        ? m_context.settings()->value(u"scannerFolder"_s).toString()
        : QString();
    QFileDialog dialog(this, tr("Read the QR from an image"), folder, ReceiptQrImage::fileFilter());
    dialog.setObjectName(u"counterQrImageDialog"_s);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

void ComplaintPanel::lookUpFromImage(const QString &path)
{
    const ReceiptQrImage::Result read = ReceiptQrImage::read(path);
    m_imageProblemKind = int(read.problem);
    retranslateUi();
    if (!read.number)
        return; // the number typed and the complaint shown stay
    m_lookUpNumber->setText(read.number->text());
    m_statusView->lookUp(read.number->text());
}

void ComplaintPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ComplaintPanel::retranslateUi()
{
    const Language language = m_context.language();
    m_tabs->setTabText(0, tr("New complaint"));
    m_tabs->setTabText(1, tr("Look up"));
    m_tabs->setTabText(2, tr("This branch's complaints"));
    if (!m_lastFiled.trackingNumber.isEmpty()) {
        m_filed->setText(
            tr("Filed as %1 on %2, due by %3. The receipt goes to the receipt printer.")
                .arg(m_lastFiled.trackingNumber, complaintDay(m_lastFiled.filedAtMs, language),
                    complaintDay(m_lastFiled.dueAtMs, language)));
        m_filed->show();
    }
    m_lookUpHint->setText(tr("Type the tracking number or scan the receipt's QR code."));
    m_lookUpButton->setText(tr("Look up"));
    m_fromImageButton->setText(tr("Read the QR from an image…"));
    const auto imageProblem = ReceiptQrImage::Problem(m_imageProblemKind);
    m_imageProblem->setText(u"⚠ "_s + ReceiptQrImage::problemText(imageProblem));
    m_imageProblem->setVisible(imageProblem != ReceiptQrImage::Problem::None);
    m_refresh->setText(tr("Refresh"));
    m_model->setLanguage(language);
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (!m_model->index(row, ComplaintListModel::Overdue).data().toString().isEmpty())
            ++overdue;
    const QString counts = tr("%n complaint(s)", nullptr, m_model->rowCount())
        + (overdue ? u", "_s + tr("%n overdue", nullptr, overdue) : QString());
    m_listStatus->setText(m_listProblem.isEmpty() ? counts : u"⚠ "_s + m_listProblem);
}

} // namespace saduak::complaints
