#include "attachmentarea.h"

#include "complaintreceipt.h"
#include "complaintstyle.h"
#include "scannerfolder.h"

#include <attachmentrule.h>

#include <domain/bangkoktime.h>
#include <sdk/modulecontext.h>

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

namespace {

TranslatableText areaText(const char *source)
{
    return TranslatableText("saduak::complaints::AttachmentArea", source);
}

} // namespace

AttachmentArea::AttachmentArea(ModuleContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"attachmentArea"_s);
    setStyleSheet(complaintErrorStyle());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_model = new AttachmentListModel(this);
    m_model->setLanguage(context.language());
    m_view = new QTableView(this);
    m_view->setObjectName(u"attachmentList"_s);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFocusPolicy(Qt::NoFocus); // the remove buttons take the focus, one a row
    m_view->verticalHeader()->hide();
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(
        AttachmentListModel::Name, QHeaderView::Stretch);
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_view);
    m_none = new QLabel(this);
    m_none->setObjectName(u"attachmentNone"_s);
    layout->addWidget(m_none);

    auto *buttons = new QHBoxLayout;
    m_attachFile = new QPushButton(this);
    m_attachFile->setObjectName(u"attachFileButton"_s);
    m_attachFile->setAutoDefault(false);
    buttons->addWidget(m_attachFile);
    m_fromScanner = new QPushButton(this);
    m_fromScanner->setObjectName(u"attachFromScannerButton"_s);
    m_fromScanner->setAutoDefault(false);
    buttons->addWidget(m_fromScanner);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"attachmentHint"_s);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"attachmentProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setProperty("complaintRole", u"error"_s);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"attachmentProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->hide();
    layout->addWidget(m_progress);

    connect(m_attachFile, &QPushButton::clicked, this, &AttachmentArea::chooseFile);
    connect(m_fromScanner, &QPushButton::clicked, this, &AttachmentArea::chooseScan);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AttachmentArea::rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AttachmentArea::rowsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttachmentArea::rowsChanged);
    connect(&m_context, &ModuleContext::languageChanged, this, &AttachmentArea::retranslateUi);
    rowsChanged();
    retranslateUi();
}

bool AttachmentArea::attachFile(const QString &path)
{
    if (m_sending)
        return false;
    m_lastFolder = QFileInfo(path).absolutePath();
    TranslatableText problem;
    const std::optional<PendingAttachment> file = PendingAttachment::read(path, &problem);
    if (!file) {
        showProblem(problem);
        return false;
    }
    switch (m_model->add(*file)) {
    case AttachmentListModel::Added::TooMany:
        showProblem(
            areaText(QT_TRANSLATE_NOOP("saduak::complaints::AttachmentArea",
                         "A complaint can carry at most %1 files. Remove one to attach another."))
                .arg(AttachmentRule::maxPerComplaint));
        return false;
    case AttachmentListModel::Added::AlreadyListed: // the same scan picked twice: listed once
    case AttachmentListModel::Added::Listed:
        showProblem({});
        return true;
    }
    return true;
}

void AttachmentArea::clear()
{
    m_model->clear();
    showProblem({});
    m_progress->hide();
}

void AttachmentArea::setSending(bool sending)
{
    m_sending = sending;
    m_attachFile->setEnabled(!sending);
    m_fromScanner->setEnabled(!sending);
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (QWidget *remove = m_view->indexWidget(m_model->index(row, AttachmentListModel::Remove)))
            remove->setEnabled(!sending);
    if (sending) {
        showProblem({});
        showProgress(m_progress->value() > 0 ? m_progress->value() : 0);
    } else {
        m_progress->hide();
    }
}

void AttachmentArea::showProgress(int percent)
{
    m_progress->setValue(percent);
    m_progress->setVisible(m_sending);
}

void AttachmentArea::chooseFile()
{
    // The one place the file dialog is opened (tests pick the file in it, as a person does).
    const QString folder = !m_lastFolder.isEmpty() ? m_lastFolder : QDir::homePath();
    QFileDialog dialog(this, tr("Attach a file"), folder,
        tr("Photos and PDF documents (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)"));
    dialog.setObjectName(u"attachmentFileDialog"_s);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    attachFile(dialog.selectedFiles().constFirst());
}

void AttachmentArea::chooseScan()
{
    const QString folder = m_context.settings()
        ? m_context.settings()->value(u"scannerFolder"_s).toString()
        : QString();
    if (folder.isEmpty()) {
        showProblem(areaText(QT_TRANSLATE_NOOP("saduak::complaints::AttachmentArea",
            "No scanner folder is set for this computer (setting "
            "modules/complaints/scannerFolder). Use Attach a file… instead.")));
        return;
    }
    QString why;
    const QList<ScannerFolder::Scan> scans
        = ScannerFolder::newest(folder, ScannerFolder::shownScans, &why);
    if (!why.isEmpty()) {
        showProblem(
            areaText(QT_TRANSLATE_NOOP("saduak::complaints::AttachmentArea",
                         "The scanner folder %1 cannot be read. Check that the scanner's share is "
                         "connected, or use Attach a file… instead."))
                .arg(QDir::toNativeSeparators(folder)));
        return;
    }

    QDialog dialog(this);
    dialog.setObjectName(u"scannerDialog"_s);
    dialog.setWindowTitle(tr("From the scanner"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(scans.isEmpty()
            ? tr("There are no scans in the scanner's folder yet. Scan the document, then try "
                 "again.")
            : tr("The newest scans first. Choose the one to attach."),
        &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *list = new QTreeWidget(&dialog);
    list->setObjectName(u"scannerList"_s);
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Scanned"), tr("File"), tr("Size")});
    const Language language = m_context.language();
    for (const ScannerFolder::Scan &scan : scans) {
        const qint64 ms = scan.modified.toMSecsSinceEpoch();
        const QString when = BangkokTime::fromUtcMs(ms).time().toString(u"HH:mm"_s) + u"  "_s
            + complaintDay(ms, language);
        auto *item = new QTreeWidgetItem(
            list, {when, scan.name, AttachmentListModel::sizeText(scan.size, language)});
        item->setData(0, Qt::UserRole, scan.path);
    }
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (list->topLevelItemCount() > 0)
        list->setCurrentItem(list->topLevelItem(0));
    layout->addWidget(list, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    box->button(QDialogButtonBox::Ok)->setText(tr("Attach"));
    box->button(QDialogButtonBox::Ok)->setEnabled(!scans.isEmpty());
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(list, &QTreeWidget::itemActivated, &dialog, &QDialog::accept);
    dialog.resize(560, 420);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return;
    attachFile(list->currentItem()->data(0, Qt::UserRole).toString());
}

void AttachmentArea::showProblem(const TranslatableText &problem)
{
    m_problemText = problem;
    m_problem->setText(problem.isEmpty() ? QString() : u"⚠ "_s + problem.toString());
    m_problem->setVisible(!problem.isEmpty());
}

void AttachmentArea::rowsChanged()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, AttachmentListModel::Remove);
        if (m_view->indexWidget(index))
            continue;
        auto *remove = new QPushButton(tr("Remove"));
        remove->setObjectName(u"removeAttachmentButton"_s);
        remove->setAutoDefault(false);
        remove->setEnabled(!m_sending);
        const QString sha256 = m_model->files().at(row).sha256;
        connect(remove, &QPushButton::clicked, this, [this, sha256] {
            const QList<PendingAttachment> &listed = m_model->files();
            for (int r = 0; r < listed.size(); ++r)
                if (listed.at(r).sha256 == sha256) {
                    m_model->removeAt(r);
                    break;
                }
            showProblem({});
        });
        m_view->setIndexWidget(index, remove);
    }
    const int rows = m_model->rowCount();
    m_view->setVisible(rows > 0);
    m_none->setVisible(rows == 0);
    // As tall as its rows: the list never scrolls inside the form (at most maxPerComplaint).
    m_view->resizeRowsToContents();
    int height = m_view->horizontalHeader()->sizeHint().height() + 2 * m_view->frameWidth();
    for (int row = 0; row < rows; ++row)
        height += m_view->rowHeight(row);
    m_view->setFixedHeight(height);
}

void AttachmentArea::retranslateUi()
{
    m_model->setLanguage(m_context.language());
    m_none->setText(tr("No files attached."));
    m_attachFile->setText(tr("Attach a file…"));
    m_fromScanner->setText(tr("From the scanner…"));
    m_hint->setText(tr("Photos (JPEG or PNG) and PDF documents, up to 5 MB each, at most %1 files.")
                        .arg(AttachmentRule::maxPerComplaint));
    //: %p is the percentage Qt fills in
    m_progress->setFormat(tr("Sending attachments… %p%"));
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (auto *remove = qobject_cast<QPushButton *>(
                m_view->indexWidget(m_model->index(row, AttachmentListModel::Remove))))
            remove->setText(tr("Remove"));
    showProblem(m_problemText);
}

void AttachmentArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace saduak::complaints
