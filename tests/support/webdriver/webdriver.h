#pragma once
// A small W3C WebDriver client for tests that drive a real headless Chromium through
// chromedriver (Debian's chromium and chromium-driver): the HTTP JSON protocol spoken with
// QNetworkAccessManager, chromedriver started on a port it chooses itself (--port=0, read from
// its first line), a throw-away profile. Only the few commands the desk's tests use.

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace saduak::test {

using namespace Qt::StringLiterals;

class WebDriver
{
public:
    // The W3C name of an element reference in a JSON answer.
    static constexpr auto kElementKey = "element-6066-11e4-a52e-4f735466cecf";

    ~WebDriver()
    {
        if (!m_session.isEmpty())
            (void)command("DELETE", u"/session/"_s + m_session);
        if (m_driver.state() != QProcess::NotRunning) {
            m_driver.kill();
            m_driver.waitForFinished(10000);
        }
    }

    static bool isInstalled()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("chromedriver")).isEmpty()
            && !chromium().isEmpty();
    }

    // Starts chromedriver and a headless browser session; false (why) if either fails.
    bool start(QString *why)
    {
        m_driver.setProcessChannelMode(QProcess::MergedChannels);
        QString out;
        bool ok = false;
        // On a busy machine chromedriver --port=0 now and then exits at once with "bind() failed:
        // Address already in use" and "IPv4 port not available. Exiting..." (seen while other
        // tests ran): the port it picked was taken meanwhile. Another start picks another.
        for (int attempt = 0; attempt < 3; ++attempt) {
            out.clear();
            m_driver.start(QStandardPaths::findExecutable(QStringLiteral("chromedriver")),
                {QStringLiteral("--port=0")});
            ok = QTest::qWaitFor(
                [&] {
                    out += QString::fromUtf8(m_driver.readAll());
                    return out.contains(QStringLiteral("started successfully on port"))
                        || m_driver.state() == QProcess::NotRunning;
                },
                30000);
            if (!out.contains(QStringLiteral("port not available")))
                break;
            m_driver.waitForFinished(10000);
        }
        const auto match
            = QRegularExpression(QStringLiteral("started successfully on port (\\d+)")).match(out);
        if (!ok || !match.hasMatch()) {
            *why = QStringLiteral("chromedriver did not start: ") + out;
            return false;
        }
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1));
        QJsonArray arguments;
        for (const QString &argument : {QStringLiteral("--headless=new"),
                 QStringLiteral("--disable-gpu"), QStringLiteral("--window-size=1280,1100"),
                 QStringLiteral("--lang=th-TH"), QString(u"--user-data-dir="_s + m_profile.path())})
            arguments.append(argument);
        if (::geteuid() == 0)
            arguments.append(QStringLiteral("--no-sandbox")); // Chromium refuses root otherwise
        const QJsonObject capabilities {{QStringLiteral("alwaysMatch"),
            QJsonObject {{QStringLiteral("browserName"), QStringLiteral("chrome")},
                {QStringLiteral("goog:chromeOptions"),
                    QJsonObject {{QStringLiteral("binary"), chromium()},
                        {QStringLiteral("args"), arguments}}}}}};
        const QJsonObject answer = command("POST", QStringLiteral("/session"),
            QJsonObject {{QStringLiteral("capabilities"), capabilities}});
        m_session = answer.value(QStringLiteral("value"))
                        .toObject()
                        .value(QStringLiteral("sessionId"))
                        .toString();
        if (m_session.isEmpty()) {
            *why = QStringLiteral("no browser session: ")
                + QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact));
            return false;
        }
        return true;
    }

    void go(const QString &url) { (void)sessionCommand("POST", u"/url"_s, {{u"url"_s, url}}); }
    QString url() { return sessionCommand("GET", u"/url"_s).value(u"value"_s).toString(); }

    // The element's reference, or empty when the page has none.
    QString find(const QString &css)
    {
        return sessionCommand(
            "POST", u"/element"_s, {{u"using"_s, u"css selector"_s}, {u"value"_s, css}})
            .value(u"value"_s)
            .toObject()
            .value(QLatin1String(kElementKey))
            .toString();
    }
    int count(const QString &css)
    {
        return int(sessionCommand(
            "POST", u"/elements"_s, {{u"using"_s, u"css selector"_s}, {u"value"_s, css}})
                       .value(u"value"_s)
                       .toArray()
                       .size());
    }
    bool click(const QString &css)
    {
        const QString element = find(css);
        return !element.isEmpty()
            && sessionCommand("POST", u"/element/"_s + element + u"/click"_s, QJsonObject {})
                   .value(u"value"_s)
                   .isNull();
    }
    // Clicks something that loads another page (a link, a form's button) and waits until the
    // browser shows the new one: a click may return before the navigation it starts has begun,
    // and the old page's root element is another element than the new page's.
    bool clickToLoad(const QString &css)
    {
        const QString before = find(u"html"_s);
        if (!click(css))
            return false;
        return QTest::qWaitFor(
            [&] {
                const QString now = find(u"html"_s);
                return !now.isEmpty() && now != before;
            },
            30000);
    }
    bool type(const QString &css, const QString &text)
    {
        const QString element = find(css);
        return !element.isEmpty()
            && sessionCommand("POST", u"/element/"_s + element + u"/value"_s, {{u"text"_s, text}})
                   .value(u"value"_s)
                   .isNull();
    }
    // What a person reads in the element (rendered text), or a null QString without it.
    QString text(const QString &css)
    {
        const QString element = find(css);
        if (element.isEmpty())
            return {};
        return sessionCommand("GET", u"/element/"_s + element + u"/text"_s)
            .value(u"value"_s)
            .toString();
    }
    // A DOM property of the element (an image's "naturalWidth": 0 until it has loaded and
    // decoded), or undefined without the element.
    QJsonValue property(const QString &css, const QString &name)
    {
        const QString element = find(css);
        if (element.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return sessionCommand("GET", u"/element/"_s + element + u"/property/"_s + name)
            .value(u"value"_s);
    }
    // A PNG of the viewport written to path.
    bool screenshot(const QString &path)
    {
        const QByteArray png = QByteArray::fromBase64(
            sessionCommand("GET", u"/screenshot"_s).value(u"value"_s).toString().toLatin1());
        QFile file(path);
        return png.startsWith("\x89PNG") && file.open(QIODevice::WriteOnly)
            && file.write(png) == png.size();
    }

private:
    static QString chromium()
    {
        for (const QString &name : {QStringLiteral("chromium"), QStringLiteral("chromium-browser")})
            if (const QString path = QStandardPaths::findExecutable(name); !path.isEmpty())
                return path;
        return {};
    }

    QJsonObject sessionCommand(
        const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return command(method, u"/session/"_s + m_session + path, body);
    }

    QJsonObject command(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(60000);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method,
            method == "GET" || method == "DELETE"
                ? QByteArray()
                : QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(60000);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    QProcess m_driver;
    QTemporaryDir m_profile;
    QNetworkAccessManager m_network;
    QString m_base;
    QString m_session;
};

} // namespace saduak::test
