#include "servicespanel.h"

#include "counterservicesdialog.h"
#include "holidaydialog.h"
#include "moveticketdialog.h"
#include "servicehoursdialog.h"
#include "servicelistmodel.h"
#include "supervisortable.h"

#include <domain/buddhistdate.h>
#include <queuemodel/queueevent.h>
#include <queuemodel/queuejson.h>
#include <shell/syncstatus.h>

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QDate bangkokToday()
{
    return QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Bangkok")).date();
}

} // namespace

ServicesPanel::ServicesPanel(QueueLink &queue, QWidget *parent) : QWidget(parent), m_queue(queue)
{
    setObjectName(u"servicesPanel"_s);
    m_model = new ServiceListModel(this);

    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_adminOnly = new QLabel(this);
    m_adminOnly->setObjectName(u"adminOnlyLine"_s);
    m_adminOnly->setWordWrap(true);
    m_adminOnly->setStyleSheet(u"font-style: italic;"_s);
    layout->addWidget(m_adminOnly);
    m_openAllDayLine = new QLabel(this);
    m_openAllDayLine->setObjectName(u"openAllDayLine"_s);
    m_openAllDayLine->setWordWrap(true);
    m_openAllDayLine->setStyleSheet(u"font-style: italic;"_s);
    m_openAllDayLine->hide();
    layout->addWidget(m_openAllDayLine);

    const auto button = [this](QHBoxLayout *row, const QString &name) {
        auto *b = new QPushButton(this);
        b->setObjectName(name);
        row->addWidget(b);
        return b;
    };
    auto *buttons = new QHBoxLayout;
    m_refresh = button(buttons, u"refreshServicesButton"_s);
    m_edit = button(buttons, u"editServiceButton"_s);
    m_counterServices = button(buttons, u"counterServicesButton"_s);
    m_move = button(buttons, u"moveTicketButton"_s);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_view = supervisorTable(m_model, u"servicesView"_s, ServiceListModel::WeekColumn,
        QAbstractItemView::SingleSelection, this);
    layout->addWidget(m_view, 2);

    m_holidaysTitle = new QLabel(this);
    m_holidaysTitle->setStyleSheet(u"font-weight: bold;"_s);
    layout->addWidget(m_holidaysTitle);
    auto *holidayRow = new QHBoxLayout;
    m_holidaysView = new QTableWidget(0, 2, this);
    m_holidaysView->setObjectName(u"holidaysView"_s);
    m_holidaysView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_holidaysView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_holidaysView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holidaysView->verticalHeader()->setVisible(false);
    m_holidaysView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_holidaysView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    holidayRow->addWidget(m_holidaysView, 1);
    auto *holidayButtons = new QVBoxLayout;
    m_addHoliday = new QPushButton(this);
    m_addHoliday->setObjectName(u"addHolidayButton"_s);
    holidayButtons->addWidget(m_addHoliday);
    m_removeHoliday = new QPushButton(this);
    m_removeHoliday->setObjectName(u"removeHolidayButton"_s);
    holidayButtons->addWidget(m_removeHoliday);
    holidayButtons->addStretch(1);
    holidayRow->addLayout(holidayButtons);
    layout->addLayout(holidayRow, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"servicesMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    // "Now" moves on by itself: a service opens and closes without any event.
    m_minute = new QTimer(this);
    m_minute->setInterval(60'000);
    connect(m_minute, &QTimer::timeout, this,
        [this] { m_model->setNow(QDateTime::currentMSecsSinceEpoch()); });
    m_minute->start();

    connect(m_refresh, &QPushButton::clicked, this, &ServicesPanel::refresh);
    connect(m_edit, &QPushButton::clicked, this, &ServicesPanel::editSelected);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editSelected();
    });
    connect(m_counterServices, &QPushButton::clicked, this, &ServicesPanel::editCounterServices);
    connect(m_move, &QPushButton::clicked, this, &ServicesPanel::moveWaitingTicket);
    connect(m_addHoliday, &QPushButton::clicked, this, &ServicesPanel::addHoliday);
    connect(m_removeHoliday, &QPushButton::clicked, this, &ServicesPanel::removeSelectedHoliday);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ServicesPanel::updateActions);
    connect(
        m_holidaysView, &QTableWidget::itemSelectionChanged, this, &ServicesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ServicesPanel::updateActions);
    connect(&m_queue, &QueueLink::snapshotChanged, this, &ServicesPanel::updateActions);
    // Another supervisor's change, or this one's: the hub says so to every screen.
    connect(&m_queue, &QueueLink::queueEvent, this, [this](const QueueEvent &event, bool) {
        if (event.type == QueueEvent::CatalogChanged)
            refresh();
    });
    connect(&m_queue, &QueueLink::staffChanged, this, [this] {
        updateActions();
        if (m_queue.staff())
            refresh();
    });
    connect(&m_queue, &QueueLink::stateChanged, this, [this](QueueLink::State state) {
        updateActions();
        if (state == QueueLink::State::Online)
            refresh(); // a change may have been made while the link was down
    });

    retranslateUi(m_language);
    updateActions();
}

ServicesPanel::~ServicesPanel() = default;

void ServicesPanel::retranslateUi(Language language)
{
    m_language = language;
    m_title->setText(tr("The branch's services: the wait each aims at, when the kiosk issues its "
                        "tickets, and the days the branch is closed."));
    m_adminOnly->setText(tr("Only an administrator may change targets, hours and holidays; you "
                            "may set counters' services and move waiting tickets."));
    m_openAllDayLine->setText(
        tr("This hub takes tickets at any hour (queue/openAllDay in its settings): the hours "
           "and holidays shown are not the ones kept, so they cannot be changed here. Remove the "
           "setting and start the hub again to manage them."));
    m_refresh->setText(tr("Refresh"));
    m_edit->setText(tr("Edit target and hours…"));
    m_counterServices->setText(tr("Counter services…"));
    m_move->setText(tr("Move a waiting ticket…"));
    m_holidaysTitle->setText(tr("Holidays (no kiosk tickets for any service)"));
    m_holidaysView->setHorizontalHeaderLabels({tr("Date"), tr("Holiday")});
    m_addHoliday->setText(tr("Add…"));
    m_removeHoliday->setText(tr("Remove"));
    m_model->setLanguage(language);
    showHolidays();
    showMessage();
}

void ServicesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ServicesPanel::refresh()
{
    // One request at a time; a change that comes meanwhile reads once more after it.
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    QPointer<ServicesPanel> self(this);
    m_queue.readBranchCatalog([self](const std::optional<BranchCatalog> &catalog) {
        if (!self)
            return;
        self->m_reading = false;
        const std::optional<Service> selected = self->selectedService();
        const std::optional<QDate> holiday = self->selectedHoliday();
        // A refused or failed catalog has no services: keep what is shown rather than blank it.
        if (catalog && !catalog->services.isEmpty()) {
            self->m_model->setNow(QDateTime::currentMSecsSinceEpoch());
            self->m_model->setCatalog(catalog->services, catalog->holidays);
            self->m_counters = catalog->counters;
            self->m_openAllDay = catalog->openAllDay;
            self->m_openAllDayLine->setVisible(catalog->openAllDay);
            self->showHolidays();
            if (selected)
                self->selectService(selected->code);
            if (holiday)
                self->selectHoliday(*holiday);
        }
        self->updateActions();
        Q_EMIT self->refreshed();
        if (std::exchange(self->m_readAgain, false))
            self->refresh();
    });
}

bool ServicesPanel::selectService(const QString &code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

std::optional<Service> ServicesPanel::selectedService() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->services().size())
        return std::nullopt;
    return m_model->services().at(rows.first().row());
}

bool ServicesPanel::selectHoliday(const QDate &date)
{
    for (int row = 0; row < m_holidaysView->rowCount(); ++row)
        if (m_holidaysView->item(row, 0)->data(Qt::UserRole).toDate() == date) {
            m_holidaysView->selectRow(row);
            return true;
        }
    return false;
}

std::optional<QDate> ServicesPanel::selectedHoliday() const
{
    const QList<QTableWidgetItem *> items = m_holidaysView->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    return m_holidaysView->item(items.first()->row(), 0)->data(Qt::UserRole).toDate();
}

void ServicesPanel::showHolidays()
{
    // A short list the hub sends whole (the admin's year of holidays): shown anew each time.
    QList<Holiday> holidays = m_model->holidays();
    std::sort(holidays.begin(), holidays.end(),
        [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    const std::optional<QDate> selected = selectedHoliday();
    const QLocale locale(m_language == Language::Thai ? QLocale::Thai : QLocale::English);
    m_holidaysView->setRowCount(int(holidays.size()));
    for (int row = 0; row < holidays.size(); ++row) {
        const Holiday &h = holidays.at(row);
        auto *date = new QTableWidgetItem(locale.dayName(h.date.dayOfWeek(), QLocale::ShortFormat)
            + u' ' + BuddhistDate::format(h.date, m_language, BuddhistDate::Style::Long));
        date->setData(Qt::UserRole, h.date);
        m_holidaysView->setItem(row, 0, date);
        m_holidaysView->setItem(row, 1, new QTableWidgetItem(h.name));
    }
    if (selected)
        selectHoliday(*selected);
}

QString ServicesPanel::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ServicesPanel::updateActions()
{
    // The management commands need a supervisor's PC and, for the catalog's own, an administrator
    // logged in there (docs/hub-protocol.md "Managing the branch"): the person's role decides
    // here what is offered; the hub checks again.
    const std::optional<StaffIdentity> &staff = m_queue.staff();
    const bool supervisorPc = m_queue.role() == DeviceRole::Supervisor;
    const bool admin = supervisorPc && staff && staffRoleCovers(staff->role, StaffRole::Admin);
    const bool supervisor
        = supervisorPc && staff && staffRoleCovers(staff->role, StaffRole::Supervisor);
    m_adminOnly->setVisible(!admin && supervisor);
    // Under openAllDay the catalog shows every service open all day: an edit would save that.
    const bool editable = admin && !m_openAllDay;
    m_edit->setEnabled(editable && selectedService().has_value());
    m_addHoliday->setEnabled(editable && !m_model->services().isEmpty());
    m_removeHoliday->setEnabled(editable && selectedHoliday().has_value());
    m_counterServices->setEnabled(supervisor && !m_counters.isEmpty());
    bool anyWaiting = false;
    if (const std::optional<QueueSnapshot> &s = m_queue.snapshot())
        for (const QueueSnapshot::ServiceQueue &q : s->queues)
            anyWaiting = anyWaiting || !q.waiting.isEmpty();
    m_move->setEnabled(supervisor && anyWaiting && !m_model->services().isEmpty());
}

void ServicesPanel::editSelected()
{
    const std::optional<Service> service = selectedService();
    if (!service)
        return;
    auto *dialog = new ServiceHoursDialog(*service, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, service = *service] {
        const int target = dialog->targetWaitMinutes();
        const std::optional<WeekHours> week = dialog->week();
        const QString code = service.code;
        const QString name = service.name(m_language);
        const auto sendHours = [this, week, code, name, service] {
            if (!week || *week == service.hours) {
                m_done = [name] { return tr("%1 is changed.").arg(name); };
                m_refusal.reset();
                showMessage();
                Q_EMIT changeAnswered(true);
                return;
            }
            send(u"setServiceHours"_s, {{u"service"_s, code}, {u"week"_s, week->toJson()}},
                [name] { return tr("%1 is changed.").arg(name); });
        };
        if (target != service.targetWaitMinutes)
            send(
                u"setServiceTarget"_s, {{u"service"_s, code}, {u"targetWaitMinutes"_s, target}},
                [name] { return tr("%1 is changed.").arg(name); }, sendHours);
        else
            sendHours();
    });
    dialog->open();
}

void ServicesPanel::addHoliday()
{
    // Suggest the first day after today that is not listed yet.
    QDate suggested = bangkokToday().addDays(1);
    while (holidayOn(m_model->holidays(), suggested))
        suggested = suggested.addDays(1);
    auto *dialog = new HolidayDialog(m_model->holidays(), suggested, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Holiday added = dialog->holiday();
        QList<Holiday> holidays = m_model->holidays();
        holidays.append(added);
        const Language language = m_language;
        sendHolidays(holidays, [added, language] {
            return tr("%1 is a holiday now: %2.")
                .arg(BuddhistDate::format(added.date, language, BuddhistDate::Style::Long),
                    added.name);
        });
    });
    dialog->open();
}

void ServicesPanel::removeSelectedHoliday()
{
    const std::optional<QDate> date = selectedHoliday();
    if (!date)
        return;
    QList<Holiday> holidays = m_model->holidays();
    holidays.removeIf([&](const Holiday &h) { return h.date == *date; });
    const Language language = m_language;
    sendHolidays(holidays, [date = *date, language] {
        return tr("%1 is no longer a holiday.")
            .arg(BuddhistDate::format(date, language, BuddhistDate::Style::Long));
    });
}

void ServicesPanel::sendHolidays(const QList<Holiday> &holidays, Words done)
{
    QList<Holiday> sorted = holidays;
    std::sort(sorted.begin(), sorted.end(),
        [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    QJsonArray list;
    for (const Holiday &h : sorted)
        list.append(QJsonObject {{u"date"_s, h.date.toString(Qt::ISODate)}, {u"name"_s, h.name}});
    send(u"setHolidays"_s, {{u"holidays"_s, list}}, std::move(done));
}

void ServicesPanel::editCounterServices()
{
    // The catalog says what each counter may serve; the snapshot its call order now.
    QList<Counter> counters = m_counters;
    if (const std::optional<QueueSnapshot> &s = m_queue.snapshot())
        for (Counter &c : counters)
            for (const QueueSnapshot::CounterStatus &status : s->counters)
                if (status.counter.number == c.number)
                    c.profile = status.counter.profile;
    auto *dialog = new CounterServicesDialog(counters, m_model->services(),
        counters.isEmpty() ? 0 : counters.first().number, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, counters] {
        const int number = dialog->counter();
        QString name;
        for (const Counter &c : counters)
            if (c.number == number)
                name = c.name(m_language);
        const bool profileChanged = dialog->profileChanged();
        const CallProfile profile = dialog->profile();
        const Words done = [name] { return tr("%1 is changed.").arg(name); };
        QJsonArray services;
        for (const QString &code : dialog->services())
            services.append(code);
        send(
            u"setCounterServices"_s, {{u"counter"_s, number}, {u"services"_s, services}}, done,
            !profileChanged ? std::function<void()>() : [this, number, profile, done] {
                send(u"setCallProfile"_s,
                    {{u"counter"_s, number}, {u"mode"_s, QueueJson::toString(profile.mode)},
                        {u"normalCallsPerPriority"_s, profile.normalCallsPerPriority}},
                    done);
            });
    });
    dialog->open();
}

void ServicesPanel::moveWaitingTicket()
{
    QList<Ticket> waiting;
    if (const std::optional<QueueSnapshot> &s = m_queue.snapshot())
        for (const QueueSnapshot::ServiceQueue &q : s->queues)
            waiting.append(q.waiting);
    auto *dialog = new MoveTicketDialog(
        waiting, m_model->services(), QDateTime::currentMSecsSinceEpoch(), m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, waiting] {
        const QString id = dialog->ticketId();
        const QString to = dialog->toService();
        QString number;
        for (const Ticket &t : waiting)
            if (t.id == id)
                number = t.number;
        QString serviceName = to;
        for (const Service &s : m_model->services())
            if (s.code == to)
                serviceName = s.name(m_language);
        send(u"moveTicket"_s, {{u"ticket"_s, id}, {u"toService"_s, to}},
            [number, serviceName] { return tr("%1 now waits for %2.").arg(number, serviceName); });
    });
    dialog->open();
}

void ServicesPanel::send(
    const QString &type, const QJsonObject &params, Words done, std::function<void()> then)
{
    QPointer<ServicesPanel> self(this);
    m_queue.command(type, params,
        [self, done = std::move(done), then = std::move(then)](const QJsonObject &reply) {
            if (!self)
                return;
            const QueueReply answer = QueueReply::fromJson(reply);
            if (answer.ok && then) {
                then();
                return;
            }
            if (answer.ok) {
                self->m_refusal.reset();
                self->m_done = done;
            } else {
                self->m_refusal = answer;
                self->m_done = {};
            }
            self->showMessage();
            Q_EMIT self->changeAnswered(answer.ok);
        });
}

void ServicesPanel::showMessage()
{
    // The refusal in the screen's language now (shownMessage, again after a switch).
    const QString text = m_refusal ? m_refusal->shownMessage() : m_done ? m_done() : QString();
    m_message->setText(text);
    m_message->setStyleSheet(m_refusal ? SyncStatus::warningStyle() : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace saduak
