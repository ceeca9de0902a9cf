#include "shelltestbranch.h"

#include <hub/devicestore.h>
#include <queue/catalogstore.h>
#include <queue/queuemanager.h>
#include <queuemodel/queuesnapshot.h>
#include <seatedstaff.h>

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace saduak::test {

TestBranch::TestBranch() = default;

TestBranch::~TestBranch()
{
    // The link refers to the hub's commands: it goes first.
    m_link.reset();
    m_hub.reset();
}

bool TestBranch::open(QString *why)
{
    if (!m_dir.isValid()) {
        if (why)
            *why = u"no temporary folder"_s;
        return false;
    }
    if (!openHub(why))
        return false;
    CatalogStore catalog(m_hub->database());
    m_services = m_hub->queue().services(); // with the hours the queue keeps
    m_counters = catalog.counters();
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"saduak.ini"_s));
    m_language = std::make_unique<LanguageSwitcher>();
    m_language->setLanguage(Language::Thai);
    return true;
}

ShellContext TestBranch::context(QueueLink *queue) const
{
    ShellContext c;
    c.settings = m_settings.get();
    c.language = m_language.get();
    c.queue = queue ? queue : m_link.get();
    c.services = m_services;
    c.counters = m_counters;
    c.holidays = m_hub->queue().holidays();
    c.databasePath = m_dir.filePath(u"branch.sqlite"_s);
    c.sqliteVersion = u"3"_s;
    return c;
}

bool TestBranch::waitForSnapshot(QueueLink &link, qint64 seq)
{
    return QTest::qWaitFor(
        [&] { return link.snapshot() && link.snapshot()->lastEventSeq >= seq; }, 5000);
}

bool TestBranch::waitForSnapshot()
{
    return waitForSnapshot(*m_link, m_hub->queue().lastEventSeq());
}

bool TestBranch::openHub(QString *why)
{
    BranchHub::Options options;
    options.databasePath = m_dir.filePath(u"branch.sqlite"_s);
    options.queue = m_queueSettings;
    options.clock = m_clock;
    StorageError error;
    m_hub = BranchHub::open(options, &error);
    if (!m_hub) {
        if (why)
            *why = error.message + u' ' + error.detail;
        return false;
    }
    // The screens' own PC is a supervisor's, and a supervisor is logged in there before the link
    // asks who is (at its start): the screens under test work as they did before log-in existed.
    if (!seatStaff(m_hub->database(), u"local"_s, StaffRole::Supervisor, why))
        return false;
    m_link = std::make_unique<LocalQueueLink>(m_hub->commands(),
        m_localCounter > 0
            ? Device {u"local"_s, Device::Role::Counter, u"test"_s, m_localCounter}
            : Device {u"local"_s, Device::Role::Supervisor, u"test"_s});
    return true;
}

bool TestBranch::reopenHub(quint16 port, QString *why)
{
    if (!openHub(why))
        return false;
    return port == 0 || m_hub->listen(QHostAddress::LocalHost, port, why);
}

void TestBranch::closeHub()
{
    m_link.reset();
    m_hub.reset();
}

QString TestBranch::pair(int role, const QString &name, int counterNumber)
{
    QString why;
    const auto p = m_hub->devices().pair(Device::Role(role), name, counterNumber, &why);
    if (!p)
        qFatal("pairing failed: %s", qPrintable(why));
    // A counter or supervisor PC has a person of its own role logged in, as after the log-in.
    const Device::Role r = Device::Role(role);
    if ((r == Device::Role::Counter || r == Device::Role::Supervisor)
        && !seatStaff(m_hub->database(), p->device.id,
            r == Device::Role::Counter ? StaffRole::Counter : StaffRole::Supervisor, &why))
        qFatal("seating staff failed: %s", qPrintable(why));
    return p->token;
}

bool containsThai(const QString &text)
{
    return text.contains(QRegularExpression(u"[\\x{0E01}-\\x{0E5B}]"_s));
}

bool saveScreenshot(QWidget *window, const QString &name)
{
    // Lay out what the last change asked for, as the event loop would before painting.
    QCoreApplication::sendPostedEvents();
    QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
    return window->grab().save(QStringLiteral(SCREENSHOT_DIR) + u'/' + name + u".png"_s);
}

} // namespace saduak::test
