// The ID-card reader through the real stack: pcscd, the vpcd driver, an emulated Thai ID card on
// a socket. What a counter officer would see: the card's data, or the right problem.
#include "pcscdfixture.h"
#include "pcsctestsupport.h"
#include "vpcdcardemulator.h"

#include "card/thaiidcardjson.h"
#include "card/thaiidcardreader.h"
#include "channelforvirtualcard.h"
#include "pcsc/idcardreaderservice.h"
#include "pcsc/pcscidcardread.h"
#include "pcsc/readermonitor.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak::idcard;
using namespace saduak::testing;

Q_DECLARE_METATYPE(saduak::idcard::CardProblem)

namespace {

// Fixed "today" for expiry checks, so the tests keep their meaning as years pass.
const QDate today(2026, 6, 1);
constexpr int eventTimeoutMs = 5000; // pcscd polls a serial reader every 400 ms

QStringList nameParts(const CardName &name)
{
    return {name.prefix, name.first, name.middle, name.last};
}

QStringList nameParts(const QJsonObject &name)
{
    return {name[u"prefix"].toString(), name[u"first"].toString(), name[u"middle"].toString(),
        name[u"last"].toString()};
}

CardProblem expectedProblem(const QString &fixture)
{
    if (fixture.startsWith(u"pulled-mid-photo"))
        return CardProblem::CardRemoved;
    if (fixture == u"not-thai-id-card")
        return CardProblem::NotThaiIdCard;
    return CardProblem::None;
}

QString failures(const QSignalSpy &failed)
{
    QStringList lines;
    for (const QList<QVariant> &f : failed)
        lines.append(problemId(f[0].value<CardProblem>()) + u": "_s + f[1].toString());
    return lines.join(u"; "_s);
}

} // namespace

class TestPcscReader : public QObject
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
        // Every test leaves pcscd running with one reader pair; check it did.
        QString why;
        if (m_pcscd.readerCount() != 2) {
            m_pcscd.stop();
            m_pcscd.setReaderPairs(1);
        }
        QVERIFY2(m_pcscd.start(&why), qPrintable(why));
    }

    void cleanup()
    {
        // Each test's emulator has gone (the card was pulled); the next test starts once pcscd
        // has seen that, or it would talk to the old card's closed connection.
        if (!m_pcscd.isRunning())
            return;
        for (int i = 0; i < m_pcscd.readerCount(); ++i)
            QTRY_VERIFY_WITH_TIMEOUT(!cardPresentIn(m_pcscd.readerName(i)), eventTimeoutMs);
    }

    void readsEveryFixtureThroughPcscd_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<ReadPlan>("plan");
        for (const QString &name : cardFixtureNames()) {
            QTest::addRow("%s batched", qPrintable(name)) << name << ReadPlan::Batched;
            QTest::addRow("%s per field", qPrintable(name)) << name << ReadPlan::PerField;
        }
    }

    void readsEveryFixtureThroughPcscd()
    {
        QFETCH(QString, fixture);
        QFETCH(ReadPlan, plan);
        const QJsonObject expected = cardFixtureJson(fixture);
        auto card = loadFixtureCard(fixture);
        QVERIFY(card);
        VpcdCardEmulator emulator(m_pcscd.vpcdPort(0));
        emulator.insertCard(card.get());
        QTRY_VERIFY_WITH_TIMEOUT(cardPresentIn(m_pcscd.readerName(0)), eventTimeoutMs);

        PcscContext context;
        QVERIFY(context.establish().ok());
        const PcscIdCardRead::Outcome outcome
            = PcscIdCardRead::readChosen(context, {}, {true, plan});
        QCOMPARE(outcome.reader, m_pcscd.readerName(0));
        const CardReadResult &result = outcome.result;
        QVERIFY2(result.problem == expectedProblem(fixture),
            qPrintable(problemId(result.problem) + u": "_s + result.detail));
        // Every APDU the reader counted went through pcscd and vpcd to the card and back.
        QCOMPARE(emulator.apduCount() + (emulator.cardPulled() ? 1 : 0), result.commandCount);

        if (result.problem != CardProblem::None) {
            QVERIFY(!result.card); // a short or empty answer is never data
            QCOMPARE(emulator.cardPulled() || card->pulled(), fixture.startsWith(u"pulled"));
            return;
        }
        QVERIFY(result.card);
        const ThaiIdCardData &data = *result.card;
        QCOMPARE(data.citizenId, expected[u"citizenId"].toString());
        QCOMPARE(nameParts(data.thaiName), nameParts(expected[u"thaiName"].toObject()));
        QCOMPARE(nameParts(data.englishName), nameParts(expected[u"englishName"].toObject()));
        QCOMPARE(data.birthDate.rawBe, expected[u"birthDate"].toString());
        QCOMPARE(data.issuer, expected[u"issuer"].toString());
        QCOMPARE(data.expiryDate.rawBe, expected[u"expiryDate"].toString());
        QStringList address;
        for (const QJsonValue &part : expected[u"address"].toArray())
            if (!part.toString().isEmpty())
                address.append(part.toString());
        QCOMPARE(data.address, address);
        QVERIFY(data.photoJpeg == card->photo());
        QVERIFY(data.photoJpeg.endsWith("\xFF\xD9"_ba));
        QCOMPARE(data.checkDigitValid, fixture != u"bad-check-digit");
        QCOMPARE(data.isExpired(today), fixture == u"expired");
        QCOMPARE(data.expiryDate.lifelong, fixture == u"lifelong-expiry");
        QCOMPARE(!data.thaiName.middle.isEmpty(),
            fixture == u"middle-name-3b7818" || fixture == u"every-thai-character");

        // The same card read in process gives the same JSON: PC/SC passes every byte unchanged.
        auto twin = loadFixtureCard(fixture);
        ChannelForVirtualCard direct(*twin);
        const CardReadResult inProcess = ThaiIdCardReader::read(direct, {true, plan});
        QVERIFY(inProcess.card);
        CardJsonOptions json;
        json.today = today;
        json.photo = CardJsonOptions::Photo::Base64;
        QCOMPARE(toJson(data, json), toJson(*inProcess.card, json));
        QCOMPARE(result.commandCount, inProcess.commandCount);
    }

    void textOnlyReadLeavesThePhotoOut()
    {
        auto card = loadFixtureCard(u"standard-3b68"_s);
        VpcdCardEmulator emulator(m_pcscd.vpcdPort(0));
        emulator.insertCard(card.get());
        QTRY_VERIFY_WITH_TIMEOUT(cardPresentIn(m_pcscd.readerName(0)), eventTimeoutMs);
        PcscContext context;
        QVERIFY(context.establish().ok());
        const auto outcome = PcscIdCardRead::readChosen(context, {}, {false, ReadPlan::Batched});
        QVERIFY2(outcome.result.card, qPrintable(outcome.result.detail));
        QVERIFY(outcome.result.card->photoJpeg.isEmpty());
        QVERIFY(!outcome.result.card->citizenId.isEmpty());
    }

    void noCardAndNoReaderAreTold()
    {
        PcscContext context;
        QVERIFY(context.establish().ok());
        auto outcome = PcscIdCardRead::readChosen(context, {}, {});
        QCOMPARE(outcome.result.problem, CardProblem::NoCard);
        outcome = PcscIdCardRead::readChosen(context, u"No Such Reader 00 00"_s, {});
        QCOMPARE(outcome.result.problem, CardProblem::NoReader);
    }

    void cardHeldExclusivelyByAnotherProgramIsInUse()
    {
        auto card = loadFixtureCard(u"standard-3b68"_s);
        VpcdCardEmulator emulator(m_pcscd.vpcdPort(0));
        emulator.insertCard(card.get());
        QTRY_VERIFY_WITH_TIMEOUT(cardPresentIn(m_pcscd.readerName(0)), eventTimeoutMs);

        PcscContext other;
        QVERIFY(other.establish().ok());
        SCARDHANDLE handle = 0;
        DWORD protocol = 0;
        const QByteArray reader = m_pcscd.readerName(0).toUtf8();
        QCOMPARE(SCardConnect(other.handle(), reader.constData(), SCARD_SHARE_EXCLUSIVE,
                     SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &handle, &protocol),
            SCARD_S_SUCCESS);
        PcscContext context;
        QVERIFY(context.establish().ok());
        const CardReadResult held = PcscIdCardRead::readIn(context, m_pcscd.readerName(0), {});
        QCOMPARE(held.problem, CardProblem::CardInUse);
        QVERIFY(!held.card);

        SCardDisconnect(handle, SCARD_LEAVE_CARD);
        const CardReadResult released = PcscIdCardRead::readIn(context, m_pcscd.readerName(0), {});
        QVERIFY2(released.card, qPrintable(released.detail));
    }

    void monitorReportsInsertAndRemove()
    {
        ReaderMonitor monitor;
        QSignalSpy readers(&monitor, &ReaderMonitor::readersChanged);
        QSignalSpy inserted(&monitor, &ReaderMonitor::cardInserted);
        QSignalSpy removed(&monitor, &ReaderMonitor::cardRemoved);
        QSignalSpy available(&monitor, &ReaderMonitor::pcscdAvailabilityChanged);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.readers().size(), 2, eventTimeoutMs);
        QCOMPARE(available.value(0).value(0).toBool(), true);
        QVERIFY(!monitor.readers()[0].cardPresent);
        QVERIFY(inserted.isEmpty());

        auto card = loadFixtureCard(u"standard-3b68"_s);
        VpcdCardEmulator emulator(m_pcscd.vpcdPort(1));
        emulator.insertCard(card.get());
        QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 1, eventTimeoutMs);
        QCOMPARE(inserted[0][0].toString(), m_pcscd.readerName(1));
        QVERIFY(monitor.readers()[1].cardPresent);
        QCOMPARE(monitor.readers()[1].atr, card->atr());

        emulator.removeCard();
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, eventTimeoutMs);
        QCOMPARE(removed[0][0].toString(), m_pcscd.readerName(1));
        QVERIFY(!monitor.readers()[1].cardPresent);
        QCOMPARE(inserted.size(), 1);
    }

    void monitorSeesReadersComeAndGoWithPcscd()
    {
        ReaderMonitor monitor;
        monitor.setRetryInterval(std::chrono::milliseconds(50));
        QSignalSpy available(&monitor, &ReaderMonitor::pcscdAvailabilityChanged);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.readers().size(), 2, eventTimeoutMs);

        QVERIFY(m_pcscd.stop());
        QTRY_COMPARE_WITH_TIMEOUT(available.size(), 2, eventTimeoutMs);
        QCOMPARE(available[1][0].toBool(), false);
        QVERIFY(monitor.readers().isEmpty());

        // Back with a second reader pair: the monitor finds pcscd and the new readers by itself.
        m_pcscd.setReaderPairs(2);
        QString why;
        QVERIFY2(m_pcscd.start(&why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.readers().size(), 4, eventTimeoutMs);
        QCOMPARE(available.last()[0].toBool(), true);
        QStringList names;
        for (const ReaderInfo &reader : monitor.readers())
            names.append(reader.name);
        for (int i = 0; i < 4; ++i)
            QVERIFY2(names.contains(m_pcscd.readerName(i)), qPrintable(names.join(u", "_s)));
        QVERIFY(m_pcscd.stop());
    }

    void serviceReadsAnInsertedCardAndSeesItLeave()
    {
        IdCardReaderService service;
        QSignalSpy started(&service, &IdCardReaderService::readStarted);
        QSignalSpy read(&service, &IdCardReaderService::cardRead);
        QSignalSpy failed(&service, &IdCardReaderService::readFailed);
        QSignalSpy removed(&service, &IdCardReaderService::cardRemoved);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(service.status(), CardProblem::NoCard, eventTimeoutMs);

        auto card = loadFixtureCard(u"middle-name-3b7818"_s);
        VpcdCardEmulator emulator(m_pcscd.vpcdPort(0));
        emulator.insertCard(card.get());
        QTRY_VERIFY2_WITH_TIMEOUT(read.size() == 1, qPrintable(failures(failed)), eventTimeoutMs);
        QCOMPARE(started[0][0].toString(), m_pcscd.readerName(0));
        QVERIFY(failed.isEmpty());
        const auto data = read[0][0].value<ThaiIdCardData>();
        QCOMPARE(data.citizenId, cardFixtureJson(u"middle-name-3b7818"_s)[u"citizenId"].toString());
        QVERIFY(data.photoJpeg == card->photo());
        QCOMPARE(service.status(), CardProblem::None);

        emulator.removeCard();
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, eventTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(service.status(), CardProblem::NoCard, eventTimeoutMs);
    }

    void serviceReportsACardPulledMidPhoto()
    {
        IdCardReaderService service;
        QSignalSpy read(&service, &IdCardReaderService::cardRead);
        QSignalSpy failed(&service, &IdCardReaderService::readFailed);
        service.start();
        auto card = loadFixtureCard(u"pulled-mid-photo"_s);
        VpcdCardEmulator emulator(m_pcscd.vpcdPort(0));
        emulator.insertCard(card.get());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, eventTimeoutMs);
        QVERIFY2(failed[0][0].value<CardProblem>() == CardProblem::CardRemoved,
            qPrintable(failures(failed)));
        QVERIFY(read.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(service.status(), CardProblem::NoCard, eventTimeoutMs);
    }

    void serviceReadsTheReaderThatHasTheCard()
    {
        IdCardReaderService service;
        QSignalSpy started(&service, &IdCardReaderService::readStarted);
        QSignalSpy read(&service, &IdCardReaderService::cardRead);
        service.start();
        auto card = loadFixtureCard(u"standard-3b68"_s);
        VpcdCardEmulator second(m_pcscd.vpcdPort(1));
        second.insertCard(card.get());
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, eventTimeoutMs);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started[0][0].toString(), m_pcscd.readerName(1));
    }

    void servicePinnedToOneReaderIgnoresTheOther()
    {
        IdCardReaderService service;
        service.setPinnedReader(m_pcscd.readerName(0));
        QSignalSpy started(&service, &IdCardReaderService::readStarted);
        QSignalSpy read(&service, &IdCardReaderService::cardRead);
        QSignalSpy readers(&service, &IdCardReaderService::readersChanged);
        service.start();

        auto other = loadFixtureCard(u"standard-3b68"_s);
        VpcdCardEmulator second(m_pcscd.vpcdPort(1));
        second.insertCard(other.get());
        // The card is seen in the other reader, and left alone.
        QTRY_VERIFY_WITH_TIMEOUT(
            service.readers().size() == 2 && service.readers()[1].cardPresent, eventTimeoutMs);
        QCOMPARE(service.status(), CardProblem::NoCard);

        auto pinned = loadFixtureCard(u"lifelong-expiry"_s);
        VpcdCardEmulator first(m_pcscd.vpcdPort(0));
        first.insertCard(pinned.get());
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, eventTimeoutMs);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started[0][0].toString(), m_pcscd.readerName(0));
        QVERIFY(read[0][0].value<ThaiIdCardData>().expiryDate.lifelong);
        QCOMPARE(other->commandCount(), 0);
    }

    void serviceSaysPcscdStoppedAndRecoversByItself()
    {
        IdCardReaderService service;
        QSignalSpy status(&service, &IdCardReaderService::statusChanged);
        QSignalSpy read(&service, &IdCardReaderService::cardRead);
        service.start();
        auto card = loadFixtureCard(u"expired"_s);
        VpcdCardEmulator emulator(m_pcscd.vpcdPort(0));
        emulator.insertCard(card.get());
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, eventTimeoutMs);

        QVERIFY(m_pcscd.stop());
        QTRY_COMPARE_WITH_TIMEOUT(service.status(), CardProblem::PcscdNotRunning, eventTimeoutMs);

        // Nobody touches the service: pcscd comes back, the card is found and read again.
        QString why;
        QVERIFY2(m_pcscd.start(&why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 2, eventTimeoutMs);
        QCOMPARE(service.status(), CardProblem::None);
        QVERIFY(read[1][0].value<ThaiIdCardData>().isExpired(today));
    }

    void serviceStartedWithoutPcscdSaysSo()
    {
        QVERIFY(m_pcscd.stop());
        IdCardReaderService service;
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(service.status(), CardProblem::PcscdNotRunning, eventTimeoutMs);
        QString why;
        QVERIFY2(m_pcscd.start(&why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(service.status(), CardProblem::NoCard, eventTimeoutMs);
    }

private:
    PcscdFixture m_pcscd;
};

QTEST_GUILESS_MAIN(TestPcscReader)
#include "tst_pcscreader.moc"
