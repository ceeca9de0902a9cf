// A morning at a branch, with the real programs: saduak-hub on the branch database, and four
// `saduak` processes joined to it (counters 1 and 2, a kiosk, a display board), each showing a
// real window on the virtual X screen of xvfb-run. The test presses keys in those windows with
// xdotool, as an officer or a citizen would, and watches the queue as a supervisor through the
// hub. Half way through, the hub is killed (SIGKILL) and started again: every screen carries on,
// nothing issued is lost, nothing is issued, called or announced twice.
#include "programprocess.h"
#include "stafflogin.h"

#include <queuelink/hubclient.h>

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>


using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

// The kiosk's ticket printer: a raw TCP port as an 80 mm printer on the LAN has. It answers the
// paper-status question and counts the tickets (each ends with a cut).
class TicketPrinterPort : public QObject
{
public:
    TicketPrinterPort()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    const QByteArray data = s->readAll();
                    if (data.contains("\x10\x04\x04"))
                        s->write("\x12"); // paper present
                    if (data.contains("\x1d\x56"))
                        ++tickets;
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int tickets = 0;

private:
    QTcpServer m_server;
};

} // namespace

class TestMorning : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString run(const QString &program, const QStringList &arguments)
    {
        return runProgram(program, arguments);
    }

    QString pair(const QString &role, const QString &name, int counterNumber = 0)
    {
        QStringList arguments {u"pair-device"_s, u"--db"_s, path(u"hub.sqlite"_s), u"--role"_s,
            role, u"--name"_s, name};
        if (counterNumber > 0)
            arguments << u"--counter"_s << QString::number(counterNumber);
        return run(QStringLiteral(SADUAK_HUB_BINARY), arguments);
    }

    // Every service gets the same target wait. The call order weighs each ticket's wait by its
    // service's target (demo: 15 min for A, 20 for B), so with the demo's targets counter 2 calls
    // A002 before the earlier B001 as soon as A002 has waited three times the gap between the two
    // tickets: a matter of how loaded the machine is. With one target it is the arrival order.
    bool sameTargetWaitForEveryService()
    {
        const QString connection = u"morning-catalog"_s;
        bool updated = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path(u"hub.sqlite"_s));
            QSqlQuery update(db);
            updated = db.open() && update.exec(u"UPDATE service SET target_wait_min = 15"_s)
                && update.numRowsAffected() > 1;
        }
        QSqlDatabase::removeDatabase(connection);
        return updated;
    }

    bool startHub(quint16 port)
    {
        m_hub = std::make_unique<QProcess>();
        m_hub->setProcessChannelMode(QProcess::MergedChannels);
        // The demo's services keep opening hours; this morning runs at any hour of the real day.
        QSettings(path(u"hub.ini"_s), QSettings::IniFormat).setValue(u"queue/openAllDay"_s, true);
        m_hub->start(QStringLiteral(SADUAK_HUB_BINARY),
            {u"--db"_s, path(u"hub.sqlite"_s), u"--listen"_s, u"127.0.0.1"_s, u"--port"_s,
                QString::number(port), u"--settings"_s, path(u"hub.ini"_s)});
        m_hubOutput.clear();
        const bool ok = QTest::qWaitFor(
            [this] {
                m_hubOutput += QString::fromUtf8(m_hub->readAll());
                return m_hubOutput.contains(u"listening on port"_s)
                    || m_hub->state() == QProcess::NotRunning;
            },
            30000);
        const auto m = QRegularExpression(u"listening on port (\\d+)"_s).match(m_hubOutput);
        if (!ok || !m.hasMatch())
            return false;
        m_port = quint16(m.captured(1).toUInt());
        return true;
    }

    // Waits until the hub's log says every named device said hello.
    bool devicesConnected(const QStringList &names)
    {
        return QTest::qWaitFor(
            [&] {
                m_hubOutput += QString::fromUtf8(m_hub->readAll());
                for (const QString &n : names)
                    if (!m_hubOutput.contains(u"device connected: "_s) || !m_hubOutput.contains(n))
                        return false;
                return true;
            },
            30000);
    }

    QProcess *startScreen(const QString &mode, const QString &token, const QString &name,
        const QMap<QString, QVariant> &settings)
    {
        QSettings ini(path(name + u".ini"_s), QSettings::IniFormat);
        for (auto it = settings.begin(); it != settings.end(); ++it)
            ini.setValue(it.key(), it.value());
        ini.sync();
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s); // a real window on xvfb-run's X server
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"QT_LOGGING_RULES"_s, u"saduak.display.info=true\nsaduak.counter.info=true"_s);
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral(SADUAK_BINARY),
            {u"--mode"_s, mode, u"--windowed"_s, u"--language"_s, u"th"_s, u"--hub"_s,
                u"ws://127.0.0.1:"_s + QString::number(m_port), u"--token"_s, token,
                u"--settings"_s, path(name + u".ini"_s), u"--db"_s, path(name + u".sqlite"_s)});
        m_screens.append(p);
        return p;
    }

    // The screen's main window (its title names the screen), once it is shown.
    QString windowOf(QProcess *p, const QString &title)
    {
        return xdotoolWindowOf(p->processId(), title);
    }

    void press(const QString &window, const QString &key) { xdotoolPress(window, key); }

    // Everything a screen has printed so far (its log).
    QString outputOf(QProcess *screen)
    {
        return m_output[screen] += QString::fromUtf8(screen->readAll());
    }

    // From now on, only what the screen logs after this moment counts (see pressWhenOffered).
    void markOutput(QProcess *screen) { m_mark[screen] = outputOf(screen).size(); }

    // Presses key once, as soon as the counter screen offers action. A screen ignores a key while
    // it cannot act: before it has the queue (just started, or reconnecting after the hub came
    // back) and while its last command is in flight; and it learns of a change a moment after
    // the hub, so the hub's state does not say when the screen is ready. The screen's log does:
    // each change of what it offers is a line "counter 1 offers: callNext pause close"
    // (saduak.counter.info). Only lines after the last press (or mark) count, so an old line from
    // before a reconnect is not taken for readiness.
    bool pressWhenOffered(
        QProcess *screen, const QString &window, int counter, const QString &action, const QString &key)
    {
        const QString prefix = u"counter %1 offers: "_s.arg(counter);
        const bool offered = QTest::qWaitFor(
            [&] {
                const QString out = outputOf(screen);
                const qsizetype at = out.lastIndexOf(prefix);
                if (at < m_mark.value(screen))
                    return false;
                const qsizetype end = out.indexOf(u'\n', at);
                return end > 0
                    && out.mid(at + prefix.size(), end - at - prefix.size())
                           .split(u' ')
                           .contains(action);
            },
            30000);
        if (!offered) {
            qWarning().noquote() << "counter" << counter << "never offered" << action << "; it said:"
                                 << outputOf(screen).mid(m_mark.value(screen)).right(2000);
            return false;
        }
        press(window, key);
        markOutput(screen);
        return true;
    }

    // The queue as the supervisor sees it now.
    QJsonObject snapshot()
    {
        QJsonObject result;
        m_supervisor->send(u"snapshot"_s, {},
            [&](const QJsonObject &r) { result = r.value(u"snapshot"_s).toObject(); });
        (void)QTest::qWaitFor([&] { return !result.isEmpty(); }, 20000);
        return result;
    }

    QJsonObject counterStatus(int number)
    {
        for (const QJsonValue &c : snapshot().value(u"counters"_s).toArray())
            if (c.toObject().value(u"number"_s).toInt() == number)
                return c.toObject();
        return {};
    }

    int waiting(const QString &service)
    {
        for (const QJsonValue &q : snapshot().value(u"queues"_s).toArray())
            if (q.toObject().value(u"serviceCode"_s).toString() == service)
                return int(q.toObject().value(u"waiting"_s).toArray().size());
        return -1;
    }

    // Issues a ticket at the kiosk with its keypad and closes the page.
    bool takeTicket(const QString &kiosk, int serviceKey, const QString &service)
    {
        const int before = waiting(service);
        press(kiosk, QString::number(serviceKey));
        const bool issued = QTest::qWaitFor([&] { return waiting(service) == before + 1; }, 20000);
        press(kiosk, u"Escape"_s);
        return issued;
    }

    // The counter officer serves the next citizen: call, start, done, one key each. Returns the
    // number served.
    QString serveNext(QProcess *screen, const QString &counterWindow, int counter)
    {
        QString number;
        const auto ticketState = [&] {
            const QJsonObject t = counterStatus(counter).value(u"currentTicket"_s).toObject();
            number = t.value(u"number"_s).toString();
            return t.value(u"state"_s).toString();
        };
        if (!pressWhenOffered(screen, counterWindow, counter, u"callNext"_s, u"F2"_s)
            || !QTest::qWaitFor([&] { return ticketState() == u"called"_s; }, 20000))
            return {};
        if (!pressWhenOffered(screen, counterWindow, counter, u"start"_s, u"F4"_s)
            || !QTest::qWaitFor([&] { return ticketState() == u"serving"_s; }, 20000))
            return {};
        const QString served = number;
        if (!pressWhenOffered(screen, counterWindow, counter, u"finish"_s, u"F5"_s)
            || !QTest::qWaitFor([&] { return ticketState().isEmpty(); }, 20000))
            return {};
        return served;
    }

private Q_SLOTS:
    void cleanup()
    {
        for (QProcess *p : std::as_const(m_screens)) {
            if (QTest::currentTestFailed())
                qInfo().noquote() << "screen output:" << outputOf(p).right(3000);
            p->kill();
            p->waitForFinished(5000);
        }
        if (m_hub) {
            m_hub->kill();
            m_hub->waitForFinished(5000);
        }
    }

    void aMorningWithAHubCrash()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "runs under xvfb-run");
        // The administrator pairs the devices (which makes the branch database), then starts
        // the hub.
        const QString c1 = pair(u"counter"_s, u"Counter 1"_s, 1);
        const QString c2 = pair(u"counter"_s, u"Counter 2"_s, 2);
        const QString kioskToken = pair(u"kiosk"_s, u"Kiosk"_s);
        const QString boardToken = pair(u"display"_s, u"Board"_s);
        const QString officeToken = pair(u"supervisor"_s, u"Office"_s);
        QVERIFY(!c1.isEmpty() && !c2.isEmpty() && !kioskToken.isEmpty() && !boardToken.isEmpty());
        QVERIFY(sameTargetWaitForEveryService());
        // The administrator adds the two officers; each logs in at their counter PC (with the
        // PC's token, as its log-in screen does) before the morning's first key press.
        const QByteArray password1 = "ช่องหนึ่ง-เปิดแปดโมงครึ่ง"_ba;
        const QByteArray password2 = "ช่องสอง-เปิดแปดโมงครึ่ง"_ba;
        QVERIFY(addHubStaff(QStringLiteral(SADUAK_HUB_BINARY), path(u"hub.sqlite"_s),
            u"officer1"_s, u"สมชาย ใจดี"_s, u"counter"_s, password1));
        QVERIFY(addHubStaff(QStringLiteral(SADUAK_HUB_BINARY), path(u"hub.sqlite"_s),
            u"officer2"_s, u"สมศรี มีสุข"_s, u"counter"_s, password2));
        QVERIFY(startHub(0));
        const QString hubUrl = u"ws://127.0.0.1:"_s + QString::number(m_port);
        QString why;
        QVERIFY2(logInAt(hubUrl, c1, u"officer1"_s, password1, &why), qPrintable(why));
        QVERIFY2(logInAt(hubUrl, c2, u"officer2"_s, password2, &why), qPrintable(why));
        // Only the screens' own connections count from here on.
        QVERIFY(devicesConnected({u"Counter 1"_s, u"Counter 2"_s}));
        m_hubOutput.clear();

        TicketPrinterPort printer;
        QProcess *board = startScreen(u"display"_s, boardToken, u"board"_s, {});
        QProcess *kiosk = startScreen(u"kiosk"_s, kioskToken, u"kiosk"_s,
            {{u"kiosk/printer"_s,
                QVariant(QString(u"socket://127.0.0.1:"_s + QString::number(printer.port())))}});
        QProcess *counter1Screen
            = startScreen(u"counter"_s, c1, u"counter1"_s, {{u"counter/number"_s, QVariant(1)}});
        QProcess *counter2Screen
            = startScreen(u"counter"_s, c2, u"counter2"_s, {{u"counter/number"_s, QVariant(2)}});
        QVERIFY(devicesConnected({u"Counter 1"_s, u"Counter 2"_s, u"Kiosk"_s, u"Board"_s}));

        m_supervisor = std::make_unique<HubClient>(
            QUrl(u"ws://127.0.0.1:"_s + QString::number(m_port)), officeToken);
        m_supervisor->setBackoff(50, 500);
        m_supervisor->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_supervisor->state(), HubClient::State::Ready, 20000);

        const QString kioskWindow = windowOf(kiosk, u"ตู้บริการตนเอง"_s);
        const QString counter1 = windowOf(counter1Screen, u"ช่องบริการ"_s);
        const QString counter2 = windowOf(counter2Screen, u"ช่องบริการ"_s);
        QVERIFY(!windowOf(board, u"จอแสดงคิว"_s).isEmpty());
        QVERIFY(!kioskWindow.isEmpty() && !counter1.isEmpty() && !counter2.isEmpty());

        // 08:30: the counters open (counter 1 serves ID cards, counter 2 ID cards and civil
        // registration, as the demo branch says).
        QVERIFY(pressWhenOffered(counter1Screen, counter1, 1, u"open"_s, u"F9"_s));
        QTRY_COMPARE_WITH_TIMEOUT(counterStatus(1).value(u"state"_s).toString(), u"open"_s, 20000);
        QVERIFY(pressWhenOffered(counter2Screen, counter2, 2, u"open"_s, u"F9"_s));
        QTRY_COMPARE_WITH_TIMEOUT(counterStatus(2).value(u"state"_s).toString(), u"open"_s, 20000);

        // Citizens take tickets at the kiosk: keys 1 (ID card) and 2 (civil registration).
        QVERIFY(takeTicket(kioskWindow, 1, u"A"_s));
        QVERIFY(takeTicket(kioskWindow, 2, u"B"_s));
        QVERIFY(takeTicket(kioskWindow, 1, u"A"_s));

        QStringList served;
        served << serveNext(counter1Screen, counter1, 1) << serveNext(counter2Screen, counter2, 2);

        // The hub dies (power cut on the server) and comes back on the same port. What the
        // counters offered before does not count: they must have the queue again.
        markOutput(counter1Screen);
        markOutput(counter2Screen);
        m_hub->kill();
        QVERIFY(m_hub->waitForFinished(10000));
        QVERIFY(startHub(m_port));
        QVERIFY(devicesConnected({u"Counter 1"_s, u"Counter 2"_s, u"Kiosk"_s, u"Board"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(m_supervisor->state(), HubClient::State::Ready, 30000);

        QVERIFY(takeTicket(kioskWindow, 2, u"B"_s));
        served << serveNext(counter1Screen, counter1, 1) << serveNext(counter2Screen, counter2, 2);

        // Every ticket issued was served once, in call order, and nothing waits.
        QCOMPARE(served, (QStringList {u"A001"_s, u"B001"_s, u"A002"_s, u"B002"_s}));
        QCOMPARE(waiting(u"A"_s), 0);
        QCOMPARE(waiting(u"B"_s), 0);
        QTRY_COMPARE_WITH_TIMEOUT(printer.tickets, 4, 20000);

        // The board said each call exactly once, also across the hub's restart.
        QString boardLog;
        QTRY_VERIFY_WITH_TIMEOUT(
            (boardLog = outputOf(board)).count(u"announcing "_s) == 4, 20000);
        for (const QString &expected :
            {u"announcing A001 at counter 1"_s, u"announcing B001 at counter 2"_s,
                u"announcing A002 at counter 1"_s, u"announcing B002 at counter 2"_s})
            QCOMPARE(boardLog.count(expected), 1);
        QVERIFY(boardLog.indexOf(u"announcing A001"_s) < boardLog.indexOf(u"announcing B002"_s));

        // Every program is still running: nothing crashed on the way.
        for (QProcess *p : std::as_const(m_screens))
            QCOMPARE(p->state(), QProcess::Running);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_hub;
    QString m_hubOutput;
    quint16 m_port = 0;
    QList<QProcess *> m_screens;
    QHash<QProcess *, QString> m_output; // what each screen printed so far
    QHash<QProcess *, qsizetype> m_mark; // where its output counts from (pressWhenOffered)
    std::unique_ptr<HubClient> m_supervisor;
};

QTEST_GUILESS_MAIN(TestMorning)
#include "tst_morning.moc"
