#include "deadletterspanel.h"

#include "deadlettermodel.h"
#include "supervisortable.h"

#include <domain/bangkoktime.h>
#include <shell/syncstatus.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// What the hub sends at most (DeadLetterCommands::kMaxListed, app/hub; the protocol's word).
constexpr int kMaxListed = 500;

} // namespace

DeadLettersPanel::DeadLettersPanel(QueueLink &queue, QWidget *parent)
    : QWidget(parent), m_queue(queue)
{
    setObjectName(u"deadLettersPanel"_s);
    m_model = new DeadLetterModel(this);

    auto *layout = new QVBoxLayout(this);
    m_sync = new QLabel(this);
    m_sync->setObjectName(u"deadLettersSync"_s);
    m_sync->setStyleSheet(u"font-size: 12pt;"_s);
    m_sync->setWordWrap(true);
    layout->addWidget(m_sync);
    m_syncError = new QLabel(this);
    m_syncError->setObjectName(u"deadLettersSyncError"_s);
    m_syncError->setWordWrap(true);
    m_syncError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_syncError);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);

    auto *buttons = new QHBoxLayout;
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"refreshDeadLettersButton"_s);
    buttons->addWidget(m_refresh);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(u"copyDeadLettersButton"_s);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    // Several rows may be picked to copy them for support.
    m_view = supervisorTable(m_model, u"deadLettersView"_s, DeadLetterModel::ReasonColumn,
        QAbstractItemView::ExtendedSelection, this);
    auto *copy = new QAction(m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &DeadLettersPanel::copySelected);
    m_view->addAction(copy);
    layout->addWidget(m_view, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"deadLettersMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_refresh, &QPushButton::clicked, this, &DeadLettersPanel::refresh);
    connect(m_copy, &QPushButton::clicked, this, &DeadLettersPanel::copySelected);
    connect(&m_queue, &QueueLink::syncStateChanged, this, [this] {
        showSync();
        // A row refused (or the count known at last): the list is behind.
        const int count = m_queue.syncState() ? m_queue.syncState()->deadLetters : 0;
        if (isVisible() && count != m_lastCount)
            refresh();
    });
    connect(&m_queue, &QueueLink::staffChanged, this, [this] {
        if (isVisible() && m_queue.staff())
            refresh();
    });

    retranslateUi(m_language);
}

DeadLettersPanel::~DeadLettersPanel() = default;

void DeadLettersPanel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    showSync();
}

void DeadLettersPanel::retranslateUi(Language language)
{
    m_language = language;
    m_explanation->setText(
        tr("Rows central refused for good. They stay in the hub and are not sent again; the rows "
           "after them go on as usual. Copy the selected rows for support: what and why, never "
           "the content."));
    m_refresh->setText(tr("Refresh"));
    m_copy->setText(tr("Copy"));
    m_model->setLanguage(language);
    showSync();
    showMessage();
}

void DeadLettersPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    showSync();
    refresh();
}

void DeadLettersPanel::showSync()
{
    const std::optional<SyncState> &state = m_queue.syncState();
    if (!state) {
        m_sync->setText(tr("This branch's hub does not send to central (none is configured)."));
        m_sync->setStyleSheet(QString());
        m_syncError->hide();
        return;
    }
    const qint64 now = m_clock ? m_clock() : BangkokTime::nowUtcMs();
    QString text = SyncStatus::text(*state, m_language, now);
    if (state->deadLetters == 0)
        text += tr(" · none refused by central");
    m_sync->setText(text);
    m_sync->setStyleSheet(SyncStatus::isWarning(*state) ? SyncStatus::warningStyle() : QString());
    const QString error = SyncStatus::toolTip(*state);
    m_syncError->setText(tr("Last error: %1").arg(error));
    m_syncError->setVisible(!error.isEmpty());
}

void DeadLettersPanel::refresh()
{
    if (m_listing)
        return;
    m_listing = true;
    m_lastCount = m_queue.syncState() ? m_queue.syncState()->deadLetters : 0;
    QPointer<DeadLettersPanel> self(this);
    m_queue.command(u"deadLetters"_s, {}, [self](const QJsonObject &reply) {
        if (!self)
            return;
        self->m_listing = false;
        const QueueReply answer = QueueReply::fromJson(reply);
        if (answer.ok) {
            self->m_refusal.reset();
            QList<DeadLetterRow> rows;
            for (const QJsonValue &d : reply.value(u"deadLetters"_s).toArray())
                rows.append(DeadLetterRow::fromJson(d.toObject()));
            self->m_model->setLetters(rows);
        } else {
            self->m_refusal = answer;
        }
        self->showMessage();
        Q_EMIT self->refreshed();
    });
}

void DeadLettersPanel::showMessage()
{
    QString text;
    if (m_refusal) {
        text = m_refusal->shownMessage();
    } else {
        const int listed = int(m_model->letters().size());
        const int known = m_queue.syncState() ? m_queue.syncState()->deadLetters : 0;
        if (listed >= kMaxListed && known > listed)
            text = tr("The latest %1 of %2 are listed.").arg(listed).arg(known);
    }
    m_message->setText(text);
    m_message->setStyleSheet(m_refusal ? SyncStatus::warningStyle() : QString());
    m_message->setVisible(!text.isEmpty());
    m_copy->setEnabled(!m_model->letters().isEmpty());
}

QString DeadLettersPanel::selectedText() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        for (int r = 0; r < m_model->rowCount(); ++r)
            rows.append(r);
    std::sort(rows.begin(), rows.end());
    return m_model->asText(rows);
}

void DeadLettersPanel::copySelected()
{
    if (m_model->letters().isEmpty())
        return;
    QApplication::clipboard()->setText(selectedText());
}

} // namespace saduak
