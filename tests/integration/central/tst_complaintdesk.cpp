// The complaint desk over plain HTTP against a real saduak-central (issue 15; docs/central-api.md,
// "Complaint desk"): officers added with the password on stdin, a wrong password refused, a
// lock-out after repeated failures that even the right password does not open, a page without a
// session sent to the log-in, a form without its CSRF token refused with nothing changed, the
// session cookie's attributes, and a complainant's <script> shown as text. The _postgres variant
// runs it on PostgreSQL.
#include "deskfixture.h"

#include <centraldatabase.h>
#include <postgrescluster.h>
#include <testcerts.h>

#include <QSqlQuery>
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
    static QByteArray cookieSet(const RawResponse &r, const QByteArray &name)
    {
        return cookieSetBy(r, name);
    }
    RawResponse logIn(const QString &user, const QByteArray &password) const
    {
        return deskLogIn(m_central->port(), user, password);
    }
    // The session cookie ("saduak_desk=…") a good log-in sets, or empty.
    QByteArray sessionOf(const QString &user, const QByteArray &password) const
    {
        return deskSession(m_central->port(), user, password);
    }
    static QString csrfIn(const RawResponse &page) { return deskCsrfIn(page); }
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

    // Log-in CSRF: another site's page can post a log-in form with the attacker's password, but
    // not the desk's form token beside the cookie it came with, so no session is made.
    void aLogInWithoutTheFormsTokenIsRefused()
    {
        const QByteArray credentials
            = '&' + form({{"user"_ba, u"officer.a"_s}, {"password"_ba, QString::fromUtf8(kPassword)}});
        const RawResponse first = get("/desk/login?lang=en"_ba);
        const RawResponse second = get("/desk/login?lang=en"_ba);
        const QByteArray firstCookie = cookieSet(first, "saduak_desk_login"_ba);
        QVERIFY(!firstCookie.isEmpty() && !csrfIn(first).isEmpty());
        QVERIFY(csrfIn(first) != csrfIn(second)); // a new token for every form
        QVERIFY(cookieSet(first, "saduak_desk_login"_ba).size() > 40);
        struct Attempt
        {
            const char *what;
            QByteArray body;
            QByteArray cookie;
        };
        const QList<Attempt> attempts {
            {"no token, no cookie", credentials.mid(1), {}},
            {"the token without its cookie", "csrf="_ba + csrfIn(first).toLatin1() + credentials,
                {}},
            {"the cookie without the token", credentials.mid(1), firstCookie},
            {"another form's token", "csrf="_ba + csrfIn(second).toLatin1() + credentials,
                firstCookie},
        };
        for (const Attempt &attempt : attempts) {
            const RawResponse r = post("/desk/login?lang=en"_ba, attempt.body, attempt.cookie);
            QVERIFY2(r.status == 403, attempt.what);
            QVERIFY2(cookieSet(r, "saduak_desk"_ba).isEmpty(), attempt.what);
            QVERIFY2(r.body.contains("did not come from the desk"), attempt.what);
            // The refusal is a fresh form to log in with.
            QVERIFY2(!csrfIn(r).isEmpty(), attempt.what);
        }
        const RawResponse right = post("/desk/login?lang=en"_ba,
            "csrf="_ba + csrfIn(first).toLatin1() + credentials, firstCookie);
        QCOMPARE(right.status, 303);
        QVERIFY(!cookieSet(right, "saduak_desk"_ba).isEmpty());
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

    // A photo of three parts and a PDF, their parts pushed before the complaint that names them.
    void anAttachmentIsShownAndServedAsSent()
    {
        const QByteArray png = deskPng(400, 300, true);
        QVERIFY(png.size() > 2 * complaints::AttachmentRule::partBytes);
        const QByteArray pdf
            = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"_ba;
        QJsonArray parts = deskPartRows(png, 100);
        for (const QJsonValue &row : deskPartRows(pdf, 110))
            parts.append(row);
        QCOMPARE(
            fileComplaints(m_central->port(), m_auth, parts).json().value(u"inserted"_s).toInt(),
            4);
        const QString pngName = u"ภาพท่อ 1.png"_s;
        const QString pdfName = u"หนังสือร้องเรียน.pdf"_s;
        QCOMPARE(fileComplaints(m_central->port(), m_auth,
                     {deskComplaintRow(40, u"ท่อแตก"_s, QDate(2026, 12, 7),
                         {deskAttachment(png, pngName), deskAttachment(pdf, pdfName)})})
                     .json()
                     .value(u"inserted"_s)
                     .toInt(),
            1);
        const QByteArray session = sessionOf(u"officer.a"_s, kPassword);
        const QByteArray number = deskNumber(40).toLatin1();
        const RawResponse page = get("/desk/complaint/"_ba + number + "?lang=en"_ba, session);
        QCOMPARE(page.status, 200);
        const QString html = QString::fromUtf8(page.body);
        const QString pngHref = u"/desk/complaint/"_s + QString::fromLatin1(number)
            + u"/attachments/"_s + complaints::AttachmentRule::sha256Of(png);
        const QString pdfHref = u"/desk/complaint/"_s + QString::fromLatin1(number)
            + u"/attachments/"_s + complaints::AttachmentRule::sha256Of(pdf);
        QVERIFY2(html.contains(u"<h2>Attachments</h2>"_s), qPrintable(html));
        QVERIFY(html.contains(u"<a href=\""_s + pngHref + u"\">"_s + pngName
            + u"</a> — PNG image, "_s + QString::number((png.size() + 1023) / 1024) + u" KB"_s));
        QVERIFY(html.contains(u"<img src=\""_s + pngHref + u"\" alt=\""_s + pngName + u"\">"_s));
        QVERIFY(html.contains(
            u"<a href=\""_s + pdfHref + u"\">"_s + pdfName + u"</a> — PDF document, 1 KB"_s));
        QVERIFY(!html.contains(u"<img src=\""_s + pdfHref));
        QVERIFY(!html.contains(u"not arrived yet"_s));
        // The page may show the desk's own images, and nothing else.
        QVERIFY(headerValue(page, "Content-Security-Policy"_ba).contains("img-src 'self';"));

        const RawResponse image = get(pngHref.toLatin1(), session);
        QCOMPARE(image.status, 200);
        QCOMPARE(image.body, png);
        QCOMPARE(headerValue(image, "Content-Type"_ba), "image/png"_ba);
        QCOMPARE(headerValue(image, "X-Content-Type-Options"_ba), "nosniff"_ba);
        QVERIFY(headerValue(image, "Content-Security-Policy"_ba).startsWith("sandbox;"));
        QCOMPARE(headerValue(image, "Content-Disposition"_ba),
            "inline; filename=\"______ 1.png\"; filename*=UTF-8''"_ba
                + pngName.toUtf8().toPercentEncoding());
        const RawResponse document = get(pdfHref.toLatin1(), session);
        QCOMPARE(document.status, 200);
        QCOMPARE(document.body, pdf);
        QCOMPARE(headerValue(document, "Content-Type"_ba), "application/pdf"_ba);
        QVERIFY(headerValue(document, "Content-Disposition"_ba).startsWith("attachment; "));
        QVERIFY(headerValue(document, "Content-Security-Policy"_ba).startsWith("sandbox;"));
    }

    // The complaint first, its photo's parts after it, one of them late.
    void aFileStillArrivingIsNotServed()
    {
        const QByteArray png = deskPng(400, 300, true, 7);
        const QString sha256 = complaints::AttachmentRule::sha256Of(png);
        QCOMPARE(fileComplaints(m_central->port(), m_auth,
                     {deskComplaintRow(
                         41, u"ขยะ"_s, QDate(2026, 12, 7), {deskAttachment(png, u"ขยะ.png"_s)})})
                     .json()
                     .value(u"inserted"_s)
                     .toInt(),
            1);
        QCOMPARE(fileComplaints(m_central->port(), m_auth, deskPartRows(png, 120, {0, 2}))
                     .json()
                     .value(u"inserted"_s)
                     .toInt(),
            2);
        const QByteArray session = sessionOf(u"officer.a"_s, kPassword);
        const QByteArray pagePath = "/desk/complaint/"_ba + deskNumber(41).toLatin1() + "?lang=en";
        const QByteArray href = "/desk/complaint/"_ba + deskNumber(41).toLatin1() + "/attachments/"
            + sha256.toLatin1();
        RawResponse page = get(pagePath, session);
        QCOMPARE(page.status, 200);
        QVERIFY2(page.body.contains("ขยะ.png — PNG image, "), page.body.constData());
        QVERIFY(page.body.contains("not arrived yet"));
        QVERIFY(!page.body.contains(href));
        const RawResponse early = get(href, session);
        QCOMPARE(early.status, 404);
        QVERIFY(headerValue(early, "Content-Type"_ba).startsWith("text/html"));
        QVERIFY(!early.body.contains(png.mid(0, 16)));

        QCOMPARE(fileComplaints(m_central->port(), m_auth, deskPartRows(png, 120, {1}))
                     .json()
                     .value(u"inserted"_s)
                     .toInt(),
            1);
        page = get(pagePath, session);
        QVERIFY(!page.body.contains("not arrived yet"));
        QVERIFY(page.body.contains(QByteArray("<img src=\"" + href + "\"")));
        const RawResponse whole = get(href, session);
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body, png);
    }

    void onlyAComplaintsOwnFileIsServed()
    {
        const QByteArray session = sessionOf(u"officer.a"_s, kPassword);
        const QByteArray ofForty
            = complaints::AttachmentRule::sha256Of(deskPng(400, 300, true)).toLatin1();
        const QByteArray fortyOne
            = "/desk/complaint/"_ba + deskNumber(41).toLatin1() + "/attachments/";
        QCOMPARE(get(fortyOne + ofForty, session).status, 404); // complaint 40's photo
        QCOMPARE(get(fortyOne + "a"_ba.repeated(64), session).status, 404);
        QCOMPARE(get(fortyOne + "not-a-sha256", session).status, 404);
        QCOMPARE(get("/desk/complaint/"_ba + deskNumber(99).toLatin1() + "/attachments/" + ofForty,
                     session)
                     .status,
            404);
        // Without a session: the log-in, never the file.
        const RawResponse anonymous
            = get("/desk/complaint/"_ba + deskNumber(40).toLatin1() + "/attachments/" + ofForty);
        QCOMPARE(anonymous.status, 303);
        QCOMPARE(headerValue(anonymous, "Location"_ba), "/desk/login"_ba);
        QVERIFY(anonymous.body.isEmpty());
    }

    // A part whose bytes are not the file's (the right length, one byte changed).
    void aDamagedFileIsAnErrorNeverItsBytes()
    {
        const QByteArray png = deskPng(120, 90, true, 11);
        QByteArray changed = png;
        changed[png.size() / 2] = char(changed.at(png.size() / 2) ^ 0x01);
        QJsonArray part = deskPartRows(changed, 30); // before the complaint, seq 42
        QJsonObject row = part.at(0).toObject();
        QJsonObject payload = row.value(u"payload"_s).toObject();
        payload.insert(u"sha256"_s, complaints::AttachmentRule::sha256Of(png));
        row.insert(u"payload"_s, payload);
        QCOMPARE(fileComplaints(m_central->port(), m_auth,
                     {row,
                         deskComplaintRow(42, u"ป้ายล้ม"_s, QDate(2026, 12, 7),
                             {deskAttachment(png, u"ป้าย.png"_s)})})
                     .json()
                     .value(u"inserted"_s)
                     .toInt(),
            2);
        const RawResponse r
            = get("/desk/complaint/"_ba + deskNumber(42).toLatin1() + "/attachments/"
                    + complaints::AttachmentRule::sha256Of(png).toLatin1() + "?lang=en",
                sessionOf(u"officer.a"_s, kPassword));
        QCOMPARE(r.status, 500);
        QVERIFY(headerValue(r, "Content-Type"_ba).startsWith("text/html"));
        QVERIFY2(r.body.contains("report it to central"), r.body.constData());
        QVERIFY(!r.body.contains(changed.mid(0, 16)));
    }

    // B002 files a complaint with the photo B001 sent already: its rows are stored, the parts
    // indexed once (B001's), and its complaint shows the same file.
    void aSecondBranchsCopyIsIndexedOnce()
    {
        const QString token = m_central->enrol(u"B002"_s, u"Siam"_s);
        QVERIFY(!token.isEmpty());
        const QByteArray b002 = "Authorization: Bearer "_ba + token.toLatin1();
        const QByteArray png = deskPng(400, 300, true);
        const QString sha256 = complaints::AttachmentRule::sha256Of(png);
        QJsonArray rows = deskPartRows(png, 1);
        rows.append(deskComplaintRow(
            5, u"ท่อแตกอีก"_s, QDate(2026, 12, 7), {deskAttachment(png, u"ท่อ.png"_s)}, u"B002"_s));
        const RawResponse filed = fileComplaints(m_central->port(), b002, rows);
        QCOMPARE(filed.status, 200);
        QCOMPARE(filed.json().value(u"inserted"_s).toInt(), 4);
        StorageError error;
        const auto central = CentralDatabase::open(m_central->dbPath(), &error);
        QVERIFY2(central, qPrintable(error.message));
        QSqlQuery q(central->database().connection());
        QVERIFY(
            q.prepare(u"SELECT count(*), min(b.code), max(b.code) FROM complaint_attachment_part p "
                      "JOIN branch b ON b.id = p.branch_id WHERE p.sha256 = ?"_s));
        q.addBindValue(sha256);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QCOMPARE(q.value(1).toString(), u"B001"_s);
        QCOMPARE(q.value(2).toString(), u"B001"_s);
        const RawResponse r
            = get("/desk/complaint/"_ba + deskNumber(5, QDate(2026, 12, 7), u"B002"_s).toLatin1()
                    + "/attachments/" + sha256.toLatin1(),
                sessionOf(u"officer.a"_s, kPassword));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, png);
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
        // The form first (its whole answer: the page ends the body), then the log-in.
        socket.write(httpRequest("GET"_ba, "/desk/login"_ba, {}));
        QByteArray formAnswer;
        QTRY_VERIFY_WITH_TIMEOUT(
            (formAnswer += socket.readAll(), formAnswer.contains("</html>")), 10000);
        const RawResponse formPage {200, formAnswer.left(formAnswer.indexOf("\r\n\r\n")),
            formAnswer.mid(formAnswer.indexOf("\r\n\r\n") + 4)};
        QVERIFY2(headerValue(formPage, "Set-Cookie"_ba).contains("; Secure"),
            formPage.head.constData());
        socket.write(httpRequest("POST"_ba, "/desk/login"_ba,
            {"Content-Type: application/x-www-form-urlencoded"_ba,
                "Cookie: "_ba + cookieSet(formPage, "saduak_desk_login"_ba)},
            form({{"csrf"_ba, csrfIn(formPage)}, {"user"_ba, u"officer.tls"_s},
                {"password"_ba, QString::fromUtf8(kPassword)}})));
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
