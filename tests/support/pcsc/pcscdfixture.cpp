#include "pcscdfixture.h"

#include "pcsc/pcsccontext.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;
using saduak::idcard::PcscContext;
using saduak::idcard::PcscResult;

namespace saduak::testing {

namespace {

const QString vpcdDriver = u"/usr/lib/pcsc/drivers/serial/libifdvpcd.so"_s;
constexpr int startTimeoutMs = 10000;
constexpr int stopTimeoutMs = 5000;
constexpr int lockTimeoutMs = 180000;

QString entryName(int entry)
{
    return u"Saduak Virtual Reader %1"_s.arg(entry + 1);
}

// Whether a pcscd answers on the fixed socket (ours or anybody's).
bool pcscdAnswers()
{
    if (!QFile::exists(PcscdFixture::pcscdSocketPath()))
        return false;
    PcscContext context;
    return context.establish().ok();
}

} // namespace

PcscdFixture::PcscdFixture(int readerPairs)
{
    allocatePorts(readerPairs);
}

PcscdFixture::~PcscdFixture()
{
    stop();
}

QString PcscdFixture::pcscdSocketPath()
{
    return u"/run/pcscd/pcscd.comm"_s;
}

void PcscdFixture::allocatePorts(int readerPairs)
{
    m_ports.clear();
    // The ports stay free from here until pcscd's vpcd listens on them, and again while a
    // restart test has pcscd stopped. A port the kernel hands out by itself (a listen on port 0,
    // the local end of every outgoing connection: other tests make thousands) could be taken in
    // between. So the ports come from below the kernel's ephemeral range, which it never hands
    // out; only a program asking for that very port could take one, and the other Saduak pcsc
    // tests wait for our lock.
    const auto [low, high] = portsBelowEphemeral();
    quint16 candidate = quint16(low + QRandomGenerator::global()->bounded(high - low));
    // Each entry needs two neighbouring free ports (vpcd's slot 00 01 listens on port + 1).
    for (int tries = 0; m_ports.size() < 2 * readerPairs && tries < high - low; ++tries) {
        const quint16 first = candidate;
        candidate = candidate + 2 >= high ? low : quint16(candidate + 2);
        QTcpServer a;
        QTcpServer b;
        if (!a.listen(QHostAddress::Any, first) || !b.listen(QHostAddress::Any, quint16(first + 1)))
            continue;
        if (m_ports.contains(first) || m_ports.contains(quint16(first + 1)))
            continue;
        m_ports << first << quint16(first + 1);
    }
}

std::pair<int, int> PcscdFixture::portsBelowEphemeral()
{
    // Linux: "32768\t60999" by default. Ports from 10000 up to the start of that range.
    int ephemeralLow = 32768;
    QFile range(u"/proc/sys/net/ipv4/ip_local_port_range"_s);
    if (range.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> parts = range.readAll().simplified().split(' ');
        bool ok = false;
        const int value = parts.value(0).toInt(&ok);
        if (ok && value > 12000)
            ephemeralLow = value;
    }
    return {10000, ephemeralLow - 1};
}

void PcscdFixture::setReaderPairs(int readerPairs)
{
    if (readerPairs * 2 == m_ports.size())
        return;
    const QList<quint16> kept = m_ports;
    allocatePorts(readerPairs);
    // Readers that stay keep their ports, so their emulators still find them.
    for (qsizetype i = 0; i < std::min(kept.size(), m_ports.size()); ++i)
        m_ports[i] = kept[i];
}

QString PcscdFixture::readerName(int index) const
{
    return u"%1 00 0%2"_s.arg(entryName(index / 2)).arg(index % 2);
}

bool PcscdFixture::writeReaderConf(QString *why)
{
    // Its own folder: pcscd reads every file in it as a reader entry (the log lives beside it).
    QDir(m_dir.path()).mkpath(u"reader.conf.d"_s);
    const QDir dir(confDir());
    for (const QString &old : dir.entryList({u"vpcd-*"_s}, QDir::Files))
        QFile::remove(dir.filePath(old));
    for (int entry = 0; entry < readerCount() / 2; ++entry) {
        QFile file(dir.filePath(u"vpcd-%1"_s.arg(entry + 1)));
        if (!file.open(QIODevice::WriteOnly)) {
            *why = u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
            return false;
        }
        // DEVICENAME /dev/null:PORT is vpcd's "listen on PORT" form.
        const QString conf = u"FRIENDLYNAME \"%1\"\nDEVICENAME /dev/null:%2\nLIBPATH %3\n"_s.arg(
            entryName(entry), QString::number(m_ports[entry * 2]), vpcdDriver);
        file.write(conf.toUtf8());
    }
    return true;
}

bool PcscdFixture::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString PcscdFixture::confDir() const
{
    return QDir(m_dir.path()).filePath(u"reader.conf.d"_s);
}

QString PcscdFixture::logPath() const
{
    return QDir(m_dir.path()).filePath(u"pcscd.log"_s);
}

QByteArray PcscdFixture::log() const
{
    QFile file(logPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString PcscdFixture::logTail(int lines) const
{
    const QList<QByteArray> all = log().split('\n');
    return QString::fromUtf8(all.mid(std::max<qsizetype>(0, all.size() - lines)).join('\n'));
}

bool PcscdFixture::start(QString *why)
{
    QString ignored;
    if (!why)
        why = &ignored;
    if (isRunning())
        return true;
    if (!m_dir.isValid()) {
        *why = u"cannot create a temporary folder for reader.conf"_s;
        return false;
    }
    const QString pcscd = QStandardPaths::findExecutable(
        u"pcscd"_s, {u"/usr/sbin"_s, u"/sbin"_s, u"/usr/local/sbin"_s, u"/usr/bin"_s});
    if (pcscd.isEmpty() || !QFile::exists(vpcdDriver)) {
        *why = u"pcscd or the vsmartcard-vpcd driver (%1) is not installed: "
               "apt-get install pcscd vsmartcard-vpcd (bash scripts/saduak-dev.sh install)"_s.arg(
                   vpcdDriver);
        return false;
    }
    // Test programs from other build trees (or a hand-run one) use the same fixed socket: take
    // turns. The lock is held until the fixture goes, across stop()/start() in a restart test.
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(QDir::temp().filePath(u"saduak-pcscd-fixture.lock"_s));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(lockTimeoutMs)) {
            m_lock.reset();
            *why = u"another Saduak pcsc test kept its pcscd running for %1 s (lock %2)"_s
                       .arg(lockTimeoutMs / 1000)
                       .arg(QDir::temp().filePath(u"saduak-pcscd-fixture.lock"_s));
            return false;
        }
    }
    if (pcscdAnswers()) {
        QFile pidFile(u"/run/pcscd/pcscd.pid"_s);
        const QString pid = pidFile.open(QIODevice::ReadOnly)
            ? QString::fromLatin1(pidFile.readAll()).remove(QChar(0)).trimmed()
            : u"?"_s;
        *why = u"another pcscd (pid %1) is already running on %2. The pcsc tests start their own "
               "pcscd with virtual readers and cannot share the fixed socket: stop it first "
               "(systemctl stop pcscd.socket pcscd.service, or kill %1)"_s.arg(
                   pid, pcscdSocketPath());
        return false;
    }
    if (!writeReaderConf(why))
        return false;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // A test that crashes or is killed by its watchdog must not leave pcscd holding the fixed
    // socket for every test after it.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    // pcscd's log goes to a file, not a pipe: a test thread sitting in a synchronous PC/SC call
    // does not read pipes, and pcscd (logging every APDU) would block writing into a full one.
    m_process->setStandardOutputFile(logPath(), QIODevice::Append);
    {
        QFile log(logPath());
        if (log.open(QIODevice::Append))
            log.write("$ pcscd -f -a -c " + confDir().toUtf8() + '\n');
    }
    m_process->start(pcscd, {u"-f"_s, u"-a"_s, u"-c"_s, confDir()});
    if (!m_process->waitForStarted(startTimeoutMs)) {
        *why = u"cannot start %1: %2"_s.arg(pcscd, m_process->errorString());
        return false;
    }
    // Ready = clients can connect and every virtual reader is listed (pcscd adds readers from
    // reader.conf before it opens its socket, but wait for both rather than rely on it).
    PcscContext context;
    const bool ready = QTest::qWaitFor(
        [&] {
            if (m_process->state() == QProcess::NotRunning)
                return true;
            if (!context.isEstablished() && !context.establish().ok())
                return false;
            QStringList names;
            if (!context.readerNames(&names).ok()) {
                context.release();
                return false;
            }
            return names.size() == readerCount();
        },
        startTimeoutMs);
    if (!ready || m_process->state() == QProcess::NotRunning) {
        *why = u"pcscd did not come up with %1 virtual readers (exit code %2). Its log:\n%3"_s.arg(
            QString::number(readerCount()), QString::number(m_process->exitCode()), logTail());
        stop();
        return false;
    }
    return true;
}

bool PcscdFixture::stop(QString *why)
{
    if (!m_process)
        return true;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(stopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(stopTimeoutMs);
        }
    }
    m_process.reset();
    // pcscd removes its socket on the way out; a client still connecting would get through.
    const bool gone = QTest::qWaitFor([] { return !pcscdAnswers(); }, stopTimeoutMs);
    if (!gone && why)
        *why = u"pcscd still answers after it was stopped"_s;
    return gone;
}

} // namespace saduak::testing
