// The supervisor's devices panel (issue 16, item 2) against a real branch hub listening on
// loopback: paired devices connected over real WebSockets as RemoteQueueLinks, the panel on the
// hub's own supervisor PC. Rename, re-bind and revoke go through the panel's dialogs to the hub,
// and the device itself feels it: a rebound counter PC says hello again at its new counter, a
// revoked kiosk is cut off and refused.
#include "shelltestbranch.h"

#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <queue/catalogstore.h>
#include <queuelink/hubclient.h>
#include <queuelink/remotequeuelink.h>
#include <shell/supervisor/devicelistmodel.h>
#include <shell/supervisor/deadletterspanel.h>
#include <shell/supervisor/devicespanel.h>
#include <shell/supervisor/supervisorwindow.h>

#include <QAbstractButton>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class TestDevicesPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestBranch> m_branch;

    // A device of the branch connected to the hub as the program connects one.
    std::unique_ptr<RemoteQueueLink> connect(Device::Role role, const QString &name, int counter = 0)
    {
        auto link = std::make_unique<RemoteQueueLink>(QUrl(m_branch->hub().server()->url()),
            m_branch->pair(int(role), name, counter));
        link->client().setBackoff(10, 50);
        link->start();
        return link;
    }

    QString idOf(const QString &name)
    {
        for (const PairedDevice &d : m_branch->hub().devices().list())
            if (d.device.name == name)
                return d.device.id;
        return {};
    }

    static QString cell(DevicesPanel &panel, const QString &deviceId, int column)
    {
        const int row = panel.model()->rowOf(deviceId);
        return row < 0 ? QString()
                       : panel.model()->index(row, column).data().toString();
    }

    static QString message(DevicesPanel &panel)
    {
        auto *label = panel.findChild<QLabel *>(u"devicesMessage"_s);
        return label && label->isVisible() ? label->text() : QString();
    }

    static QPushButton *button(DevicesPanel &panel, const QString &name)
    {
        return panel.findChild<QPushButton *>(name);
    }

private Q_SLOTS:
    void init()
    {
        m_branch = std::make_unique<TestBranch>();
        QString why;
        QVERIFY2(m_branch->open(&why), qPrintable(why));
        QVERIFY2(m_branch->hub().listen(QHostAddress::LocalHost, 0, &why), qPrintable(why));
    }

    void cleanup() { m_branch.reset(); }

    void listsEveryPairedDeviceWithItsRoleCounterAndContact()
    {
        m_branch->language().setLanguage(Language::English);
        auto counter = connect(Device::Role::Counter, u"Counter 3 PC"_s, 3);
        QTRY_COMPARE(counter->state(), QueueLink::State::Online);
        m_branch->pair(int(Device::Role::Display), u"Board by the door"_s); // never connects

        DevicesPanel panel(m_branch->queue());
        panel.retranslateUi(Language::English);
        QSignalSpy refreshed(&panel, &DevicesPanel::refreshed);
        panel.show(); // asks the hub at once
        QVERIFY(refreshed.wait());
        QCOMPARE(panel.model()->rowCount(), 2);

        const QString pc = idOf(u"Counter 3 PC"_s);
        QCOMPARE(cell(panel, pc, DeviceListModel::NameColumn), u"Counter 3 PC"_s);
        QCOMPARE(cell(panel, pc, DeviceListModel::RoleColumn), u"Counter PC"_s);
        QCOMPARE(cell(panel, pc, DeviceListModel::CounterColumn), u"3"_s);
        QCOMPARE(cell(panel, pc, DeviceListModel::StateColumn), u"Connected"_s);
        QCOMPARE(cell(panel, pc, DeviceListModel::VersionColumn),
            u"saduak "_s + QStringLiteral(SADUAK_VERSION));

        const QString board = idOf(u"Board by the door"_s);
        QCOMPARE(cell(panel, board, DeviceListModel::RoleColumn), u"Display board"_s);
        QCOMPARE(cell(panel, board, DeviceListModel::CounterColumn), QString());
        QCOMPARE(cell(panel, board, DeviceListModel::StateColumn), u"Not connected"_s);
        QCOMPARE(cell(panel, board, DeviceListModel::LastContactColumn), u"Never"_s);

        // The counter PC goes away: its last contact is when it went, as a Thai reads a date.
        counter.reset();
        QTRY_VERIFY(!m_branch->hub().server()->connectedDeviceIds().contains(pc));
        qint64 wentAt = 0;
        for (const PairedDevice &d : m_branch->hub().devices().list())
            if (d.device.id == pc)
                wentAt = d.lastContactMs;
        QVERIFY(wentAt > 0);
        m_branch->language().setLanguage(Language::Thai);
        panel.retranslateUi(Language::Thai);
        panel.refresh();
        QVERIFY(refreshed.wait());
        // "7 ธ.ค. 2569 14:05": Bangkok time, the Buddhist-Era year (Gregorian + 543).
        const QDateTime bangkok
            = QDateTime::fromMSecsSinceEpoch(wentAt, QTimeZone("Asia/Bangkok"));
        const QString shown = cell(panel, pc, DeviceListModel::LastContactColumn);
        QVERIFY2(shown.contains(QString::number(bangkok.date().year() + 543))
                && shown.endsWith(bangkok.toString(u"HH:mm"_s))
                && shown.startsWith(QString::number(bangkok.date().day()) + u' '),
            qPrintable(shown));
    }

    void renameAndRebindFromThePanelReachTheHubAndTheDevice()
    {
        m_branch->language().setLanguage(Language::English);
        auto counter = connect(Device::Role::Counter, u"Counter 1 PC"_s, 1);
        QTRY_COMPARE(counter->state(), QueueLink::State::Online);
        QCOMPARE(counter->boundCounter(), std::optional<int>(1));
        const QString pc = idOf(u"Counter 1 PC"_s);

        DevicesPanel panel(m_branch->queue());
        panel.retranslateUi(Language::English);
        QSignalSpy refreshed(&panel, &DevicesPanel::refreshed);
        QSignalSpy answered(&panel, &DevicesPanel::changeAnswered);
        panel.show();
        QVERIFY(refreshed.wait());
        QVERIFY(!button(panel, u"renameDeviceButton"_s)->isEnabled()); // nothing selected
        QVERIFY(panel.selectDevice(pc));
        QVERIFY(button(panel, u"rebindDeviceButton"_s)->isEnabled());

        // Rename…: the dialog, a new name, OK.
        button(panel, u"renameDeviceButton"_s)->click();
        auto *rename = panel.findChild<QInputDialog *>(u"renameDeviceDialog"_s);
        QVERIFY(rename);
        QCOMPARE(rename->textValue(), u"Counter 1 PC"_s);
        rename->setTextValue(u"Window 1 by the stairs"_s);
        rename->accept();
        QVERIFY(answered.wait());
        QCOMPARE(answered.last().at(0).toBool(), true);
        QCOMPARE(cell(panel, pc, DeviceListModel::NameColumn), u"Window 1 by the stairs"_s);
        QCOMPARE(idOf(u"Window 1 by the stairs"_s), pc); // the hub's record

        // Re-bind counter…: to counter 2. The PC is put out and says hello again at counter 2.
        // The dialog offers the branch's counters only (as the hub's catalog has them), the PC's
        // own first.
        button(panel, u"rebindDeviceButton"_s)->click();
        QInputDialog *rebind = nullptr;
        QTRY_VERIFY((rebind = panel.findChild<QInputDialog *>(u"rebindDeviceDialog"_s)));
        QStringList offered;
        for (const Counter &c : CatalogStore(m_branch->hub().database()).counters())
            offered << QString::number(c.number) + u" · "_s + c.name(Language::English); // the panel is in English here
        QCOMPARE(rebind->comboBoxItems(), offered);
        QCOMPARE(rebind->textValue(), offered.at(0)); // counter 1
        QVERIFY(saveScreenshot(rebind, u"devices-rebind-dialog-en"_s));
        rebind->setTextValue(offered.at(1)); // counter 2
        rebind->accept();
        QVERIFY(answered.wait());
        QCOMPARE(answered.last().at(0).toBool(), true);
        QCOMPARE(cell(panel, pc, DeviceListModel::CounterColumn), u"2"_s);
        QTRY_COMPARE(counter->boundCounter(), std::optional<int>(2));
        QTRY_COMPARE(counter->state(), QueueLink::State::Online);

        // Only a counter PC has a counter to re-bind: the panel offers it for no other.
        auto kiosk = connect(Device::Role::Kiosk, u"Kiosk"_s);
        panel.refresh();
        QVERIFY(refreshed.wait());
        QVERIFY(panel.selectDevice(idOf(u"Kiosk"_s)));
        QVERIFY(!button(panel, u"rebindDeviceButton"_s)->isEnabled());
        QVERIFY(button(panel, u"renameDeviceButton"_s)->isEnabled());
    }

    void revokeAsksFirstThenCutsTheDeviceOff()
    {
        m_branch->language().setLanguage(Language::English);
        auto kiosk = connect(Device::Role::Kiosk, u"Kiosk 2"_s);
        QTRY_COMPARE(kiosk->state(), QueueLink::State::Online);
        const QString id = idOf(u"Kiosk 2"_s);
        QTRY_VERIFY(m_branch->hub().server()->connectedDeviceIds().contains(id));

        DevicesPanel panel(m_branch->queue());
        panel.retranslateUi(Language::English);
        QSignalSpy refreshed(&panel, &DevicesPanel::refreshed);
        QSignalSpy answered(&panel, &DevicesPanel::changeAnswered);
        panel.show();
        QVERIFY(refreshed.wait());
        QVERIFY(panel.selectDevice(id));

        // Cancelled: nothing happens.
        button(panel, u"revokeDeviceButton"_s)->click();
        auto *box = panel.findChild<QMessageBox *>(u"revokeDeviceDialog"_s);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"Kiosk 2"_s) && box->text().contains(u"cut off"_s),
            qPrintable(box->text()));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!panel.findChild<QMessageBox *>(u"revokeDeviceDialog"_s));
        QVERIFY(!answered.wait(300));
        QCOMPARE(kiosk->state(), QueueLink::State::Online);

        // Confirmed: revoked at the hub, its connection closed, its token refused from then on.
        button(panel, u"revokeDeviceButton"_s)->click();
        box = panel.findChild<QMessageBox *>(u"revokeDeviceDialog"_s);
        QVERIFY(box);
        box->findChild<QPushButton *>(u"confirmRevokeButton"_s)->click();
        QVERIFY(answered.wait());
        QCOMPARE(answered.last().at(0).toBool(), true);
        QVERIFY(cell(panel, id, DeviceListModel::StateColumn).startsWith(u"Revoked "_s));
        QTRY_COMPARE(kiosk->state(), QueueLink::State::Refused);
        QVERIFY(!m_branch->hub().server()->connectedDeviceIds().contains(id));
        QVERIFY(message(panel).contains(u"Kiosk 2"_s));
        // A revoked device is not renamed, re-bound or revoked again from here.
        QVERIFY(panel.selectDevice(id));
        QVERIFY(!button(panel, u"revokeDeviceButton"_s)->isEnabled());
        QVERIFY(!button(panel, u"renameDeviceButton"_s)->isEnabled());
    }

    void theHubsRefusalIsShownInTheScreensLanguage()
    {
        m_branch->language().setLanguage(Language::English);
        m_branch->pair(int(Device::Role::Kiosk), u"Kiosk 3"_s);
        DevicesPanel panel(m_branch->queue());
        panel.retranslateUi(Language::English);
        QSignalSpy refreshed(&panel, &DevicesPanel::refreshed);
        QSignalSpy answered(&panel, &DevicesPanel::changeAnswered);
        panel.show();
        QVERIFY(refreshed.wait());
        QVERIFY(panel.selectDevice(idOf(u"Kiosk 3"_s)));
        button(panel, u"renameDeviceButton"_s)->click();
        auto *rename = panel.findChild<QInputDialog *>(u"renameDeviceDialog"_s);
        QVERIFY(rename);
        rename->setTextValue(u"   "_s); // blank: the hub says no
        rename->accept();
        QVERIFY(answered.wait());
        QCOMPARE(answered.last().at(0).toBool(), false);
        QCOMPARE(message(panel), u"The device needs a name."_s);
        QCOMPARE(idOf(u"Kiosk 3"_s).isEmpty(), false); // unchanged at the hub

        m_branch->language().setLanguage(Language::Thai);
        panel.retranslateUi(Language::Thai);
        QVERIFY2(containsThai(message(panel)), qPrintable(message(panel)));
    }

    void aCounterPcIsRefusedTheList()
    {
        m_branch->language().setLanguage(Language::English);
        auto counter = connect(Device::Role::Counter, u"Counter 4 PC"_s, 4);
        QTRY_COMPARE(counter->state(), QueueLink::State::Online);
        DevicesPanel panel(*counter);
        panel.retranslateUi(Language::English);
        QSignalSpy refreshed(&panel, &DevicesPanel::refreshed);
        panel.show();
        QVERIFY(refreshed.wait());
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY2(message(panel).contains(u"devices"_s), qPrintable(message(panel)));
    }

    // Both panels are tabs of the supervisor's window; screenshots in Thai and English
    // (SCREENSHOT_DIR: supervisor-devices-th.png, …-en.png, supervisor-refused-rows-th.png).
    void thePanelsAreTabsOfTheSupervisorWindow()
    {
        auto counter = connect(Device::Role::Counter, u"Counter 1 PC"_s, 1);
        auto kiosk = connect(Device::Role::Kiosk, u"Kiosk by the door"_s);
        m_branch->pair(int(Device::Role::Display), u"Board"_s);
        QTRY_COMPARE(counter->state(), QueueLink::State::Online);
        QTRY_COMPARE(kiosk->state(), QueueLink::State::Online);

        m_branch->language().setLanguage(Language::Thai);
        SupervisorWindow window(m_branch->context());
        window.resize(1280, 720);
        window.show();
        QTRY_VERIFY(m_branch->queue().staff().has_value());
        QTabWidget *tabs = window.tabs();
        DevicesPanel *devices = nullptr;
        DeadLettersPanel *refused = nullptr;
        for (int i = 0; i < tabs->count(); ++i) {
            if (auto *d = qobject_cast<DevicesPanel *>(tabs->widget(i)))
                devices = d;
            if (auto *r = qobject_cast<DeadLettersPanel *>(tabs->widget(i)))
                refused = r;
        }
        QVERIFY(devices && refused);
        QSignalSpy listed(devices, &DevicesPanel::refreshed);
        tabs->setCurrentWidget(devices);
        QVERIFY(listed.wait());
        QCOMPARE(devices->model()->rowCount(), 3);
        QVERIFY(devices->selectDevice(idOf(u"Counter 1 PC"_s)));
        QVERIFY(saveScreenshot(&window, u"supervisor-devices-th"_s));
        m_branch->language().setLanguage(Language::English);
        QTRY_COMPARE(devices->model()->headerData(0, Qt::Horizontal).toString(), u"Name"_s);
        QVERIFY(saveScreenshot(&window, u"supervisor-devices-en"_s));

        QSignalSpy letters(refused, &DeadLettersPanel::refreshed);
        m_branch->language().setLanguage(Language::Thai);
        tabs->setCurrentWidget(refused);
        QVERIFY(letters.wait());
        QVERIFY(saveScreenshot(&window, u"supervisor-refused-rows-th"_s));
    }

    void refreshesByItselfWhileShown()
    {
        QCOMPARE(DevicesPanel::kRefreshMs, 10'000); // what the issue asks; shortened below
        DevicesPanel panel(m_branch->queue());
        panel.setRefreshInterval(200);
        QSignalSpy refreshed(&panel, &DevicesPanel::refreshed);
        panel.show();
        QVERIFY(refreshed.wait());
        QCOMPARE(panel.model()->rowCount(), 0);
        m_branch->pair(int(Device::Role::Kiosk), u"Kiosk 4"_s);
        // Nobody presses Refresh: the new device is listed.
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        panel.hide();
        const qsizetype seen = refreshed.size();
        m_branch->pair(int(Device::Role::Kiosk), u"Kiosk 5"_s);
        QVERIFY(!refreshed.wait(1000)); // hidden: the hub is not asked
        QCOMPARE(refreshed.size(), seen);
        QCOMPARE(panel.model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestDevicesPanel)
#include "tst_devicespanel.moc"
