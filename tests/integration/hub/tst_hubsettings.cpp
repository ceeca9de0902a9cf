// A settings file saduak-hub cannot take is said, with the file, the line and the key, and the
// hub does not start (exit 2) — instead of silent defaults: a missing file, a folder, binary
// garbage, a value its key cannot take (openAllDay=maybe reads as true in QSettings), an unknown
// key (a typo), a line that is not key=value. A file QSettings itself wrote still starts the hub.
#include <programprocess.h>

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using saduak::test::HubProcess;
using saduak::test::runToEnd;

class TestHubSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void refusesSettingsItCannotTake_data()
    {
        QTest::addColumn<QString>("name"); // the file given with --settings, in the temp dir
        QTest::addColumn<QByteArray>("content"); // empty: not made
        QTest::addColumn<QStringList>("says");
        QTest::newRow("missing") << u"none.ini"_s << QByteArray()
                                 << QStringList {u"none.ini does not exist"_s};
        QTest::newRow("a folder") << u"folder"_s << QByteArray()
                                  << QStringList {u"folder is a folder, not a file"_s};
        QTest::newRow("binary garbage")
            << u"garbage.ini"_s << QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00\xff\xfe", 11)
            << QStringList {u"garbage.ini is not a settings file"_s};
        QTest::newRow("openAllDay=maybe")
            << u"maybe.ini"_s << QByteArray("[queue]\nrecallPauseSeconds=10\nopenAllDay=maybe\n")
            << QStringList {u"maybe.ini, line 3: queue/openAllDay=maybe is not valid; it takes "
                            "true or false"_s};
        QTest::newRow("a number out of range and a typo")
            << u"typo.ini"_s << QByteArray("[queue]\nrolloverHour=25\n\n[hub]\nmaxConnection=5\n")
            << QStringList {u"typo.ini, line 2: queue/rolloverHour=25 is not valid"_s,
                   u"typo.ini, line 5: unknown key hub/maxConnection"_s};
        QTest::newRow("not key=value")
            << u"line.ini"_s << QByteArray("[central]\nurl http://central\n")
            << QStringList {u"line.ini, line 2: \"url http://central\" is not a key=value line"_s};
    }

    void refusesSettingsItCannotTake()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, says);
        const QString path = m_dir.filePath(name);
        if (name == u"folder"_s) {
            QVERIFY(QDir().mkpath(path));
        } else if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const auto hub = runToEnd(QStringLiteral(SADUAK_HUB_BINARY),
            {u"--db"_s, m_dir.filePath(u"branch.sqlite"_s), u"--listen"_s, u"127.0.0.1"_s,
                u"--port"_s, u"0"_s, u"--settings"_s, path, u"--language"_s, u"en"_s});
        QCOMPARE(hub.exitCode, 2);
        QVERIFY2(!hub.out.contains(u"listening on port"_s), qPrintable(hub.out));
        for (const QString &words : says)
            QVERIFY2(hub.err.contains(words), qPrintable(hub.err));
    }

    // What QSettings writes (sections, quoted text, lists, a module's own keys) is taken as it is.
    void startsOnAFileQSettingsWrote()
    {
        const QString path = m_dir.filePath(u"good.ini"_s);
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(u"queue/openAllDay"_s, true);
            settings.setValue(u"queue/rolloverHour"_s, 3);
            settings.setValue(u"hub/maxConnections"_s, 50);
            settings.setValue(u"hub/logWindowSeconds"_s, 0.5);
            settings.setValue(u"branch/thaiName"_s, u"ศูนย์ราชการสะดวก, สาขา 1"_s);
            settings.setValue(u"central/datasets"_s, QStringList {u"land-parcels"_s, u"otop"_s});
            settings.setValue(u"modules/idcard/reader"_s, u"any"_s);
        }
        HubProcess hub(QStringLiteral(SADUAK_HUB_BINARY), m_dir.filePath(u"good.sqlite"_s));
        QVERIFY2(hub.start(0, {u"--settings"_s, path}), qPrintable(hub.program().read()));
    }
};

QTEST_GUILESS_MAIN(TestHubSettings)
#include "tst_hubsettings.moc"
