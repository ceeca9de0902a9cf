#pragma once
// A real saduak-central process for integration tests: enrol branches, start it on port 0 (the
// port is read from its first line), kill it with SIGKILL, start it again on the same port.

#include "../../support/programs/programprocess.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace saduak::test {

class CentralProcess
{
public:
    explicit CentralProcess(QString dbPath) : m_dbPath(std::move(dbPath)) { }
    ~CentralProcess() { kill(); }

    // The token, or empty when enrol-branch failed (its exit code in *exitCode).
    QString enrol(const QString &code, const QString &name, int *exitCode = nullptr) const
    {
        QProcess p;
        p.start(QStringLiteral(SADUAK_CENTRAL_BINARY),
            {QStringLiteral("enrol-branch"), QStringLiteral("--db"), m_dbPath,
                QStringLiteral("--code"), code, QStringLiteral("--name"), name,
                QStringLiteral("--language"), QStringLiteral("en")});
        const bool finished = p.waitForFinished(30000);
        if (exitCode)
            *exitCode = finished ? p.exitCode() : -1;
        if (!finished || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    // Runs one command of saduak-central on this database (e.g. {"revoke-branch", "--code",
    // "B001"}), in English; its exit code (-1: it did not finish), what it printed in *out and
    // *err (trimmed).
    int command(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr) const
    {
        QProcess p;
        p.start(QStringLiteral(SADUAK_CENTRAL_BINARY),
            arguments
                + QStringList {QStringLiteral("--db"), m_dbPath, QStringLiteral("--language"),
                    QStringLiteral("en")});
        const bool finished = p.waitForFinished(30000);
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // Starts and returns the port it listens on (0 on failure). port 0: any free port.
    // extraArguments: e.g. --tls-cert FILE --tls-key FILE.
    quint16 start(quint16 port = 0, const QStringList &extraArguments = {})
    {
        kill();
        endsWithTheTest(m_process);
        m_process.start(QStringLiteral(SADUAK_CENTRAL_BINARY),
            QStringList {QStringLiteral("--db"), m_dbPath, QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
                // English messages: tests read them (central speaks Thai by default).
                QStringLiteral("--language"), QStringLiteral("en")}
                + postgresKeyArguments() + extraArguments);
        QString out;
        const bool ok = QTest::qWaitFor(
            [&] {
                out += QString::fromUtf8(m_process.readAllStandardOutput());
                return out.contains(QStringLiteral("listening on port"))
                    || m_process.state() == QProcess::NotRunning;
            },
            30000);
        const auto match
            = QRegularExpression(QStringLiteral("listening on port (\\d+)")).match(out);
        m_port = ok && match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
        return m_port;
    }

    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill(); // SIGKILL: no clean shutdown, as in a power cut of the process
        m_process.waitForFinished(10000);
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 processId() const { return m_process.processId(); }
    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)); }
    QString dbPath() const { return m_dbPath; }
    QByteArray standardError() { return m_process.readAllStandardError(); }

private:
    // A PostgreSQL central has no folder for its personal-data key to be made in beside the
    // database: it needs --key-file, made here once (a test's own --key-file, given after, wins).
    QStringList postgresKeyArguments()
    {
        if (!m_dbPath.startsWith(QStringLiteral("postgresql://")))
            return {};
        const QString keyFile = m_keyDir.filePath(QStringLiteral("central.key"));
        if (!QFile::exists(keyFile)) {
            QProcess make;
            make.start(QStringLiteral(SADUAK_CENTRAL_BINARY),
                {QStringLiteral("make-key"), QStringLiteral("--key-file"), keyFile});
            make.waitForFinished(30000);
        }
        return {QStringLiteral("--key-file"), keyFile};
    }

    QString m_dbPath;
    QTemporaryDir m_keyDir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace saduak::test
