#pragma once
// Throw-away certificates for a test run: scripts/make-test-certs.sh (a test CA and a server
// certificate for 127.0.0.1 and localhost) into a folder of the test's. The test's CMake defines
// SADUAK_MAKE_TEST_CERTS as the script's path. Header only.

#include <QDebug>
#include <QProcess>
#include <QString>

namespace saduak::test {

struct TestCerts
{
    QString dir;
    QString pin; // base64, as the script prints it
    QString caFile() const { return dir + QStringLiteral("/ca.crt"); }
    QString certFile() const { return dir + QStringLiteral("/server.crt"); }
    QString keyFile() const { return dir + QStringLiteral("/server.key"); }
};

// Runs the script into dir; the pin is its output (empty when it failed).
inline TestCerts makeCerts(const QString &dir)
{
    QProcess p;
    p.start(QStringLiteral("sh"), {QStringLiteral(SADUAK_MAKE_TEST_CERTS), dir});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << "make-test-certs.sh failed:" << p.readAllStandardError();
        return {};
    }
    return {dir, QString::fromLatin1(p.readAllStandardOutput()).trimmed()};
}

} // namespace saduak::test
