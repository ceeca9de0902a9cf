#pragma once
// The real programs in integration tests: a process with its merged output read as it comes,
// saduak-hub started on a port and asked to pair devices, and key presses in a program's window
// on xvfb-run's X screen through xdotool, as a person would press them. Header only.

#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

#include <functional>
#include <memory>

#include <csignal>
#include <sys/prctl.h>

namespace saduak::test {

// A server a test starts ends with the test's own process, even when the test crashes or is
// killed at ctest's timeout, so it never outlives the run holding a port or a database.
inline void endsWithTheTest(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

// Runs a program to its end (30 s at most) and returns what it printed, trimmed.
inline QString runProgram(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// A program run to its end: exit code (-1: crashed or still running after 30 s), stdout, stderr.
struct FinishedProgram
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline FinishedProgram runToEnd(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
        QString::fromUtf8(p.readAllStandardError()).trimmed()};
}

// The most resident memory a process has had (VmHWM), in KiB; -1 if unreadable. What a test of
// "bounded memory" compares before and after a flood.
inline qint64 peakResidentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// A program's process and its merged output, read as it comes.
struct ProgramProcess
{
    std::unique_ptr<QProcess> process;
    QString output;

    QString read()
    {
        if (process)
            output += QString::fromUtf8(process->readAll());
        return output;
    }
    bool waitFor(const std::function<bool(const QString &)> &seen, int timeoutMs = 30000)
    {
        return QTest::qWaitFor([&] { return seen(read()); }, timeoutMs);
    }
    void kill()
    {
        if (!process || process->state() == QProcess::NotRunning)
            return;
        process->kill();
        process->waitForFinished(5000);
    }
};

// A staff account, as an administrator adds it beside the hub (saduak-hub add-staff, the password
// one line on stdin); true when saduak-hub says done. Log in with it over the wire (logIn, see
// stafflogin.h) at a counter or supervisor PC.
inline bool addHubStaff(const QString &hubBinary, const QString &databasePath, const QString &user,
    const QString &name, const QString &role, const QByteArray &password)
{
    QProcess p;
    p.start(hubBinary,
        {QStringLiteral("add-staff"), QStringLiteral("--db"), databasePath,
            QStringLiteral("--user"), user, QStringLiteral("--name"), name,
            QStringLiteral("--role"), role});
    p.write(password + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << "add-staff failed:" << p.readAllStandardError();
        return false;
    }
    return true;
}

// saduak-hub on a branch file: pair-device beside it, and serving on a port (0: any; the port is
// read from its "listening on port N" line).
class HubProcess
{
public:
    HubProcess(QString binary, QString databasePath)
        : m_binary(std::move(binary)), m_databasePath(std::move(databasePath))
    { }
    ~HubProcess() { m_program.kill(); }

    // A counter PC is paired with its counter (counterNumber > 0), as an administrator does.
    QString pair(const QString &role, const QString &name, int counterNumber = 0) const
    {
        QStringList arguments {QStringLiteral("pair-device"), QStringLiteral("--db"),
            m_databasePath, QStringLiteral("--role"), role, QStringLiteral("--name"), name};
        if (counterNumber > 0)
            arguments << QStringLiteral("--counter") << QString::number(counterNumber);
        return runProgram(m_binary, arguments);
    }

    // A staff account on the hub's file (addHubStaff).
    bool addStaff(const QString &user, const QString &name, const QString &role,
        const QByteArray &password) const
    {
        return addHubStaff(m_binary, m_databasePath, user, name, role, password);
    }

    // extraArguments: --settings FILE, --modules DIR, --language en... With --modules it waits
    // until the hub says which modules it serves, too.
    bool start(quint16 port, const QStringList &extraArguments)
    {
        m_program.kill();
        m_program.process = std::make_unique<QProcess>();
        m_program.process->setProcessChannelMode(QProcess::MergedChannels);
        endsWithTheTest(*m_program.process);
        m_program.output.clear();
        m_program.process->start(m_binary,
            QStringList {QStringLiteral("--db"), m_databasePath, QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port)}
                + extraArguments);
        const bool withModules = extraArguments.contains(QStringLiteral("--modules"));
        const bool up = m_program.waitFor([&](const QString &out) {
            return m_program.process->state() == QProcess::NotRunning
                || (out.contains(QStringLiteral("listening on port"))
                    && (!withModules || out.contains(QStringLiteral("serves the modules"))));
        });
        const auto m = QRegularExpression(QStringLiteral("listening on port (\\d+)"))
                           .match(m_program.output);
        m_port = up && m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
        return m_port != 0 && m_program.process->state() == QProcess::Running;
    }

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_port); }
    ProgramProcess &program() { return m_program; }
    void kill() { m_program.kill(); }

private:
    QString m_binary;
    QString m_databasePath;
    ProgramProcess m_program;
    quint16 m_port = 0;
};

// The first visible window of process pid whose title contains title, once shown (30 s at most);
// empty if none.
inline QString xdotoolWindowOf(qint64 pid, const QString &title)
{
    QString id;
    (void)QTest::qWaitFor(
        [&] {
            id = runProgram(QStringLiteral("xdotool"),
                {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--onlyvisible"),
                    QStringLiteral("--pid"), QString::number(pid), QStringLiteral("--name"), title})
                     .split(u'\n')
                     .value(0);
            return !id.isEmpty();
        },
        30000);
    return id;
}

inline void xdotoolPress(const QString &window, const QString &key)
{
    runProgram(QStringLiteral("xdotool"), {QStringLiteral("windowfocus"), QStringLiteral("--sync"), window});
    runProgram(QStringLiteral("xdotool"), {QStringLiteral("key"), QStringLiteral("--window"), window, key});
}

inline void xdotoolType(const QString &window, const QString &text)
{
    runProgram(QStringLiteral("xdotool"), {QStringLiteral("windowfocus"), QStringLiteral("--sync"), window});
    runProgram(QStringLiteral("xdotool"), {QStringLiteral("type"), QStringLiteral("--window"), window, text});
}

} // namespace saduak::test
