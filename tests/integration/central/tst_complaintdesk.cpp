// The complaint desk over plain HTTP against a real saduak-central (issue 15; docs/central-api.md,
// "Complaint desk"): officers added with the password on stdin, a wrong password refused, a
// lock-out after repeated failures that even the right password does not open, a page without a
// session sent to the log-in, a form without its CSRF token refused with nothing changed, the
// session cookie's attributes, and a complainant's <script> shown as text. The _postgres variant
// runs it on PostgreSQL.
#include "deskfixture.h"

#include <postgrescluster.h>
#include <testcerts.h>

#include <QSslConfiguration>
#include <QSslSocket>

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

const QByteArray kPassword = "ขอให้ปลอดภัย-2569"_ba;
const QString kScriptSubject = u"<script>alert('x')</script> น้ำท่วม & \"ซอย\""_s;

QByteArray headerValue(const RawResponse &r, const QByteArray &name)
{
    QByteArray values;
    for (const QByteArray &line : r.head.split('\n'))
        if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
            values += line.mid(name.size() + 1).trimmed() + '\n';
    return values.trimmed();
}

QByteArray form(const QList<std::pair<QByteArray, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields)
        out += (out.isEmpty() ? ""_ba : "&"_ba) + name + '=' + value.toUtf8().toPercentEncoding();
    return out;
}

} // namespace

class TestComplaintDesk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralProcess> m_central;
    QByteArray m_auth;

    RawResponse get(const QByteArray &path, const QByteArray &cookie = {}) const
    {
        QList<QByteArray> headers;
        if (!cookie.isEmpty())
            headers << "Cookie: "_ba + cookie;
        return rawHttp(m_central->port(), httpRequest("GET"_ba, path, headers));
    }
    RawResponse post(
        const QByteArray &path, const QByteArray &body, const QByteArray &cookie = {}) const
    {
        QList<QByteArray> headers {"Content-Type: application/x-www-form-urlencoded"_ba};
        if (!cookie.isEmpty())
            headers << "Cookie: "_ba + cookie;
        return rawHttp(m_central->port(), httpRequest("POST"_ba, path, headers, body));
    }
    RawResponse logIn(const QString &user, const QByteArray &password) const
    {
        return post("/desk/login?lang=en"_ba,
            form({{"user"_ba, user}, {"password"_ba, QString::fromUtf8(password)}}));
    }
    // The session cookie ("saduak_desk=…") a good log-in sets, or empty.
    QByteArray sessionOf(const QString &user, const QByteArray &password) const
    {
        const RawResponse r = logIn(user, password);
        const QByteArray cookie = headerValue(r, "Set-Cookie"_ba);
        if (r.status != 303 || !cookie.startsWith("saduak_desk="))
            return {};
        return cookie.left(cookie.indexOf(';'));
    }
    static QString csrfIn(const RawResponse &page)
    {
        return QRegularExpression(u"name=\"csrf\" value=\"([^\"]+)\""_s)
            .match(QString::fromUtf8(page.body))
            .captured(1);
    }
    QString stateOf(const QString &number) const
    {
        QString out;
        m_central->command({u"complaints"_s}, &out);
        for (const QString &line : out.split(u'\n'))
            if (line.startsWith(number + u'\t'))
                return line.split(u'\t').value(2);
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_central = std::make_unique<CentralProcess>(centralLocation(m_dir));
        QVERIFY(prepareDeskCentral(*m_central, m_dir, &m_auth));
        QString err;
        QCOMPARE(addOfficer(m_central->dbPath(), u"officer.a"_s, kPassword, &err), 0);
        QCOMPARE(addOfficer(m_central->dbPath(), u"officer.b"_s, kPassword, &err), 0);
        QVERIFY(m_central->start() != 0);
        const RawResponse filed
            = fileComplaints(m_central->port(), m_auth, {deskComplaintRow(1, kScriptSubject)});
        QCOMPARE(filed.status, 200);
        QCOMPARE(filed.json().value(u"inserted"_s).toInt(), 1);
    }

    void addOfficerRefusesBadInputAndTwins_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QStringList>("more");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList named {u"--name"_s, u"สมหญิง"_s};
        QTest::newRow("short password")
            << u"officer.c"_s << "short"_ba << named << 2 << u"at least 10"_s;
        QTest::newRow("capital letters")
            << u"Officer"_s << kPassword << named << 2 << u"small letters"_s;
        QTest::newRow("no name") << u"officer.c"_s << kPassword << QStringList {} << 2
                                 << u"--name"_s;
        QTest::newRow("twice") << u"officer.a"_s << kPassword << named << 1 << u"already"_s;
    }
    void addOfficerRefusesBadInputAndTwins()
    {
        QFETCH(QString, user);
        QFETCH(QByteArray, password);
        QFETCH(QStringList, more);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QString err;
        QCOMPARE(addOfficer(m_central->dbPath(), user, password, &err, more), exitCode);
        QVERIFY2(err.contains(message), qPrintable(err));
    }

    void aPageWithoutASessionSendsToTheLogIn()
    {
        const QByteArray number = deskNumber(1).toLatin1();
        for (const QByteArray &path : QList<QByteArray> {
                 "/desk/"_ba, "/desk/complaint/"_ba + number, "/desk/?state=received"_ba}) {
            const RawResponse r = get(path, "saduak_desk=made-up"_ba);
            QCOMPARE(r.status, 303);
            QCOMPARE(headerValue(r, "Location"_ba), "/desk/login"_ba);
            QVERIFY(!r.body.contains("3100600123456"));
        }
        // A change without a session changes nothing.
        const RawResponse r = post("/desk/complaint/"_ba + number,
            form({{"action"_ba, u"register"_s}, {"category"_ba, u"roads"_s}}));
        QCOMPARE(r.status, 303);
        QCOMPARE(stateOf(deskNumber(1)), u"received"_s);
        const RawResponse login = get("/desk/login"_ba);
        QCOMPARE(login.status, 200);
        QVERIFY(login.body.contains("name=\"password\""));
    }

    void anOverdueComplaintComesFirstAndSaysSo()
    {
        // Filed on 1 November 2026: due on the 16th, overdue on any day this runs after it.
        const QDate longAgo(2026, 11, 1);
        const RawResponse filed = fileComplaints(
            m_central->port(), m_auth, {deskComplaintRow(2, u"ไฟถนนดับ"_s, longAgo)});
        QCOMPARE(filed.json().value(u"inserted"_s).toInt(), 1);
        const RawResponse list = get("/desk/?lang=en"_ba, sessionOf(u"officer.a"_s, kPassword));
        QCOMPARE(list.status, 200);
        const QString page = QString::fromUtf8(list.body);
        const qsizetype overdue = page.indexOf(deskNumber(2, longAgo));
        QVERIFY(overdue > 0);
        QVERIFY(overdue < page.indexOf(deskNumber(1)));
        // In words in its own row, not only a colour.
        const QString row = page.mid(overdue, page.indexOf(u"</tr>"_s, overdue) - overdue);
        QVERIFY2(row.contains(u">Overdue<"_s), qPrintable(row));
        QVERIFY(!page.mid(page.indexOf(deskNumber(1))).contains(u">Overdue<"_s));
    }

    void theListPagesAndFilters()
    {
        // 25 more of the branch: more than the 25 a page holds.
        QJsonArray rows;
        for (int seq = 3; seq <= 27; ++seq)
            rows.append(deskComplaintRow(seq, u"เรื่องที่ %1"_s.arg(seq)));
        QCOMPARE(
            fileComplaints(m_central->port(), m_auth, rows).json().value(u"inserted"_s).toInt(),
            25);
        const QByteArray session = sessionOf(u"officer.a"_s, kPassword);
        const auto rowsOf = [](const RawResponse &r) { return int(r.body.count("<tr")) - 1; };
        const RawResponse first = get("/desk/?lang=en"_ba, session);
        QCOMPARE(rowsOf(first), 25);
        QVERIFY(first.body.contains("rel=\"next\""));
        QVERIFY(!first.body.contains("rel=\"prev\""));
        QString all;
        QCOMPARE(m_central->command({u"complaints"_s}, &all), 0);
        const RawResponse second = get("/desk/?lang=en&page=2"_ba, session);
        QCOMPARE(rowsOf(second), int(all.count(u'\n')) + 1 - 25);
        QVERIFY(!second.body.contains("rel=\"next\""));
        QVERIFY(second.body.contains("rel=\"prev\""));
        // Filters: a paging link keeps them; another category or branch matches nothing.
        const RawResponse roads = get(
            "/desk/?lang=en&category=roads&branch=B001&province=10&state=received"_ba, session);
        QCOMPARE(rowsOf(roads), 25);
        QVERIFY(roads.body.contains(
            "/desk/?state=received&amp;category=roads&amp;branch=B001&amp;province=10&amp;page=2"));
        for (const QByteArray &query :
            QList<QByteArray> {"category=nuisance"_ba, "branch=B002"_ba, "province=11"_ba}) {
            const RawResponse none = get("/desk/?lang=en&"_ba + query, session);
            QCOMPARE(none.status, 200);
            QVERIFY2(none.body.contains("No complaint matches."), query.constData());
        }
    }

    void aWrongPasswordIsRefused()
    {
        for (const QString &user : {u"officer.a"_s, u"nobody"_s}) {
            const RawResponse r = logIn(user, "not-the-password"_ba);
            QCOMPARE(r.status, 401);
            QVERIFY(!headerValue(r, "Set-Cookie"_ba).contains("saduak_desk="));
            QVERIFY2(r.body.contains("Wrong user name or password."), r.body.constData());
        }
    }

    void aGoodLogInGivesAStrictHttpOnlyCookie()
    {
        const RawResponse r = logIn(u"officer.a"_s, kPassword);
        QCOMPARE(r.status, 303);
        QCOMPARE(headerValue(r, "Location"_ba), "/desk/"_ba);
        const QByteArray cookie = headerValue(r, "Set-Cookie"_ba);
        QVERIFY2(cookie.startsWith("saduak_desk="), cookie.constData());
        for (const QByteArray &attribute : {"HttpOnly"_ba, "SameSite=Strict"_ba, "Path=/desk"_ba})
            QVERIFY2(cookie.contains(attribute), cookie.constData());
        QVERIFY2(!cookie.contains("Secure"), cookie.constData()); // plain HTTP here
        const RawResponse list = get("/desk/?lang=en"_ba, cookie.left(cookie.indexOf(';')));
        QCOMPARE(list.status, 200);
        QVERIFY(list.body.contains(deskNumber(1).toUtf8()));
    }

    void aComplaintsScriptIsShownAsText()
    {
        const QByteArray session = sessionOf(u"officer.a"_s, kPassword);
        QVERIFY(!session.isEmpty());
        const RawResponse r = get("/desk/complaint/"_ba + deskNumber(1).toLatin1(), session);
        QCOMPARE(r.status, 200);
        QVERIFY2(!r.body.contains("<script"), r.body.constData());
        QVERIFY(
            r.body.contains("&lt;script&gt;alert('x')&lt;/script&gt; น้ำท่วม &amp; &quot;ซอย&quot;"));
        // The officer sees the complainant; the page allows no script even if one slipped in.
        QVERIFY(r.body.contains("3100600123456"));
        QVERIFY(headerValue(r, "Content-Security-Policy"_ba).contains("default-src 'none'"));
    }

    void aFormWithoutItsCsrfTokenChangesNothing()
    {
        const QByteArray session = sessionOf(u"officer.a"_s, kPassword);
        const QByteArray path = "/desk/complaint/"_ba + deskNumber(1).toLatin1();
        const QString csrf = csrfIn(get(path, session));
        QVERIFY(!csrf.isEmpty());
        const QByteArray change = form({{"action"_ba, u"register"_s}, {"category"_ba, u"roads"_s}});
        for (const QByteArray &token :
            QList<QByteArray> {QByteArray(), "&csrf="_ba + "a"_ba.repeated(43)}) {
            const RawResponse r = post(path + "?lang=en"_ba, change + token, session);
            QCOMPARE(r.status, 403);
            QVERIFY2(r.body.contains("Nothing was changed"), r.body.constData());
            QCOMPARE(stateOf(deskNumber(1)), u"received"_s);
        }
        // The same form with the page's token is taken.
        const RawResponse r = post(path, change + "&csrf="_ba + csrf.toLatin1(), session);
        QCOMPARE(r.status, 303);
        QCOMPARE(stateOf(deskNumber(1)), u"registered"_s);
        QVERIFY(get(path, session).body.contains("officer.a")); // the history's actor
    }

    void repeatedFailuresLockTheOfficerOut()
    {
        for (int i = 1; i < 5; ++i)
            QCOMPARE(logIn(u"officer.b"_s, "wrong-password"_ba).status, 401);
        const RawResponse fifth = logIn(u"officer.b"_s, "wrong-password"_ba);
        QCOMPARE(fifth.status, 429);
        QVERIFY2(fifth.body.contains("locked out until"), fifth.body.constData());
        // Now even the right password is refused, and no session is made.
        const RawResponse right = logIn(u"officer.b"_s, kPassword);
        QCOMPARE(right.status, 429);
        QVERIFY(!headerValue(right, "Set-Cookie"_ba).contains("saduak_desk="));
        // Another officer is not affected.
        QVERIFY(!sessionOf(u"officer.a"_s, kPassword).isEmpty());
    }

    void loggingOutAndRemovalEndTheSession()
    {
        const QByteArray first = sessionOf(u"officer.a"_s, kPassword);
        const QByteArray second = sessionOf(u"officer.a"_s, kPassword);
        const QString csrf = csrfIn(get("/desk/"_ba, first));
        QVERIFY(!csrf.isEmpty());
        const RawResponse out = post("/desk/logout"_ba, "csrf="_ba + csrf.toLatin1(), first);
        QCOMPARE(out.status, 303);
        QVERIFY(headerValue(out, "Set-Cookie"_ba).contains("Max-Age=0"));
        QCOMPARE(get("/desk/"_ba, first).status, 303);
        QCOMPARE(get("/desk/"_ba, second).status, 200);
        QString err;
        QCOMPARE(
            m_central->command({u"remove-officer"_s, u"--user"_s, u"officer.a"_s}, nullptr, &err),
            0);
        QCOMPARE(get("/desk/"_ba, second).status, 303);
        QCOMPARE(logIn(u"officer.a"_s, kPassword).status, 401);
        QCOMPARE(
            m_central->command({u"remove-officer"_s, u"--user"_s, u"officer.a"_s}, nullptr, &err),
            1);
    }

    // Last: central is started again with TLS.
    void overHttpsTheSessionCookieIsSecure()
    {
        const TestCerts certs = makeCerts(m_dir.filePath(u"certs"_s));
        QVERIFY(!certs.pin.isEmpty());
        QVERIFY(m_central->start(
                    0, {u"--tls-cert"_s, certs.certFile(), u"--tls-key"_s, certs.keyFile()})
            != 0);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(certs.caFile()));
        QString err;
        QCOMPARE(addOfficer(m_central->dbPath(), u"officer.tls"_s, kPassword, &err), 0);
        QSslSocket socket; // the certificate checked against the test's CA
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, m_central->port());
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        socket.write(httpRequest("POST"_ba, "/desk/login"_ba,
            {"Content-Type: application/x-www-form-urlencoded"_ba},
            form({{"user"_ba, u"officer.tls"_s}, {"password"_ba, QString::fromUtf8(kPassword)}})));
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), answer.contains("\r\n\r\n")), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 303"), answer.left(200).constData());
        const RawResponse parsed {303, answer.left(answer.indexOf("\r\n\r\n")), {}};
        const QByteArray cookie = headerValue(parsed, "Set-Cookie"_ba);
        QVERIFY2(
            cookie.startsWith("saduak_desk=") && cookie.contains("; Secure"), cookie.constData());
    }
};

QTEST_GUILESS_MAIN(TestComplaintDesk)
#include "tst_complaintdesk.moc"
