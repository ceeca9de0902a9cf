#pragma once

// What every GUI test of the screens starts from: a real branch hub on a database in a temporary
// folder, the demo catalog, a LocalQueueLink as the screens' queue (a supervisor's PC with a
// supervisor logged in), fresh settings and Thai.
#include <hub/branchhub.h>
#include <hub/localqueuelink.h>
#include <shell/appsettings.h>
#include <shell/languageswitcher.h>
#include <shell/shellcontext.h>

#include <QTemporaryDir>

#include <memory>

namespace saduak::test {

class TestBranch
{
public:
    TestBranch();
    ~TestBranch();

    // False with the reason in why when the hub could not open.
    bool open(QString *why = nullptr);
    // Before open(). openAllDay is on: the tests run at any hour of the Bangkok day with the real
    // clock; a test of opening hours turns it off and fixes the clock.
    QueueSettings &queueSettings() { return m_queueSettings; }
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); } // before open()
    // Before open(): the screens' own PC is a counter PC bound to that counter, as the embedded
    // counter screen is (BranchSession), instead of a supervisor's PC.
    void setLocalCounter(int counter) { m_localCounter = counter; }

    BranchHub &hub() { return *m_hub; }
    QueueLink &queue() { return *m_link; }
    LocalQueueLink *localLink() { return m_link.get(); }
    AppSettings &settings() { return *m_settings; }
    LanguageSwitcher &language() { return *m_language; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The context a screen gets; queue: another link than the local one (a RemoteQueueLink).
    ShellContext context(QueueLink *queue = nullptr) const;

    // Waits until the link has a snapshot at least as new as the hub's last event.
    static bool waitForSnapshot(QueueLink &link, qint64 seq);
    bool waitForSnapshot();

    // The hub goes away (the LAN drops): remote links start reconnecting. The local link goes too.
    void closeHub();
    // The hub comes back on the same database (and listens on port, if not 0).
    bool reopenHub(quint16 port = 0, QString *why = nullptr);

    // Pairs a device on the hub and returns its token. A counter or supervisor PC gets a person of
    // the same role logged in (seatStaff), so its commands are not refused as notLoggedIn.
    QString pair(int role, const QString &name, int counterNumber = 0);

private:
    bool openHub(QString *why);

    QTemporaryDir m_dir;
    QueueSettings m_queueSettings = [] {
        QueueSettings s;
        s.openAllDay = true;
        return s;
    }();
    std::function<qint64()> m_clock;
    int m_localCounter = 0; // 0: a supervisor's PC
    std::unique_ptr<BranchHub> m_hub;
    std::unique_ptr<LocalQueueLink> m_link;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageSwitcher> m_language;
    QList<Service> m_services;
    QList<Counter> m_counters;
};

bool containsThai(const QString &text);
// Saves window as SCREENSHOT_DIR/name.png; false if it could not be written.
bool saveScreenshot(QWidget *window, const QString &name);

} // namespace saduak::test
