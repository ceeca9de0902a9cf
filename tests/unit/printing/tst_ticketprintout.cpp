#include "printing/ticketprintout.h"

#include "domain/service.h"
#include "domain/ticket.h"
#include "sampleprintout.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using saduak::Language;
using saduak::TicketPrintout;

class TestTicketPrintout : public QObject
{
    Q_OBJECT

private slots:
    void buildsStatusUrlFromBase_data();
    void buildsStatusUrlFromBase();
    void takesTicketAndServiceFromTheQueue();
    void showsIssuedTimeInBangkokWithBuddhistYear();
    void saysWaitingAheadInBothLanguages();
};

void TestTicketPrintout::buildsStatusUrlFromBase_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("ticketId");
    QTest::addColumn<QString>("expected");

    QTest::newRow("host only") << u"https://bangrak.example"_s << u"abc-123"_s
                               << u"https://bangrak.example/t/abc-123"_s;
    QTest::newRow("trailing slash")
        << u"https://bangrak.example/"_s << u"abc-123"_s << u"https://bangrak.example/t/abc-123"_s;
    QTest::newRow("path prefix kept") << u"https://10.0.0.2:8443/saduak/"_s << u"abc"_s
                                      << u"https://10.0.0.2:8443/saduak/t/abc"_s;
    QTest::newRow("id is percent-encoded")
        << u"https://h.example"_s << u"a b/c"_s << u"https://h.example/t/a%20b%2Fc"_s;
}

void TestTicketPrintout::buildsStatusUrlFromBase()
{
    QFETCH(QString, base);
    QFETCH(QString, ticketId);
    QFETCH(QString, expected);

    QCOMPARE(TicketPrintout::statusUrl(QUrl(base), ticketId), expected);
}

void TestTicketPrintout::takesTicketAndServiceFromTheQueue()
{
    saduak::Ticket ticket;
    ticket.id = u"3f2b8c1e-7a4d-4b6e-9c0f-1d2e3f4a5b6c"_s;
    ticket.number = u"B017"_s;
    ticket.serviceCode = u"B"_s;
    saduak::Service service;
    service.code = u"B"_s;
    service.thaiName = u"ทะเบียนที่ดิน"_s;
    service.englishName = u"Land registry"_s;

    const TicketPrintout p = TicketPrintout::forTicket(ticket, service, u"ศูนย์ราชการสะดวก"_s,
        u"Government Easy Service Center"_s, 1234, 5, QUrl(u"https://branch.example"_s));

    QCOMPARE(p.ticketNumber, u"B017"_s);
    QCOMPARE(p.ticketId, ticket.id);
    QCOMPARE(p.serviceName(Language::Thai), u"ทะเบียนที่ดิน"_s);
    QCOMPARE(p.serviceName(Language::English), u"Land registry"_s);
    QCOMPARE(p.centerName(Language::Thai), u"ศูนย์ราชการสะดวก"_s);
    QCOMPARE(p.issuedUtcMs, 1234);
    QCOMPARE(p.waitingAhead, 5);
    QCOMPARE(p.qrPayload, u"https://branch.example/t/3f2b8c1e-7a4d-4b6e-9c0f-1d2e3f4a5b6c"_s);
}

void TestTicketPrintout::showsIssuedTimeInBangkokWithBuddhistYear()
{
    const TicketPrintout p = saduak::test::samplePrintout(); // 07:05 UTC on 26 Nov 2026
    QCOMPARE(p.issuedText(Language::Thai), u"26 พ.ย. 2569 14:05"_s);
    QCOMPARE(p.issuedText(Language::English), u"26 Nov 2026 14:05"_s);
}

void TestTicketPrintout::saysWaitingAheadInBothLanguages()
{
    TicketPrintout p;
    p.waitingAhead = 12;
    QCOMPARE(p.waitingAheadText(Language::Thai), u"รอก่อนหน้า 12 คิว"_s);
    QCOMPARE(p.waitingAheadText(Language::English), u"Waiting ahead: 12"_s);
    p.waitingAhead = 0;
    QCOMPARE(p.waitingAheadText(Language::English), u"Waiting ahead: 0"_s);
}

QTEST_APPLESS_MAIN(TestTicketPrintout)
#include "tst_ticketprintout.moc"
