#pragma once

#include <QByteArray>
#include <QList>
#include <QLockFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <utility>

namespace saduak::testing {

// A real pcscd for one test, with vsmartcard-vpcd virtual readers of its own.
//
// The fixture writes a reader.conf directory in a temporary folder (never the system's
// /etc/reader.conf.d) with one vpcd entry per "reader pair" and runs `pcscd -f -a -c DIR` as a
// child process. vpcd 3.3 gives each entry two slots, "NAME 00 00" listening on the entry's port
// and "NAME 00 01" on the next port, so readerCount() is twice the entries. Ports are free ones
// found at construction and kept across stop()/start(), so the card emulators find their reader
// again after a restart.
//
// pcscd's client socket is fixed (/run/pcscd/pcscd.comm): only one pcscd can run at a time. The
// pcsc tests therefore hold the CTest RESOURCE_LOCK "pcscd"; fixtures in other processes (another
// build tree, a hand-run test) take turns through a lock file in the temp dir; and start() refuses
// (with a message saying so) when some other pcscd is running, instead of testing against it.
class PcscdFixture
{
public:
    explicit PcscdFixture(int readerPairs = 1);
    ~PcscdFixture(); // stops pcscd

    // Starts pcscd and returns once every virtual reader is listed by PC/SC. false with *why
    // (and pcscd's log) when pcscd or vpcd is missing, another pcscd runs, or it did not come up.
    bool start(QString *why);
    // Stops pcscd (SIGTERM, as systemd does) and returns once clients can no longer reach it.
    bool stop(QString *why = nullptr);
    bool isRunning() const;

    // Takes effect at the next start(): pcscd reads reader.conf only when it starts.
    void setReaderPairs(int readerPairs);

    int readerCount() const { return int(m_ports.size()); }
    QString readerName(int index) const;
    quint16 vpcdPort(int index) const { return m_ports.value(index); }

    // What pcscd printed (APDUs included: -a), for a failing test's message.
    QByteArray log() const;
    QString logTail(int lines = 30) const;

    static QString pcscdSocketPath();

private:
    bool writeReaderConf(QString *why);
    QString confDir() const;
    QString logPath() const;
    void allocatePorts(int readerPairs);
    // [low, high): ports the kernel never hands out by itself on this machine.
    static std::pair<int, int> portsBelowEphemeral();

    QTemporaryDir m_dir;
    QList<quint16> m_ports; // one a slot: entry i has slots 2i and 2i+1
    std::unique_ptr<QLockFile> m_lock; // taken at the first start(), kept to the end
    std::unique_ptr<QProcess> m_process;
};

} // namespace saduak::testing
