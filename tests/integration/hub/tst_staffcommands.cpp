// The operator's staff commands of the real saduak-hub on a temporary branch file (issue 16):
// add-staff with the password on stdin, list-staff, disable-staff, set-staff-password, what each
// refuses and its exit code; and that the password is what the hub then checks.
#include <hub/branchhub.h>
#include <hub/staffstore.h>
#include <programprocess.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

// saduak-hub with these arguments and this text on its stdin, in English; env: its environment
// (empty: this one's).
FinishedProgram run(
    const QStringList &arguments, const QByteArray &input = {}, const QProcessEnvironment &env = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(QStringLiteral(SADUAK_HUB_BINARY), arguments + QStringList {u"--language"_s, u"en"_s});
    if (!p.waitForStarted(30000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
        QString::fromUtf8(p.readAllStandardError()).trimmed()};
}

} // namespace

class TestStaffCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(u"branch.sqlite"_s); }

    FinishedProgram add(const QString &user, const QString &name, const QString &role,
        const QByteArray &password)
    {
        return run({u"add-staff"_s, u"--db"_s, db(), u"--user"_s, user, u"--name"_s, name,
                       u"--role"_s, role},
            password);
    }

    // The hub's own check of a log-in on the same file, as the screens will ask it.
    StaffStore::LogIn logIn(const QString &user, const QByteArray &password)
    {
        BranchHub::Options options;
        options.databasePath = db();
        options.exclusive = false;
        StorageError error;
        const std::unique_ptr<BranchHub> hub = BranchHub::open(options, &error);
        if (!hub)
            return {};
        return StaffStore(hub->database()).logIn(user, password, QDateTime::currentMSecsSinceEpoch());
    }

    // The staff audit rows of the file, in order, as their payloads.
    QList<QJsonObject> auditRows()
    {
        BranchHub::Options options;
        options.databasePath = db();
        options.exclusive = false;
        StorageError error;
        const std::unique_ptr<BranchHub> hub = BranchHub::open(options, &error);
        QList<QJsonObject> rows;
        QSqlQuery q(hub ? hub->database().connection() : QSqlDatabase());
        if (hub && q.exec(u"SELECT payload FROM outbox WHERE kind = 'staff.audit' ORDER BY seq"_s))
            while (q.next())
                rows.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        return rows;
    }

    // This environment with USER, LOGNAME and SUDO_USER as given (empty: unset).
    static QProcessEnvironment runBy(
        const QString &user, const QString &logName, const QString &sudoUser = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"USER"_s);
        env.remove(u"LOGNAME"_s);
        env.remove(u"SUDO_USER"_s);
        if (!sudoUser.isEmpty())
            env.insert(u"SUDO_USER"_s, sudoUser);
        if (!user.isEmpty())
            env.insert(u"USER"_s, user);
        if (!logName.isEmpty())
            env.insert(u"LOGNAME"_s, logName);
        return env;
    }

private Q_SLOTS:
    void addedStaffAreListedAndLogInWithThePasswordFromStdin()
    {
        const FinishedProgram added
            = add(u"somchai"_s, u"สมชาย ใจดี"_s, u"counter"_s, "รหัสผ่านยาวพอ 1\n");
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains(u"somchai"_s), qPrintable(added.out));
        QCOMPARE(add(u"anong"_s, u"Anong S."_s, u"supervisor"_s, "another password\r\n").exitCode, 0);
        QCOMPARE(add(u"admin1"_s, u"Branch admin"_s, u"admin"_s, "a third password").exitCode, 0);

        const FinishedProgram listed = run({u"list-staff"_s, u"--db"_s, db()});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out.split(u'\n'),
            (QStringList {u"admin1\tBranch admin\tadmin\tactive"_s,
                u"anong\tAnong S.\tsupervisor\tactive"_s,
                u"somchai\tสมชาย ใจดี\tcounter\tactive"_s}));
        QVERIFY(!listed.out.contains(u"password"_s));

        // The line's end is not part of the password; the password is the one the hub checks.
        QCOMPARE(logIn(u"somchai"_s, u"รหัสผ่านยาวพอ 1"_s.toUtf8()).outcome,
            StaffStore::LogIn::Outcome::LoggedIn);
        QCOMPARE(logIn(u"anong"_s, "another password").outcome,
            StaffStore::LogIn::Outcome::LoggedIn);
        QCOMPARE(logIn(u"anong"_s, "another password\r").outcome,
            StaffStore::LogIn::Outcome::Refused);
    }

    void addStaffRefusesWhatItCannotTakeAndAddsNothing()
    {
        // Usage: 2, with what is needed named.
        const FinishedProgram noRole = run({u"add-staff"_s, u"--db"_s, db(), u"--user"_s,
                                               u"kasem"_s, u"--name"_s, u"Kasem"_s},
            "long enough password");
        QCOMPARE(noRole.exitCode, 2);
        QVERIFY2(noRole.err.contains(u"--role"_s), qPrintable(noRole.err));
        QCOMPARE(add(u"kasem"_s, u"Kasem"_s, u"kiosk"_s, "long enough password").exitCode, 2);
        QCOMPARE(add(u"kasem"_s, QString(), u"counter"_s, "long enough password").exitCode, 2);
        // Bad input: 2, said.
        const FinishedProgram shortPassword = add(u"kasem"_s, u"Kasem"_s, u"counter"_s, "123456789\n");
        QCOMPARE(shortPassword.exitCode, 2);
        QVERIFY2(shortPassword.err.contains(u"at least 10 characters"_s), qPrintable(shortPassword.err));
        const FinishedProgram noPassword = add(u"kasem"_s, u"Kasem"_s, u"counter"_s, {});
        QCOMPARE(noPassword.exitCode, 2);
        const FinishedProgram upper = add(u"Kasem"_s, u"Kasem"_s, u"counter"_s, "long enough password");
        QCOMPARE(upper.exitCode, 2);
        QVERIFY2(upper.err.contains(u"small letters"_s), qPrintable(upper.err));
        // There already: 1, and the first one keeps their role and password.
        const FinishedProgram again = add(u"somchai"_s, u"Somchai 2"_s, u"admin"_s, "a new password 2");
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"somchai"_s), qPrintable(again.err));
        QCOMPARE(run({u"list-staff"_s, u"--db"_s, db()}).out.split(u'\n').size(), 3);
        QCOMPARE(toString(logIn(u"somchai"_s, u"รหัสผ่านยาวพอ 1"_s.toUtf8()).member.role), u"counter"_s);
    }

    void newPasswordFromStdinReplacesTheOld()
    {
        const FinishedProgram shortOne = run(
            {u"set-staff-password"_s, u"--db"_s, db(), u"--user"_s, u"anong"_s}, "too short\n");
        QCOMPARE(shortOne.exitCode, 2);
        const FinishedProgram unknown = run({u"set-staff-password"_s, u"--db"_s, db(), u"--user"_s,
                                                u"nobody"_s},
            "long enough password\n");
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"nobody"_s), qPrintable(unknown.err));
        QCOMPARE(run({u"set-staff-password"_s, u"--db"_s, db()}, "long enough password\n").exitCode, 2);
        const FinishedProgram set = run(
            {u"set-staff-password"_s, u"--db"_s, db(), u"--user"_s, u"anong"_s}, "new password 2026\n");
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.out.contains(u"anong"_s), qPrintable(set.out));
        QCOMPARE(logIn(u"anong"_s, "another password").outcome, StaffStore::LogIn::Outcome::Refused);
        QCOMPARE(logIn(u"anong"_s, "new password 2026").outcome,
            StaffStore::LogIn::Outcome::LoggedIn);
    }

    void disabledStaffAreListedAsSuchAndLogInNoMore()
    {
        QCOMPARE(run({u"disable-staff"_s, u"--db"_s, db()}).exitCode, 2);
        QCOMPARE(run({u"disable-staff"_s, u"--db"_s, db(), u"--user"_s, u"nobody"_s}).exitCode, 1);
        const FinishedProgram disabled
            = run({u"disable-staff"_s, u"--db"_s, db(), u"--user"_s, u"somchai"_s});
        QCOMPARE(disabled.exitCode, 0);
        QVERIFY2(disabled.out.contains(u"somchai"_s), qPrintable(disabled.out));
        const FinishedProgram twice
            = run({u"disable-staff"_s, u"--db"_s, db(), u"--user"_s, u"somchai"_s});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(u"already"_s), qPrintable(twice.err));
        const QStringList lines = run({u"list-staff"_s, u"--db"_s, db()}).out.split(u'\n');
        QCOMPARE(lines.size(), 3);
        const QStringList somchai = lines.at(2).split(u'\t');
        QCOMPARE(somchai.mid(0, 3), (QStringList {u"somchai"_s, u"สมชาย ใจดี"_s, u"counter"_s}));
        QVERIFY2(somchai.value(3).startsWith(u"disabled 20"_s), qPrintable(lines.at(2)));
        QCOMPARE(lines.at(1).split(u'\t').value(3), u"active"_s);
        QCOMPARE(logIn(u"somchai"_s, u"รหัสผ่านยาวพอ 1"_s.toUtf8()).outcome,
            StaffStore::LogIn::Outcome::Refused);
    }

    void eachChangeIsAuditedUnderTheOperatorsOsUserName()
    {
        const qsizetype before = auditRows().size();
        QCOMPARE(run({u"add-staff"_s, u"--db"_s, db(), u"--user"_s, u"preecha"_s, u"--name"_s,
                         u"ปรีชา"_s, u"--role"_s, u"supervisor"_s},
                     "long enough password\n", runBy(u"op1"_s, u"op1-login"_s))
                     .exitCode,
            0);
        // Changes not made write nothing: no such person, one there already, a short password.
        QCOMPARE(run({u"disable-staff"_s, u"--db"_s, db(), u"--user"_s, u"nobody"_s}).exitCode, 1);
        QCOMPARE(add(u"preecha"_s, u"Again"_s, u"admin"_s, "long enough password\n").exitCode, 1);
        QCOMPARE(
            run({u"set-staff-password"_s, u"--db"_s, db(), u"--user"_s, u"preecha"_s}, "short\n")
                .exitCode,
            2);
        QCOMPARE(run({u"set-staff-password"_s, u"--db"_s, db(), u"--user"_s, u"preecha"_s},
                     "a newer password\n", runBy({}, u"op2"_s))
                     .exitCode,
            0);
        QCOMPARE(
            run({u"disable-staff"_s, u"--db"_s, db(), u"--user"_s, u"preecha"_s}, {}, runBy({}, {}))
                .exitCode,
            0);
        // Run as the hub's user through sudo: the operator is the one who ran sudo.
        QCOMPARE(run({u"add-staff"_s, u"--db"_s, db(), u"--user"_s, u"wichai"_s, u"--name"_s,
                         u"วิชัย"_s, u"--role"_s, u"counter"_s},
                     "long enough password\n", runBy(u"saduak"_s, u"saduak"_s, u"op3"_s))
                     .exitCode,
            0);
        const QList<QJsonObject> rows = auditRows().mid(before);
        QCOMPARE(rows.size(), 4);
        QStringList seen;
        for (QJsonObject row : rows) {
            QVERIFY(row.take(u"atMs"_s).toDouble() > 1'700'000'000'000); // UTC ms, now
            seen << QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
        }
        QCOMPARE(seen,
            (QStringList {
                uR"({"action":"staffAdded","by":"op1","device":"saduak-hub","role":"supervisor","user":"preecha"})"_s,
                uR"({"action":"passwordSet","by":"op2","device":"saduak-hub","user":"preecha"})"_s,
                uR"({"action":"staffDisabled","by":"unknown","device":"saduak-hub","user":"preecha"})"_s,
                uR"({"action":"staffAdded","by":"op3","device":"saduak-hub","role":"counter","user":"wichai"})"_s}));
    }

    void staffCommandsRunBesideTheServingHub()
    {
        HubProcess hub(QStringLiteral(SADUAK_HUB_BINARY), db());
        QVERIFY(hub.start(0, {u"--language"_s, u"en"_s}));
        QCOMPARE(add(u"kasem"_s, u"Kasem"_s, u"counter"_s, "long enough password\n").exitCode, 0);
        QVERIFY(run({u"list-staff"_s, u"--db"_s, db()}).out.contains(u"kasem\tKasem\tcounter"_s));
    }
};

QTEST_GUILESS_MAIN(TestStaffCommands)
#include "tst_staffcommands.moc"
