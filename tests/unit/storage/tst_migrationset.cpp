#include <storage/migration.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

class tst_MigrationSet : public QObject
{
    Q_OBJECT

private:
    // Writes each named file with a statement of its own into a fresh folder.
    static bool writeFiles(const QTemporaryDir &dir, const QStringList &files)
    {
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.write("CREATE TABLE t (x);\n");
        }
        return true;
    }

private slots:
    void namingRules_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QList<int>>("versions");
        QTest::addColumn<QString>("whyContains");

        QTest::newRow("numbered files from one without gaps")
            << QStringList {u"0002_add_city.sql"_s, u"0001_create_person.sql"_s} << true
            << QList<int> {1, 2} << QString();
        QTest::newRow("ten files sort by number")
            << QStringList {u"0010_j.sql"_s, u"0009_i.sql"_s, u"0008_h.sql"_s, u"0007_g.sql"_s,
                   u"0006_f.sql"_s, u"0005_e.sql"_s, u"0004_d.sql"_s, u"0003_c.sql"_s,
                   u"0002_b.sql"_s, u"0001_a.sql"_s}
            << true << QList<int> {1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << QString();
        QTest::newRow("files that are not sql are ignored")
            << QStringList {u"0001_a.sql"_s, u"README.md"_s, u"notes.txt"_s} << true
            << QList<int> {1} << QString();
        QTest::newRow("empty folder is an empty set")
            << QStringList {} << true << QList<int> {} << QString();
        QTest::newRow("gap in numbers is refused")
            << QStringList {u"0001_a.sql"_s, u"0003_c.sql"_s} << false << QList<int> {}
            << u"0002 is missing"_s;
        QTest::newRow("numbers not starting at one are refused")
            << QStringList {u"0002_b.sql"_s} << false << QList<int> {} << u"0001 is missing"_s;
        QTest::newRow("duplicate number is refused")
            << QStringList {u"0001_a.sql"_s, u"0001_b.sql"_s, u"0002_c.sql"_s} << false
            << QList<int> {} << u"used twice"_s;
        QTest::newRow("number zero is refused")
            << QStringList {u"0000_a.sql"_s, u"0001_b.sql"_s} << false << QList<int> {}
            << u"numbers start at 0001"_s;
        QTest::newRow("name without a number is refused")
            << QStringList {u"0001_a.sql"_s, u"create_visit.sql"_s} << false << QList<int> {}
            << u"create_visit.sql"_s;
        QTest::newRow("three-digit number is refused")
            << QStringList {u"001_a.sql"_s} << false << QList<int> {} << u"001_a.sql"_s;
        QTest::newRow("number without words is refused")
            << QStringList {u"0001.sql"_s} << false << QList<int> {} << u"0001.sql"_s;
        QTest::newRow("dash instead of underscore is refused")
            << QStringList {u"0001-a.sql"_s} << false << QList<int> {} << u"0001-a.sql"_s;
        QTest::newRow("space in the name is refused")
            << QStringList {u"0001_add city.sql"_s} << false << QList<int> {}
            << u"0001_add city.sql"_s;
        QTest::newRow("uppercase name is refused") << QStringList {u"0001_AddCity.sql"_s} << false
                                                   << QList<int> {} << u"0001_AddCity.sql"_s;
        QTest::newRow("uppercase extension is refused")
            << QStringList {u"0001_a.SQL"_s} << false << QList<int> {} << u"0001_a.SQL"_s;
    }

    void namingRules()
    {
        QFETCH(QStringList, files);
        QFETCH(bool, valid);
        QFETCH(QList<int>, versions);
        QFETCH(QString, whyContains);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFiles(dir, files));

        QString why;
        const MigrationSet set = MigrationSet::fromFolder(u"test"_s, dir.path(), &why);
        QCOMPARE(set.isValid(), valid);
        if (!valid) {
            QVERIFY2(why.contains(whyContains), qPrintable(why));
            QCOMPARE(set.whyInvalid(), why);
            QVERIFY(set.migrations().isEmpty());
            QCOMPARE(set.latestVersion(), 0);
            return;
        }
        QVERIFY(why.isEmpty());
        QCOMPARE(set.scope(), u"test"_s);
        QList<int> found;
        for (const Migration &m : set.migrations())
            found.append(m.version);
        QCOMPARE(found, versions);
        QCOMPARE(set.latestVersion(), versions.isEmpty() ? 0 : versions.last());
    }

    void eachMigrationCarriesScopeNameAndSql()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"0001_create_person.sql"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Written by an editor that puts a byte-order mark first; Thai text must survive.
        file.write("\xEF\xBB\xBF"
                   "CREATE TABLE person (name TEXT DEFAULT 'สมชาย');\n");
        file.close();

        const MigrationSet set = MigrationSet::fromFolder(u"complaints"_s, dir.path());
        QVERIFY(set.isValid());
        QCOMPARE(set.migrations().size(), 1);
        const Migration &m = set.migrations().first();
        QCOMPARE(m.scope, u"complaints"_s);
        QCOMPARE(m.version, 1);
        QCOMPARE(m.name, u"0001_create_person.sql"_s);
        QCOMPARE(m.sql, u"CREATE TABLE person (name TEXT DEFAULT 'สมชาย');\n"_s);
    }

    void refusesEmptyMigrationFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFiles(dir, {u"0001_a.sql"_s}));
        QFile empty(dir.filePath(u"0002_b.sql"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.write("  \n\t\n");
        empty.close();

        QString why;
        QVERIFY(!MigrationSet::fromFolder(u"test"_s, dir.path(), &why).isValid());
        QVERIFY2(why.contains(u"0002_b.sql is empty"_s), qPrintable(why));
    }

    void refusesMissingFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString why;
        const MigrationSet set
            = MigrationSet::fromFolder(u"test"_s, dir.filePath(u"nowhere"_s), &why);
        QVERIFY(!set.isValid());
        QVERIFY2(why.contains(u"does not exist"_s), qPrintable(why));
    }

    void refusesEmptyScope()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString why;
        QVERIFY(!MigrationSet::fromFolder(QString(), dir.path(), &why).isValid());
        QVERIFY(why.contains(u"scope"_s));
    }

    void coreSetIsCompiledIn()
    {
        const MigrationSet core = MigrationSet::core();
        QVERIFY2(core.isValid(), qPrintable(core.whyInvalid()));
        QCOMPARE(core.scope(), u"core"_s);
        QVERIFY(core.latestVersion() >= 2);
        QCOMPARE(core.migrations().at(0).name, u"0001_outbox.sql"_s);
        QCOMPARE(core.migrations().at(1).name, u"0002_catalog.sql"_s);
        QVERIFY(core.migrations().at(0).sql.contains(u"CREATE TABLE outbox"_s));
    }
};

QTEST_GUILESS_MAIN(tst_MigrationSet)
#include "tst_migrationset.moc"
