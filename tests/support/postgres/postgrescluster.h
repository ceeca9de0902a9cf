#pragma once
// A throw-away PostgreSQL cluster for tests: Debian's initdb and pg_ctl, a data folder in a
// temporary folder, a free port on 127.0.0.1, trust authentication for the user "saduak",
// fsync off. Stopped (pg_ctl stop -m immediate) and removed when the object goes, and also when
// the process is killed (a watcher process does it then).
//
//   PostgresCluster cluster;
//   QString why;
//   QVERIFY2(cluster.start(&why), qPrintable(why));
//   const QString url = cluster.createDatabase(u"central"_s, &why); // postgresql://saduak@...

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace saduak::test {

class PostgresCluster
{
public:
    // durable: fsync, synchronous_commit and full_page_writes on, as a real server runs (for
    // benchmarks); off by default, as the data is thrown away.
    explicit PostgresCluster(bool durable = false);
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // initdb + pg_ctl start. False with the reason (naming the package when PostgreSQL is not
    // installed, or the server's log when it would not start).
    bool start(QString *why);
    void stop();
    bool isRunning() const { return m_running; }

    // The server goes away and comes back on the same port with the same data, as an operator's
    // restart does to the programs connected to it. mode: pg_ctl's -m, "fast" (sessions ended
    // cleanly) or "immediate" (as a crash). For tests of a client that must reconnect.
    bool stopServer(const QString &mode, QString *why); // pg_ctl stop: down until startServer
    bool startServer(QString *why); // after stopServer
    bool restartServer(const QString &mode, QString *why); // pg_ctl restart: down and up at once
    quint16 port() const { return m_port; }
    QString folder() const { return m_dir.path(); } // data, socket and log

    // A new empty database; its URL (postgresql://saduak@127.0.0.1:PORT/NAME), or empty (why).
    // name: letters, digits and '_' (others become '_'); made unique within this cluster.
    QString createDatabase(const QString &name, QString *why = nullptr);

    // The newest /usr/lib/postgresql/N/bin holding initdb and pg_ctl; empty (why) if none.
    static QString binDirectory(QString *why = nullptr);

    // One cluster for the whole test process, started at the first call and stopped when the
    // application object goes. A cluster that cannot start ends the process with the reason
    // (qFatal): the test command installs PostgreSQL, so missing is a failure, not a skip.
    static PostgresCluster &shared();

private:
    QString watcherScript() const;
    void watchForOurEnd();
    void stopWatching();
    bool run(const QString &program, const QStringList &arguments, bool asServerUser,
        QString *output, int timeoutMs = 60000) const;
    // pg_ctl start or restart with the cluster's options; false with the output and log (why).
    bool runServer(const QStringList &command, QString *why) const;

    QTemporaryDir m_dir;
    QString m_bin;
    quint16 m_port = 0;
    QString m_serverOptions; // pg_ctl -o, chosen at start()
    bool m_running = false;
    bool m_durable = false;
    bool m_asPostgresUser = false; // root: initdb and pg_ctl run as the "postgres" system user
    int m_databases = 0;
    std::unique_ptr<QProcess> m_watcher;
};

// Whether the central tests of this process run on PostgreSQL: SADUAK_TEST_CENTRAL=postgres.
bool centralOnPostgres();

// Where a test's saduak-central keeps its data: dir/NAME.sqlite, or, when centralOnPostgres(), a
// fresh database on PostgresCluster::shared(). Each call is a new, empty location.
QString centralLocation(const QTemporaryDir &dir, const QString &name = QStringLiteral("central"));

} // namespace saduak::test
