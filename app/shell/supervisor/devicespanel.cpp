#include "devicespanel.h"

#include "devicelistmodel.h"
#include "supervisortable.h"

#include <shell/syncstatus.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak {

DevicesPanel::DevicesPanel(QueueLink &queue, QWidget *parent) : QWidget(parent), m_queue(queue)
{
    setObjectName(u"devicesPanel"_s);
    m_model = new DeviceListModel(this);

    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString &name) {
        auto *b = new QPushButton(this);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    m_refresh = button(u"refreshDevicesButton"_s);
    m_rename = button(u"renameDeviceButton"_s);
    m_rebind = button(u"rebindDeviceButton"_s);
    m_revoke = button(u"revokeDeviceButton"_s);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_view = supervisorTable(m_model, u"devicesView"_s, DeviceListModel::NameColumn,
        QAbstractItemView::SingleSelection, this);
    layout->addWidget(m_view, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"devicesMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &DevicesPanel::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &DevicesPanel::refresh);
    connect(m_rename, &QPushButton::clicked, this, &DevicesPanel::renameSelected);
    connect(m_rebind, &QPushButton::clicked, this, &DevicesPanel::rebindSelected);
    connect(m_revoke, &QPushButton::clicked, this, &DevicesPanel::revokeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DevicesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DevicesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DevicesPanel::updateActions);
    // A supervisor who logs in (again) finds the list of now, not the refusal of before.
    connect(&m_queue, &QueueLink::staffChanged, this, [this] {
        if (isVisible() && m_queue.staff())
            refresh();
    });

    retranslateUi(m_language);
    updateActions();
}

DevicesPanel::~DevicesPanel() = default;

void DevicesPanel::setRefreshInterval(int ms)
{
    m_timer->setInterval(ms);
}

void DevicesPanel::retranslateUi(Language language)
{
    m_language = language;
    m_title->setText(tr("Every device paired with this branch's hub. Pair a new one on the hub "
                        "machine (saduak-hub pair-device)."));
    m_refresh->setText(tr("Refresh"));
    m_rename->setText(tr("Rename…"));
    m_rebind->setText(tr("Re-bind counter…"));
    m_revoke->setText(tr("Revoke…"));
    m_model->setLanguage(language);
    showMessage();
}

void DevicesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void DevicesPanel::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

void DevicesPanel::refresh()
{
    if (m_listing)
        return;
    m_listing = true;
    QPointer<DevicesPanel> self(this);
    m_queue.command(u"devices"_s, {}, [self](const QJsonObject &reply) {
        if (!self)
            return;
        self->m_listing = false;
        const QueueReply answer = QueueReply::fromJson(reply);
        if (answer.ok) {
            const QString selected
                = self->selectedDevice() ? self->selectedDevice()->id : QString();
            QList<PairedDeviceRow> rows;
            for (const QJsonValue &d : reply.value(u"devices"_s).toArray())
                rows.append(PairedDeviceRow::fromJson(d.toObject()));
            self->m_model->setDevices(rows);
            if (!selected.isEmpty())
                self->selectDevice(selected);
            // The list's own refusal is over once a list comes; a change's stays until the next.
            if (self->m_refusal && self->m_listRefused)
                self->m_refusal.reset();
        } else {
            self->m_refusal = answer;
            self->m_listRefused = true;
            self->m_done = Done::Nothing;
        }
        self->showMessage();
        Q_EMIT self->refreshed();
    });
}

std::optional<PairedDeviceRow> DevicesPanel::selectedDevice() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->devices().size())
        return std::nullopt;
    return m_model->devices().at(rows.first().row());
}

bool DevicesPanel::selectDevice(const QString &deviceId)
{
    const int row = m_model->rowOf(deviceId);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

void DevicesPanel::updateActions()
{
    const std::optional<PairedDeviceRow> d = selectedDevice();
    const bool live = d && d->revokedAtMs == 0;
    m_rename->setEnabled(live);
    m_rebind->setEnabled(live && d->role == DeviceRole::Counter); // only a counter PC has one
    m_revoke->setEnabled(live);
}

void DevicesPanel::renameSelected()
{
    const std::optional<PairedDeviceRow> d = selectedDevice();
    if (!d)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"renameDeviceDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename device"));
    dialog->setLabelText(tr("New name for %1 (%2):").arg(d->name, DeviceListModel::roleText(*d)));
    dialog->setTextValue(d->name);
    const QString id = d->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &name) {
        // As typed: the hub trims it and says why a blank one will not do.
        send(u"renameDevice"_s, {{u"device"_s, id}, {u"name"_s, name}});
    });
    dialog->open();
}

void DevicesPanel::rebindSelected()
{
    const std::optional<PairedDeviceRow> d = selectedDevice();
    if (!d || d->role != DeviceRole::Counter)
        return;
    // The branch's counters as the hub has them now (another supervisor may have changed them):
    // the list offers only those, so a PC is never bound to a counter the branch does not have.
    QPointer<DevicesPanel> self(this);
    m_queue.requestCatalog([self, d = *d](const QList<Service> &, const QList<Counter> &counters) {
        if (self)
            self->chooseCounterFor(d, counters);
    });
}

void DevicesPanel::chooseCounterFor(const PairedDeviceRow &d, const QList<Counter> &counters)
{
    if (counters.isEmpty()) { // the hub refused or could not read its catalog
        m_refusal = QueueReply {};
        m_refusal->message = tr("The branch's counters could not be read. Please try again.");
        showMessage();
        return;
    }
    QStringList items;
    QList<int> numbers;
    int current = 0;
    for (const Counter &c : counters) {
        const QString name = c.name(m_language);
        items << (name.isEmpty() ? QString::number(c.number)
                                 : u"%1 · %2"_s.arg(c.number).arg(name));
        numbers << c.number;
        if (c.number == d.counter)
            current = int(numbers.size()) - 1;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"rebindDeviceDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Re-bind counter"));
    dialog->setLabelText(tr("%1 works at counter %2. Counter it moves to (it reconnects, and the "
                            "person logged in there stays):")
                             .arg(d.name)
                             .arg(d.counter));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setComboBoxItems(items);
    dialog->setComboBoxEditable(false);
    dialog->setTextValue(items.at(current));
    const QString id = d.id;
    connect(dialog, &QInputDialog::textValueSelected, this,
        [this, id, items, numbers](const QString &chosen) {
            const qsizetype at = items.indexOf(chosen);
            if (at >= 0)
                send(u"rebindDevice"_s, {{u"device"_s, id}, {u"counter"_s, numbers.at(at)}});
        });
    dialog->open();
}

void DevicesPanel::revokeSelected()
{
    const std::optional<PairedDeviceRow> d = selectedDevice();
    if (!d)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Revoke device"),
        tr("Revoke %1 (%2)? It is cut off from the hub at once and cannot connect again until it "
           "is paired anew on the hub machine.")
            .arg(d->name, DeviceListModel::roleText(*d)),
        QMessageBox::NoButton, this);
    box->setObjectName(u"revokeDeviceDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    yes->setObjectName(u"confirmRevokeButton"_s);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    const QString id = d->id;
    connect(yes, &QPushButton::clicked, this, [this, id] {
        send(u"revokeDevice"_s, {{u"device"_s, id}});
    });
    box->open();
}

void DevicesPanel::send(const QString &type, const QJsonObject &params)
{
    QPointer<DevicesPanel> self(this);
    m_queue.command(type, params, [self, type](const QJsonObject &reply) {
        if (!self)
            return;
        const QueueReply answer = QueueReply::fromJson(reply);
        if (answer.ok) {
            const PairedDeviceRow device
                = PairedDeviceRow::fromJson(reply.value(u"device"_s).toObject());
            self->m_model->updateDevice(device);
            self->selectDevice(device.id);
            self->showReply(
                answer, type == u"revokeDevice"_s ? Done::Revoked : Done::Changed, device.name);
            self->refresh(); // the connection column follows within a second
        } else {
            self->showReply(answer, Done::Nothing, {});
        }
        Q_EMIT self->changeAnswered(answer.ok);
    });
}

void DevicesPanel::showReply(const QueueReply &reply, Done done, const QString &deviceName)
{
    if (reply.ok)
        m_refusal.reset();
    else
        m_refusal = reply;
    m_listRefused = false;
    m_done = done;
    m_doneDevice = deviceName;
    showMessage();
}

void DevicesPanel::showMessage()
{
    // The refusal in the screen's language now (shownMessage, again after a switch).
    QString text;
    if (m_refusal)
        text = m_refusal->shownMessage();
    else if (m_done == Done::Revoked)
        text = tr("%1 is revoked: it is cut off from the hub.").arg(m_doneDevice);
    else if (m_done == Done::Changed)
        text = tr("%1 is changed.").arg(m_doneDevice);
    m_message->setText(text);
    m_message->setStyleSheet(m_refusal ? SyncStatus::warningStyle() : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace saduak
