// saduak-central backup FILE on a serving SQLite central: a whole copy with what central held,
// made while it serves; on PostgreSQL the exact pg_dump command, without the password.
#include "centralprocess.h"

#include <storage/databasecheck.h>

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
};

QTEST_GUILESS_MAIN(TestCentralBackup)
#include "tst_centralbackup.moc"
