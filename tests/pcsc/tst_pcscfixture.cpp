// The test fixture itself: a real pcscd with vpcd readers and the card emulator. If this fails,
// every other pcsc test fails for the same reason, so it says why first.
#include "pcscdfixture.h"
#include "virtualcard.h"
#include "vpcdcardemulator.h"

#include "pcsc/pcsccardchannel.h"
#include "pcsc/pcsccontext.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace saduak::idcard;
using namespace saduak::testing;

namespace {

// Answers every command with 90 00 and counts them.
class EchoCard : public VirtualCard
{
public:
    QByteArray atr() const override
    {
        return "\x3B\x67\x00\x00\x00\x00\x00\x00\x00\x00\x90\x00"_ba;
    }
    std::optional<QByteArray> respond(const QByteArray &) override { return "\x90\x00"_ba; }
};

bool cardPresent(const QString &reader)
{
    PcscContext context;
    QList<ReaderInfo> readers;
    if (!context.establish().ok() || !context.readers(&readers).ok())
        return false;
    return std::any_of(readers.begin(), readers.end(),
        [&](const ReaderInfo &r) { return r.name == reader && r.cardPresent; });
}

} // namespace

class TestPcscFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTwoVirtualReadersPerEntry()
    {
        PcscdFixture pcscd;
        QString why;
        QVERIFY2(pcscd.start(&why), qPrintable(why));
        PcscContext context;
        QVERIFY(context.establish().ok());
        QStringList names;
        QVERIFY(context.readerNames(&names).ok());
        QCOMPARE(names, QStringList({pcscd.readerName(0), pcscd.readerName(1)}));
    }

    // Every APDU reaches the card and its answer comes back. How long one takes (the fixture's own
    // cost, ~0.07 ms; ~44 ms if the emulator's socket waited for delayed ACKs) is a figure of
    // bench/idcard/bench_idcard and docs/performance.md, not a pass/fail fact on a shared machine.
    void everyApduReachesTheCardAndIsAnswered()
    {
        PcscdFixture pcscd;
        QString why;
        QVERIFY2(pcscd.start(&why), qPrintable(why));
        EchoCard card;
        VpcdCardEmulator emulator(pcscd.vpcdPort(0));
        emulator.insertCard(&card);
        QTRY_VERIFY_WITH_TIMEOUT(cardPresent(pcscd.readerName(0)), 20000);

        PcscContext context;
        QVERIFY(context.establish().ok());
        PcscResult opened;
        auto channel = PcscCardChannel::open(context, pcscd.readerName(0), &opened);
        QVERIFY2(channel, qPrintable(opened.detail));
        QCOMPARE(channel->atr(), card.atr());

        constexpr int count = 50;
        for (int i = 0; i < count; ++i) {
            const ApduResponse response = channel->transmit("\x00\xA4\x04\x00\x02\x3F\x00"_ba);
            QVERIFY(response.transmitted());
            QCOMPARE(response.statusWord, quint16(0x9000));
        }
        QCOMPARE(emulator.apduCount(), count);
    }

    void removingTheCardEmptiesTheReader()
    {
        PcscdFixture pcscd;
        QString why;
        QVERIFY2(pcscd.start(&why), qPrintable(why));
        EchoCard card;
        VpcdCardEmulator emulator(pcscd.vpcdPort(1));
        emulator.insertCard(&card);
        QTRY_VERIFY_WITH_TIMEOUT(cardPresent(pcscd.readerName(1)), 20000);
        QVERIFY(!cardPresent(pcscd.readerName(0)));
        emulator.removeCard();
        QTRY_VERIFY_WITH_TIMEOUT(!cardPresent(pcscd.readerName(1)), 20000);
    }

    void refusesToRunBesideAnotherPcscd()
    {
        // Someone else's pcscd (as the system's would be), on the fixed socket.
        QTemporaryDir emptyConf;
        QProcess foreign;
        foreign.start(u"/usr/sbin/pcscd"_s, {u"-f"_s, u"-c"_s, emptyConf.path()});
        QVERIFY(foreign.waitForStarted());
        QVERIFY(QTest::qWaitFor([] { return PcscContext().establish().ok(); }, 20000));

        PcscdFixture fixture;
        QString why;
        QVERIFY(!fixture.start(&why));
        QVERIFY2(why.contains(u"already running"_s), qPrintable(why));
        foreign.terminate();
        QVERIFY(foreign.waitForFinished());
    }
};

QTEST_GUILESS_MAIN(TestPcscFixture)
#include "tst_pcscfixture.moc"
