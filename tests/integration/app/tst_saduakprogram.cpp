// Runs the real `saduak` program as a user would start it: each mode, bad arguments, and
// databases it must refuse without touching them.
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <programprocess.h>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestSaduakProgram : public QObject
{
    Q_OBJECT

    Run run(const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOME"_s, m_dir.path()); // never the tester's own settings or database
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SADUAK_BINARY), arguments);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList common(const QString &mode, const QString &shot)
    {
        return {u"--mode"_s, mode, u"--db"_s, m_dir.filePath(u"branch.sqlite"_s), u"--settings"_s,
            m_dir.filePath(u"saduak.ini"_s), u"--screenshot"_s, shot};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void startsEveryMode_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("counter") << u"counter"_s;
        QTest::newRow("kiosk") << u"kiosk"_s;
        QTest::newRow("display") << u"display"_s;
        QTest::newRow("supervisor") << u"supervisor"_s;
    }

    void startsEveryMode()
    {
        QFETCH(QString, mode);
        const QString shot = m_dir.filePath(mode + u".png"_s);
        const Run r = run(common(mode, shot));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
        QVERIFY(QFile::exists(m_dir.filePath(u"branch.sqlite"_s)));
    }

    // The pairing token from a private file, so ps never shows it: the hub welcomes the device.
    void joinsTheHubWithTheTokenFromAFile()
    {
        saduak::test::HubProcess hub(QStringLiteral(SADUAK_HUB_BINARY), m_dir.filePath(u"hub.sqlite"_s));
        const QString token = hub.pair(u"display"_s, u"Board by file"_s);
        QVERIFY(!token.isEmpty());
        QVERIFY(hub.start(0, {}));
        const QString tokenPath = m_dir.filePath(u"board.token"_s);
        QFile file(tokenPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(token.toUtf8() + "\n");
        file.close();
        QVERIFY(QFile::setPermissions(tokenPath, QFile::ReadOwner | QFile::WriteOwner));
        const QStringList joining {u"--mode"_s, u"display"_s, u"--hub"_s, hub.url(), u"--settings"_s,
            m_dir.filePath(u"board.ini"_s), u"--language"_s, u"en"_s};

        const Run joined = run(joining
            + QStringList {u"--token-file"_s, tokenPath, u"--screenshot"_s,
                m_dir.filePath(u"board.png"_s)});
        QVERIFY2(joined.exitCode == 0, qPrintable(joined.err));
        QVERIFY(hub.program().waitFor(
            [](const QString &out) { return out.contains(u"Board by file"_s); }));

        // Open to others, or given twice: refused, with what to do.
        QVERIFY(QFile::setPermissions(tokenPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        const Run open = run(joining + QStringList {u"--token-file"_s, tokenPath});
        QCOMPARE(open.exitCode, 2);
        QVERIFY2(open.err.contains(u"chmod 600"_s), qPrintable(open.err));
        const Run both = run(joining + QStringList {u"--token-file"_s, tokenPath, u"--token"_s, token});
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains(u"not both"_s), qPrintable(both.err));
        const Run missing = run(joining + QStringList {u"--token-file"_s, m_dir.filePath(u"none"_s)});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(u"cannot be read"_s), qPrintable(missing.err));
    }

    // A PC that will never join (here: a ws:// hub on another PC, where its token would cross
    // the LAN in clear) shows why and never connects; its screenshot is that screen.
    void aRefusedPcShowsWhyAndItsScreenCanBeTaken()
    {
        const QString shot = m_dir.filePath(u"refused.png"_s);
        const Run r = run({u"--mode"_s, u"kiosk"_s, u"--hub"_s, u"ws://192.0.2.10:7420"_s,
            u"--token"_s, u"x"_s, u"--settings"_s, m_dir.filePath(u"refused.ini"_s),
            u"--language"_s, u"en"_s, u"--screenshot"_s, shot});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Use wss://192.0.2.10:7420 with the pin"_s), qPrintable(r.err));
        QVERIFY(!QImage(shot).isNull());
    }

    // A mistake in the settings file is named, not turned into a default in silence: the PC
    // would otherwise run as another counter or kiosk than the one set up (issue 14 item 9).
    void refusesAMistakeInItsSettingsFile()
    {
        const QString path = m_dir.filePath(u"mistaken.ini"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[queue]\nopenAllDay=maybe\n[counter]\nnumbr=3\n");
        file.close();
        const Run bad = run({u"--mode"_s, u"counter"_s, u"--language"_s, u"en"_s, u"--settings"_s,
            path, u"--screenshot"_s, m_dir.filePath(u"never.png"_s)});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"queue/openAllDay=maybe"_s), qPrintable(bad.err));
        QVERIFY2(bad.err.contains(u"counter/numbr"_s), qPrintable(bad.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"never.png"_s)));

        const Run folder = run({u"--mode"_s, u"counter"_s, u"--language"_s, u"en"_s,
            u"--settings"_s, m_dir.path()});
        QCOMPARE(folder.exitCode, 2);
        QVERIFY2(folder.err.contains(u"is a folder, not a file"_s), qPrintable(folder.err));
    }

    void refusesUnknownModeWithReason()
    {
        const Run r = run({u"--mode"_s, u"manager"_s, u"--language"_s, u"en"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"Unknown mode \"manager\""_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"supervisor"_s), qPrintable(r.err)); // among the modes offered
    }

    void explainsErrorsInThai()
    {
        const Run r = run({u"--mode"_s, u"nowhere"_s, u"--language"_s, u"th"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"nowhere"_s) && r.err.contains(u"ไม่รู้จัก"_s), qPrintable(r.err));
    }

    void helpListsTheModes()
    {
        const Run r = run({u"--help"_s, u"--language"_s, u"en"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"--mode"_s));
        QVERIFY(r.out.contains(u"--screenshot"_s));
    }

    void refusesNewerDatabaseAndLeavesItUntouched()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE schema_migrations (scope TEXT NOT NULL, version INTEGER "
                           "NOT NULL, name TEXT NOT NULL, applied_at_ms INTEGER NOT NULL, "
                           "PRIMARY KEY (scope, version))"_s));
            QVERIFY(q.exec(
                u"INSERT INTO schema_migrations VALUES ('core', 999, '0999_future.sql', 0)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        const QByteArray before = fileHash(path);

        QStringList args = common(u"counter"_s, m_dir.filePath(u"never.png"_s));
        args[3] = path;
        args << u"--language"_s << u"en"_s;
        const Run r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"newer"_s), qPrintable(r.err));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(m_dir.filePath(u"never.png"_s)));
    }

    void refusesAFileThatIsNotADatabase()
    {
        const QString path = m_dir.filePath(u"notes.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const QByteArray before = fileHash(path);

        QStringList args = common(u"counter"_s, m_dir.filePath(u"never2.png"_s));
        args[3] = path;
        args << u"--language"_s << u"en"_s;
        const Run r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.trimmed().isEmpty(), "a reason is printed");
        QCOMPARE(fileHash(path), before);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSaduakProgram)
#include "tst_saduakprogram.moc"
