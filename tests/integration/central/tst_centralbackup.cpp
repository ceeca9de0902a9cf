// saduak-central backup FILE on a serving SQLite central: a whole copy with what central held,
// made while it serves; on PostgreSQL the exact pg_dump command, without the password. And a
// central whose file has a damaged page is refused at start with the way to restore it.
#include "centralprocess.h"

#include <storage/databasecheck.h>

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using saduak::test::CentralProcess;

class TestCentralBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backsUpAServingCentral()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CentralProcess central(dir.filePath(u"central.sqlite"_s));
        QVERIFY(!central.enrol(u"B001"_s, u"Bang Rak"_s).isEmpty());
        QVERIFY(central.start() != 0);

        const QString copy = dir.filePath(u"central-copy.sqlite"_s);
        QString out, err;
        QCOMPARE(central.command({u"backup"_s, copy}, &out, &err), 0);
        QVERIFY2(out.contains(u"key file"_s), qPrintable(out)); // the key is not in the copy
        QVERIFY(DatabaseCheck::runOnFile(copy, DatabaseCheck::Depth::Full).whole());
        QCOMPARE(QFileInfo(copy).permissions() & (QFile::ReadGroup | QFile::ReadOther),
            QFileDevice::Permissions());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"copy"_s);
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT code, name FROM branch"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), u"B001"_s);
            QCOMPARE(query.value(1).toString(), u"Bang Rak"_s);
        }
        QSqlDatabase::removeDatabase(u"copy"_s);
    }

    void namesPgDumpForPostgres()
    {
        QProcess p;
        p.start(QStringLiteral(SADUAK_CENTRAL_BINARY),
            {u"backup"_s, u"/var/backups/central.dump"_s, u"--db"_s,
                u"postgresql://saduak:s3cret@db.example:5433/central"_s, u"--language"_s,
                u"en"_s});
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(u"pg_dump --format=custom --file=/var/backups/central.dump "
                              "'postgresql://saduak@db.example:5433/central'"_s),
            qPrintable(err));
        QVERIFY(!err.contains(u"s3cret"_s));
    }

    void refusesADamagedFileAtStart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"central.sqlite"_s);
        CentralProcess central(path);
        QVERIFY(!central.enrol(u"B001"_s, u"Bang Rak"_s).isEmpty());
        // Enough rows that a table spans many pages; then one page in the middle overwritten.
        int pageSize = 0;
        int page = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fill"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)"_s));
            QVERIFY(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                           "WHERE i < 2000) INSERT INTO filler (text) SELECT printf('%0200d', i) "
                           "FROM n"_s));
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            QVERIFY(q.exec(u"SELECT pageno, pgsize FROM dbstat WHERE name = 'filler' AND "
                           "pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 10"_s));
            QVERIFY(q.next());
            page = q.value(0).toInt();
            pageSize = q.value(1).toInt();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"fill"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(qint64(page - 1) * pageSize + 8));
            QVERIFY(file.write(QByteArray(pageSize / 2, '\xA5')) == pageSize / 2);
        }
        QString out, err;
        QCOMPARE(central.command({u"list-branches"_s}, &out, &err), 1);
        QVERIFY2(err.contains(u"is damaged"_s), qPrintable(err));
        QVERIFY2(err.contains(u"saduak-central backup"_s), qPrintable(err));
        QVERIFY2(!out.contains(u"B001"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCentralBackup)
#include "tst_centralbackup.moc"
