#include "postgrescluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace saduak::test {

namespace {

const QString kNotInstalled = u"PostgreSQL is not installed: the tests need initdb and pg_ctl "
                              "from /usr/lib/postgresql/<version>/bin. Install the Debian "
                              "package postgresql (bash scripts/saduak-dev.sh install does)."_s;

// A port nobody listens on now. Another program could take it before the server does; the
// server then fails to start with "could not bind", which the log shows.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

std::unique_ptr<PostgresCluster> &sharedCluster()
{
    static std::unique_ptr<PostgresCluster> cluster;
    return cluster;
}

void stopSharedCluster()
{
    sharedCluster().reset();
}

} // namespace

PostgresCluster::PostgresCluster(bool durable)
    : m_dir(QDir::tempPath() + u"/saduak-pg-XXXXXX"_s), m_durable(durable)
{ }

PostgresCluster::~PostgresCluster()
{
    stop();
}

QString PostgresCluster::watcherScript() const
{
    // Single quotes keep the paths as they are; QTemporaryDir's names hold no quote.
    const auto quoted = [](const QString &text) -> QString { return u"'"_s + text + u"'"_s; };
    QString stop = quoted(m_bin + u"/pg_ctl"_s) + u" -D "_s + quoted(m_dir.filePath(u"data"_s))
        + u" -m immediate -w stop >/dev/null 2>&1"_s;
    if (m_asPostgresUser)
        stop = u"runuser -u postgres -- "_s + stop;
    return u"cat >/dev/null; "_s + stop + u"; rm -rf "_s + quoted(m_dir.path());
}

void PostgresCluster::watchForOurEnd()
{
    // A test killed before it can stop its cluster (a ctest timeout, SIGKILL) would leave the
    // server running and its folder behind, run after run. The watcher reads its standard
    // input, whose other end only this process holds: when this process ends in any way the
    // read ends, and the watcher stops the server and removes the folder. setsid: a kill of
    // this process's group does not take the watcher along.
    m_watcher = std::make_unique<QProcess>();
    m_watcher->setProcessChannelMode(QProcess::ForwardedChannels);
    m_watcher->start(u"setsid"_s, {u"sh"_s, u"-c"_s, watcherScript()});
    m_watcher->waitForStarted(5000);
}

void PostgresCluster::stopWatching()
{
    if (!m_watcher)
        return;
    // Killed, not ended by closing its input: this process stops the server itself.
    m_watcher->kill();
    m_watcher->waitForFinished(5000);
    m_watcher.reset();
}

QString PostgresCluster::binDirectory(QString *why)
{
    QString best;
    QVersionNumber bestVersion;
    const QDir root(u"/usr/lib/postgresql"_s);
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(entry + u"/bin"_s);
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (version.isNull() || !QFile::exists(bin + u"/initdb"_s)
            || !QFile::exists(bin + u"/pg_ctl"_s))
            continue;
        if (best.isEmpty() || version > bestVersion) {
            best = bin;
            bestVersion = version;
        }
    }
    if (best.isEmpty() && why)
        *why = kNotInstalled;
    return best;
}

bool PostgresCluster::run(const QString &program, const QStringList &arguments, bool asServerUser,
    QString *output, int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The postgres user may not enter the test's own folder (a build tree under /root).
    process.setWorkingDirectory(m_dir.path());
    if (asServerUser && m_asPostgresUser)
        process.start(
            u"runuser"_s, QStringList {u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments);
    else
        process.start(program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
        if (output)
            *output += u"\n(timed out after "_s + QString::number(timeoutMs) + u" ms)"_s;
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresCluster::start(QString *why)
{
    auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (m_running)
        return true;
    m_bin = binDirectory(why);
    if (m_bin.isEmpty())
        return false;
    if (!m_dir.isValid())
        return fail(u"cannot create a temporary folder for the cluster: "_s + m_dir.errorString());

    // PostgreSQL refuses to run as root; the Debian package made the "postgres" user for it.
    m_asPostgresUser = ::geteuid() == 0;
    if (m_asPostgresUser) {
        const passwd *user = ::getpwnam("postgres");
        if (!user)
            return fail(u"running as root, and there is no \"postgres\" user to run the server "
                        "as: "_s
                + kNotInstalled);
        if (::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0)
            return fail(u"cannot give "_s + m_dir.path() + u" to the postgres user"_s);
    }

    const QString data = m_dir.filePath(u"data"_s);
    QString output;
    if (!run(m_bin + u"/initdb"_s,
            {u"-D"_s, data, u"-A"_s, u"trust"_s, u"-U"_s, u"saduak"_s, u"-N"_s, u"-E"_s, u"UTF8"_s,
                u"--locale=C"_s},
            true, &output))
        return fail(u"initdb failed: "_s + output);

    m_port = freePort();
    if (m_port == 0)
        return fail(u"no free port on 127.0.0.1"_s);
    // Throw-away data: no fsync, no waiting for the disk (unless durable); the socket in our own
    // folder (the system's /run/postgresql belongs to the system's cluster); small, as several test
    // processes each run one at the same time.
    const QString durability = m_durable
        ? u" -c fsync=on -c synchronous_commit=on -c full_page_writes=on"_s
        : u" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"_s;
    m_serverOptions = u"-p "_s + QString::number(m_port) + u" -k "_s + m_dir.path()
        + u" -c listen_addresses=127.0.0.1 -c shared_buffers=32MB -c max_connections=60"_s
        + durability;
    if (!runServer({u"start"_s}, why))
        return false;
    m_running = true;
    watchForOurEnd();
    return true;
}

void PostgresCluster::stop()
{
    if (!m_running)
        return;
    m_running = false;
    stopWatching();
    // Immediate: nothing of a throw-away cluster needs to be written out.
    run(m_bin + u"/pg_ctl"_s,
        {u"-D"_s, m_dir.filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s}, true,
        nullptr, 30000);
}

bool PostgresCluster::runServer(const QStringList &command, QString *why) const
{
    const QString log = m_dir.filePath(u"server.log"_s);
    QString output;
    if (run(m_bin + u"/pg_ctl"_s,
            QStringList {u"-D"_s, m_dir.filePath(u"data"_s), u"-l"_s, log, u"-w"_s, u"-t"_s,
                u"60"_s, u"-o"_s, m_serverOptions}
                + command,
            true, &output, 90000))
        return true;
    QFile file(log);
    const QString serverLog = file.open(QIODevice::ReadOnly)
        ? QString::fromLocal8Bit(file.readAll().right(2000))
        : QString();
    if (why)
        *why = u"pg_ctl "_s + command.join(u' ') + u" failed: "_s + output + u"\nserver log:\n"_s
            + serverLog;
    return false;
}

bool PostgresCluster::stopServer(const QString &mode, QString *why)
{
    QString output;
    if (run(m_bin + u"/pg_ctl"_s,
            {u"-D"_s, m_dir.filePath(u"data"_s), u"-m"_s, mode, u"-w"_s, u"stop"_s}, true, &output,
            60000))
        return true;
    if (why)
        *why = u"pg_ctl stop -m "_s + mode + u" failed: "_s + output;
    return false;
}

bool PostgresCluster::startServer(QString *why)
{
    return runServer({u"start"_s}, why);
}

bool PostgresCluster::restartServer(const QString &mode, QString *why)
{
    return runServer({u"-m"_s, mode, u"restart"_s}, why);
}

QString PostgresCluster::createDatabase(const QString &name, QString *why)
{
    if (!m_running) {
        if (why)
            *why = u"the cluster is not running"_s;
        return {};
    }
    QString database = name.toLower();
    database.replace(QRegularExpression(u"[^a-z0-9_]"_s), u"_"_s);
    database = u"t"_s + QString::number(++m_databases) + u'_' + database.left(40);
    QString output;
    // createdb is a client: it connects over TCP as "saduak", so it runs as whoever we are.
    if (!run(m_bin + u"/createdb"_s,
            {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"-U"_s, u"saduak"_s,
                database},
            false, &output)) {
        if (why)
            *why = u"createdb "_s + database + u" failed: "_s + output;
        return {};
    }
    return u"postgresql://saduak@127.0.0.1:"_s + QString::number(m_port) + u'/' + database;
}

PostgresCluster &PostgresCluster::shared()
{
    std::unique_ptr<PostgresCluster> &cluster = sharedCluster();
    if (!cluster) {
        cluster = std::make_unique<PostgresCluster>();
        QString why;
        if (!cluster->start(&why))
            qFatal("saduak tests: cannot start a PostgreSQL cluster: %s", qPrintable(why));
        // Stopped while Qt still works (QCoreApplication's destructor), not at static exit.
        qAddPostRoutine(stopSharedCluster);
    }
    return *cluster;
}

bool centralOnPostgres()
{
    return qEnvironmentVariable("SADUAK_TEST_CENTRAL") == u"postgres"_s;
}

QString centralLocation(const QTemporaryDir &dir, const QString &name)
{
    if (!centralOnPostgres())
        return dir.filePath(name + u".sqlite"_s);
    QString why;
    const QString url = PostgresCluster::shared().createDatabase(name, &why);
    if (url.isEmpty())
        qFatal("saduak tests: %s", qPrintable(why));
    return url;
}

} // namespace saduak::test
