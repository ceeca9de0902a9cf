// The tests' throw-away PostgreSQL cluster (tests/support/postgres) goes away with the test
// process, also when that process is killed (a ctest timeout sends SIGKILL): no server left
// running, no data folder left behind, run after run. The test runs itself as the process to
// kill (SADUAK_HOLD_CLUSTER=1: start a cluster, print its port and folder, wait).
#include <postgrescluster.h>

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saduak::test;

namespace {

bool serverAnswers(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    return socket.waitForConnected(2000);
}

int holdCluster()
{
    PostgresCluster cluster;
    QString why;
    if (!cluster.start(&why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    std::printf("%d %s\n", int(cluster.port()), qPrintable(cluster.folder()));
    std::fflush(stdout);
    return QCoreApplication::exec(); // until killed
}

} // namespace

class TestPostgresCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stoppedAndRemovedWithTheObject()
    {
        quint16 port = 0;
        QString folder;
        {
            PostgresCluster cluster;
            QString why;
            QVERIFY2(cluster.start(&why), qPrintable(why));
            port = cluster.port();
            folder = cluster.folder();
            QVERIFY(serverAnswers(port));
        }
        QVERIFY(!serverAnswers(port));
        QVERIFY(!QDir(folder).exists());
    }

    void stoppedAndRemovedWhenTheProcessIsKilled()
    {
        QProcess holder;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SADUAK_HOLD_CLUSTER"_s, u"1"_s);
        holder.setProcessEnvironment(env);
        holder.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(holder.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(holder.canReadLine() || holder.state() == QProcess::NotRunning,
            90000);
        const QStringList line = QString::fromLocal8Bit(holder.readLine()).trimmed().split(u' ');
        QVERIFY2(line.size() == 2, holder.readAllStandardError().constData());
        const quint16 port = line.at(0).toUShort();
        const QString folder = line.at(1);
        QVERIFY(serverAnswers(port));
        QVERIFY(QDir(folder).exists());

        holder.kill(); // SIGKILL: no destructor runs
        QVERIFY(holder.waitForFinished());
        QTRY_VERIFY_WITH_TIMEOUT(!serverAnswers(port), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(folder).exists(), 30000);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("SADUAK_HOLD_CLUSTER"))
        return holdCluster();
    TestPostgresCluster test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_postgrescluster.moc"
