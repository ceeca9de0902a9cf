// Where a branch is (issue 16, item 6): enrol-branch --province --amphoe and set-branch-area put a
// branch in a province and amphoe of admin-areas as imported at central, and list-branches shows
// their codes; an amphoe of another province, a code admin-areas lacks, or an admin-areas never
// imported is refused with exit 2 and nothing changed — against the real saduak-central.
#include "centralprocess.h"

#include <postgrescluster.h>

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saduak::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out; // as printed, not trimmed: list-branches ends a line with empty fields
    QString err;
};

Run run(const QString &db, const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(SADUAK_CENTRAL_BINARY),
        arguments + QStringList {u"--db"_s, db, u"--language"_s, u"en"_s});
    Run r;
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Bangkok with two of its khets, and Samut Prakan with one amphoe, in the form of
// db/reference/admin-areas.jsonl (a tambon too, so "p10" is not the only key starting "p1").
const QByteArray kAreas
    = R"({"key":"d1001","code":"1001","th":"พระนคร","en":"Phra Nakhon","parent":"10"}
{"key":"d1007","code":"1007","th":"ปทุมวัน","en":"Pathum Wan","parent":"10"}
{"key":"d1101","code":"1101","th":"เมืองสมุทรปราการ","en":"Mueang Samut Prakan","parent":"11"}
{"key":"p10","code":"10","th":"กรุงเทพมหานคร","en":"Bangkok","parent":""}
{"key":"p11","code":"11","th":"สมุทรปราการ","en":"Samut Prakan","parent":""}
{"key":"t100101","code":"100101","th":"พระบรมมหาราชวัง","en":"Phra Borom Maha Ratchawang","parent":"1001","postalCode":"10200"}
)"_ba;

} // namespace

class TestCentralBranchArea : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run central(const QStringList &arguments) const { return run(m_db, arguments); }

    // list-branches as code → its fields after the code: name, enrolled, state, province, amphoe.
    QMap<QString, QStringList> listed() const
    {
        const Run list = central({u"list-branches"_s});
        QMap<QString, QStringList> byCode;
        if (list.exitCode != 0)
            return byCode;
        for (const QString &line : list.out.split(u'\n', Qt::SkipEmptyParts)) {
            QStringList fields = line.split(u'\t');
            byCode.insert(fields.takeFirst(), fields);
        }
        return byCode;
    }

    // The province and amphoe list-branches shows for code (each line has exactly 6 fields).
    QStringList areaOf(const QString &code) const
    {
        const QStringList fields = listed().value(code);
        if (fields.size() != 5)
            return {u"fields: "_s + QString::number(fields.size() + 1)};
        return fields.mid(3);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = centralLocation(m_dir);
        QFile areas(m_dir.filePath(u"admin-areas.jsonl"_s));
        QVERIFY(areas.open(QIODevice::WriteOnly));
        QCOMPARE(areas.write(kAreas), kAreas.size());
        areas.close();
        const Run imported = central({u"import-reference"_s, u"--dataset"_s, u"admin-areas"_s,
            u"--file"_s, areas.fileName(), u"--key-field"_s, u"key"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    // The plain codes or admin-areas' keys, as the operator has them; listed as the codes.
    void aBranchIsEnrolledWithItsArea()
    {
        Run enrolled = central({u"enrol-branch"_s, u"--code"_s, u"B001"_s, u"--name"_s,
            u"Central World"_s, u"--province"_s, u"10"_s, u"--amphoe"_s, u"1007"_s});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        QVERIFY(!enrolled.out.trimmed().isEmpty()); // the token
        QCOMPARE(areaOf(u"B001"_s), (QStringList {u"10"_s, u"1007"_s}));

        enrolled = central({u"enrol-branch"_s, u"--code"_s, u"B002"_s, u"--name"_s,
            u"Imperial Samrong"_s, u"--province"_s, u"p11"_s, u"--amphoe"_s, u"d1101"_s});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        QCOMPARE(areaOf(u"B002"_s), (QStringList {u"11"_s, u"1101"_s}));

        // A province alone is an area too.
        enrolled = central({u"enrol-branch"_s, u"--code"_s, u"B003"_s, u"--name"_s,
            u"Bangkok somewhere"_s, u"--province"_s, u"10"_s});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        QCOMPARE(areaOf(u"B003"_s), (QStringList {u"10"_s, u""_s}));
    }

    // A branch enrolled without an area lists two empty fields, and gets one with
    // set-branch-area; a second set-branch-area moves it.
    void anAreaIsSetLater()
    {
        const Run enrolled
            = central({u"enrol-branch"_s, u"--code"_s, u"B010"_s, u"--name"_s, u"Siam Paragon"_s});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        QCOMPARE(areaOf(u"B010"_s), (QStringList {u""_s, u""_s}));

        Run set = central({u"set-branch-area"_s, u"--code"_s, u"B010"_s, u"--province"_s, u"p10"_s,
            u"--amphoe"_s, u"1007"_s});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY2(set.out.contains(u"B010"_s), qPrintable(set.out));
        QCOMPARE(areaOf(u"B010"_s), (QStringList {u"10"_s, u"1007"_s}));

        set = central({u"set-branch-area"_s, u"--code"_s, u"B010"_s, u"--province"_s, u"11"_s,
            u"--amphoe"_s, u"1101"_s});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(areaOf(u"B010"_s), (QStringList {u"11"_s, u"1101"_s}));

        // Both are replaced: a province alone leaves no amphoe of the one before.
        set = central({u"set-branch-area"_s, u"--code"_s, u"B010"_s, u"--province"_s, u"10"_s});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(areaOf(u"B010"_s), (QStringList {u"10"_s, u""_s}));
    }

    void aWrongAreaIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("province");
        QTest::addColumn<QString>("amphoe");
        QTest::addColumn<QString>("message");
        QTest::newRow("amphoe of another province")
            << u"11"_s << u"1001"_s
            << u"Amphoe 1001 is not in province 11 (it is in province 10)"_s;
        QTest::newRow("unknown province")
            << u"12"_s << QString() << u"There is no province 12 in the administrative areas"_s;
        QTest::newRow("unknown amphoe")
            << u"10"_s << u"1050"_s << u"There is no amphoe 1050 in the administrative areas"_s;
        QTest::newRow("a tambon for an amphoe")
            << u"10"_s << u"100101"_s << u"\"100101\" is not an amphoe code"_s;
        QTest::newRow("an amphoe's key for a province")
            << u"d1001"_s << QString() << u"\"d1001\" is not a province code"_s;
        QTest::newRow("amphoe without province")
            << QString() << u"1001"_s << u"An amphoe needs its province"_s;
    }

    // Exit 2 and the reason; set-branch-area leaves the area as it was and enrol-branch enrols
    // nothing (no token printed, the code free).
    void aWrongAreaIsRefusedAndChangesNothing()
    {
        QFETCH(QString, province);
        QFETCH(QString, amphoe);
        QFETCH(QString, message);
        QStringList area;
        if (!province.isNull())
            area << u"--province"_s << province;
        if (!amphoe.isNull())
            area << u"--amphoe"_s << amphoe;

        const Run enrolled = central(
            QStringList {u"enrol-branch"_s, u"--code"_s, u"B020"_s, u"--name"_s, u"Nowhere"_s}
            + area);
        QCOMPARE(enrolled.exitCode, 2);
        QVERIFY2(enrolled.err.contains(message), qPrintable(enrolled.err));
        QVERIFY2(enrolled.out.isEmpty(), qPrintable(enrolled.out));
        QVERIFY(!listed().contains(u"B020"_s));

        if (province.isNull())
            return; // set-branch-area needs --province: its own refusal, below
        const QStringList before = areaOf(u"B001"_s);
        QCOMPARE(before, (QStringList {u"10"_s, u"1007"_s}));
        const Run set = central(QStringList {u"set-branch-area"_s, u"--code"_s, u"B001"_s} + area);
        QCOMPARE(set.exitCode, 2);
        QVERIFY2(set.err.contains(message), qPrintable(set.err));
        QCOMPARE(areaOf(u"B001"_s), before);
    }

    void setBranchAreaNeedsAnEnrolledBranchAndAProvince()
    {
        Run set = central({u"set-branch-area"_s, u"--code"_s, u"B999"_s, u"--province"_s, u"10"_s});
        QCOMPARE(set.exitCode, 1);
        QVERIFY2(set.err.contains(u"No branch has the code B999"_s), qPrintable(set.err));
        set = central({u"set-branch-area"_s, u"--code"_s, u"B001"_s, u"--amphoe"_s, u"1001"_s});
        QCOMPARE(set.exitCode, 2);
        QVERIFY2(set.err.contains(u"set-branch-area needs --code CODE and --province"_s),
            qPrintable(set.err));
        QCOMPARE(areaOf(u"B001"_s), (QStringList {u"10"_s, u"1007"_s}));
    }

    // A central where admin-areas was never imported can check no area: it says to import it,
    // and enrols or changes nothing. A branch without an area is still enrolled as ever.
    void withoutAdminAreasAnAreaIsRefusedUntilImported()
    {
        const QString bare = centralLocation(m_dir, u"bare"_s);
        Run enrolled = run(bare,
            {u"enrol-branch"_s, u"--code"_s, u"B001"_s, u"--name"_s, u"Central World"_s,
                u"--province"_s, u"10"_s, u"--amphoe"_s, u"1007"_s});
        QCOMPARE(enrolled.exitCode, 2);
        QVERIFY2(enrolled.err.contains(u"not imported at central yet: import them first"_s)
                && enrolled.err.contains(u"import-reference --dataset admin-areas"_s),
            qPrintable(enrolled.err));
        QVERIFY(enrolled.out.isEmpty());

        enrolled = run(
            bare, {u"enrol-branch"_s, u"--code"_s, u"B001"_s, u"--name"_s, u"Central World"_s});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        const Run set
            = run(bare, {u"set-branch-area"_s, u"--code"_s, u"B001"_s, u"--province"_s, u"10"_s});
        QCOMPARE(set.exitCode, 2);
        QVERIFY2(set.err.contains(u"import them first"_s), qPrintable(set.err));
        const Run list = run(bare, {u"list-branches"_s});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.count(u'\n'), 1); // B001 alone
        QVERIFY2(list.out.endsWith(u"\tactive\t\t\n"_s), qPrintable(list.out));
    }
};

QTEST_GUILESS_MAIN(TestCentralBranchArea)
#include "tst_centralbrancharea.moc"
