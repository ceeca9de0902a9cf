// saduak-card as support staff run it: the built program against a real pcscd with an emulated
// card. Checks what they read: the JSON, the photo file, the exit code and the one-line reason.
#include "pcscdfixture.h"
#include "pcsctestsupport.h"
#include "vpcdcardemulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak::idcard;
using namespace saduak::testing;

namespace {

constexpr int eventTimeoutMs = 5000;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run saduakCard(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SADUAK_CARD_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// What a failing run must print on stderr: exactly one line, saying what went wrong.
bool oneLine(const QString &text)
{
    return text.endsWith(u'\n') && text.count(u'\n') == 1 && text.size() > 10;
}

} // namespace

class TestSaduakCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_pcscd.start(&why), qPrintable(why));
    }

    void init()
    {
        QString why;
        if (m_pcscd.readerCount() != 2) {
            m_pcscd.stop();
            m_pcscd.setReaderPairs(1);
        }
        QVERIFY2(m_pcscd.start(&why), qPrintable(why));
    }

    void cleanup()
    {
        // The emulators go before their cards: they call the card from their own thread.
        for (auto &emulator : m_emulators)
            emulator.reset();
        m_cards.clear();
        if (!m_pcscd.isRunning())
            return;
        for (int i = 0; i < m_pcscd.readerCount(); ++i)
            QTRY_VERIFY_WITH_TIMEOUT(!cardPresentIn(m_pcscd.readerName(i)), eventTimeoutMs);
    }

    void printsTheCardAsJson()
    {
        auto card = insert(u"standard-3b68"_s, 0);
        const Run run = saduakCard({u"read"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject json = run.json();
        const QJsonObject fixture = cardFixtureJson(u"standard-3b68"_s);
        QCOMPARE(json[u"citizenId"].toString(), fixture[u"citizenId"].toString());
        QCOMPARE(json[u"checkDigitValid"].toBool(), true);
        QCOMPARE(json[u"thaiName"][u"first"].toString(), fixture[u"thaiName"][u"first"].toString());
        QCOMPARE(json[u"thaiName"][u"full"].toString(),
            fixture[u"thaiName"][u"prefix"].toString() + u' '
                + fixture[u"thaiName"][u"first"].toString() + u' '
                + fixture[u"thaiName"][u"last"].toString());
        QCOMPARE(
            json[u"englishName"][u"last"].toString(), fixture[u"englishName"][u"last"].toString());
        // Dates: Gregorian ISO plus the card's own Buddhist-Era text.
        QCOMPARE(json[u"birthDate"][u"iso"].toString(), u"1987-04-15"_s);
        QCOMPARE(json[u"birthDate"][u"be"].toString(), u"25300415"_s);
        QCOMPARE(json[u"expiryDate"][u"lifelong"].toBool(), false);
        QCOMPARE(json[u"gender"].toString(), u"male"_s);
        QCOMPARE(json[u"address"].toArray().last().toString(), u"จังหวัดเชียงใหม่"_s);
        QVERIFY(json[u"photo"].isNull()); // not asked for, not read
        QCOMPARE(card->commandCount(), 7); // text only: SELECT + 3 batched reads
    }

    void lifelongExpiryIsNullWithAFlag()
    {
        insert(u"lifelong-expiry"_s, 0);
        const Run run = saduakCard({u"read"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject expiry = run.json()[u"expiryDate"].toObject();
        QVERIFY(expiry[u"iso"].isNull());
        QCOMPARE(expiry[u"lifelong"].toBool(), true);
        QCOMPARE(expiry[u"be"].toString(), u"99999999"_s);
        QCOMPARE(run.json()[u"expired"].toBool(), false);
    }

    void photoFileHoldsTheExactJpeg()
    {
        auto card = insert(u"middle-name-3b7818"_s, 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"photo.jpg"_s);
        const Run run = saduakCard({u"read"_s, u"--json"_s, u"--photo"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray jpeg = file.readAll();
        QVERIFY(jpeg == card->photo());
        const QJsonObject photo = run.json()[u"photo"].toObject();
        QCOMPARE(photo[u"file"].toString(), path);
        QCOMPARE(photo[u"bytes"].toInt(), int(jpeg.size()));
        QVERIFY(!run.json()[u"thaiName"][u"middle"].toString().isEmpty());
    }

    void readersListsEachReaderWithItsState()
    {
        auto card = insert(u"standard-3b68"_s, 1);
        const Run run = saduakCard({u"readers"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.out),
            m_pcscd.readerName(0) + u"\tno card\n"_s + m_pcscd.readerName(1) + u"\tcard\n"_s);

        const Run json = saduakCard({u"readers"_s, u"--json"_s});
        const QJsonArray readers = json.json()[u"readers"].toArray();
        QCOMPARE(readers.size(), 2);
        QCOMPARE(readers[1][u"cardPresent"].toBool(), true);
        QCOMPARE(
            readers[1][u"atr"].toString(), QString::fromLatin1(card->atr().toHex(' ').toUpper()));
    }

    void readsTheNamedReader()
    {
        insert(u"standard-3b68"_s, 1);
        Run run = saduakCard({u"read"_s, u"--json"_s, u"--reader"_s, m_pcscd.readerName(1)});
        QCOMPARE(run.exitCode, 0);
        run = saduakCard({u"read"_s, u"--json"_s, u"--reader"_s, m_pcscd.readerName(0)});
        QCOMPARE(run.exitCode, 5); // that reader is empty: the card in the other one is not taken
        QCOMPARE(run.json()[u"problem"].toString(), u"no-card"_s);
        run = saduakCard({u"read"_s, u"--json"_s, u"--reader"_s, u"No Such Reader"_s});
        QCOMPARE(run.exitCode, 4);
    }

    void exitCodeAndReasonForEachProblem_data()
    {
        QTest::addColumn<QString>("fixture"); // empty: no card
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        const QStringList read {u"read"_s, u"--json"_s};
        QTest::newRow("no card") << QString() << read << 5 << u"There is no card in the reader"_s;
        QTest::newRow("not a Thai ID card")
            << u"not-thai-id-card"_s << read << 6 << u"not a Thai national ID card"_s;
        QTest::newRow("card removed during the read")
            << u"pulled-mid-photo"_s << (read + QStringList {u"--photo"_s, u"photo.jpg"_s}) << 7
            << u"taken out before reading finished"_s;
        QTest::newRow("usage") << QString() << QStringList {u"write"_s} << 2 << u"--help"_s;
    }

    void exitCodeAndReasonForEachProblem()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        if (!fixture.isEmpty())
            insert(fixture, 0);
        QTemporaryDir dir;
        for (QString &argument : arguments)
            if (argument.endsWith(u".jpg"))
                argument = dir.filePath(argument);
        const Run run = saduakCard(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(oneLine(run.err), qPrintable(run.err));
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        if (fixture.startsWith(u"pulled"))
            QVERIFY(!QFile::exists(dir.filePath(u"photo.jpg"_s))); // no half photo left behind
    }

    void cardHeldByAnotherProgramIsInUse()
    {
        insert(u"standard-3b68"_s, 0);
        PcscContext other;
        QVERIFY(other.establish().ok());
        SCARDHANDLE handle = 0;
        DWORD protocol = 0;
        const QByteArray reader = m_pcscd.readerName(0).toUtf8();
        QCOMPARE(SCardConnect(other.handle(), reader.constData(), SCARD_SHARE_EXCLUSIVE,
                     SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &handle, &protocol),
            SCARD_S_SUCCESS);
        const Run run = saduakCard({u"read"_s, u"--json"_s});
        SCardDisconnect(handle, SCARD_LEAVE_CARD);
        QCOMPARE(run.exitCode, 9);
        QVERIFY2(oneLine(run.err) && run.err.contains(u"Another program is using the card"_s),
            qPrintable(run.err));
    }

    void noReaderAtAll()
    {
        QVERIFY(m_pcscd.stop());
        m_pcscd.setReaderPairs(0);
        QString why;
        QVERIFY2(m_pcscd.start(&why), qPrintable(why));
        for (const QStringList &arguments : {QStringList {u"readers"_s}, QStringList {u"read"_s}}) {
            const Run run = saduakCard(arguments);
            QCOMPARE(run.exitCode, 4);
            QVERIFY2(oneLine(run.err) && run.err.contains(u"No card reader was found"_s),
                qPrintable(run.err));
        }
    }

    void pcscdNotRunningInEitherLanguage()
    {
        QVERIFY(m_pcscd.stop());
        Run run = saduakCard({u"read"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(
            oneLine(run.err) && run.err.contains(u"(pcscd) is not running"_s), qPrintable(run.err));
        QCOMPARE(run.json()[u"problem"].toString(), u"pcscd-not-running"_s);
        run = saduakCard({u"readers"_s, u"--language"_s, u"th"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(oneLine(run.err) && run.err.contains(u"ไม่ได้ทำงาน"_s), qPrintable(run.err));
    }

private:
    // The card stays the test case's until cleanup(), which takes it out of the reader.
    VirtualThaiIdCard *insert(const QString &fixture, int reader)
    {
        auto card = loadFixtureCard(fixture);
        if (!card)
            return nullptr;
        m_emulators[reader] = std::make_unique<VpcdCardEmulator>(m_pcscd.vpcdPort(reader));
        m_emulators[reader]->insertCard(card.get());
        if (!QTest::qWaitFor(
                [&] { return cardPresentIn(m_pcscd.readerName(reader)); }, eventTimeoutMs))
            qWarning("the card never showed in %s", qPrintable(m_pcscd.readerName(reader)));
        m_cards.push_back(std::move(card));
        return m_cards.back().get();
    }

    PcscdFixture m_pcscd;
    std::unique_ptr<VpcdCardEmulator> m_emulators[2];
    std::vector<std::unique_ptr<VirtualThaiIdCard>> m_cards;
};

QTEST_GUILESS_MAIN(TestSaduakCard)
#include "tst_saduakcard.moc"
