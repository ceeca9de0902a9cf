// Opening hours as the catalog keeps them ("08:30"–"16:30", Bangkok time): parsed strictly, and
// open from the opening minute up to, not including, the closing minute.
#include <domain/bangkoktime.h>
#include <domain/openinghours.h>

#include <QTest>

using namespace Qt::StringLiterals;
using saduak::BangkokTime;
using saduak::OpeningHours;

namespace {

qint64 bangkok(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 25), QTime(hour, minute), BangkokTime::zone())
        .toMSecsSinceEpoch();
}

} // namespace

class TestOpeningHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCatalogTexts_data()
    {
        QTest::addColumn<QString>("opens");
        QTest::addColumn<QString>("closes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("office hours") << u"08:30"_s << u"16:30"_s << true;
        QTest::newRow("until midnight") << u"10:00"_s << u"24:00"_s << true;
        QTest::newRow("all day") << u"00:00"_s << u"24:00"_s << true;
        QTest::newRow("closing before opening") << u"16:30"_s << u"08:30"_s << false;
        QTest::newRow("closed all day is not hours") << u"08:30"_s << u"08:30"_s << false;
        QTest::newRow("no leading zero") << u"8:30"_s << u"16:30"_s << false;
        QTest::newRow("minute 60") << u"08:60"_s << u"16:30"_s << false;
        QTest::newRow("past midnight") << u"08:30"_s << u"24:30"_s << false;
        QTest::newRow("empty") << QString() << u"16:30"_s << false;
    }

    void parsesCatalogTexts()
    {
        QFETCH(QString, opens);
        QFETCH(QString, closes);
        QFETCH(bool, valid);
        QString why;
        const auto hours = OpeningHours::parse(opens, closes, &why);
        QCOMPARE(hours.has_value(), valid);
        if (hours) {
            QCOMPARE(hours->opensText(), opens);
            QCOMPARE(hours->closesText(), closes);
        } else {
            QVERIFY(why.contains(opens) && why.contains(closes));
        }
    }

    void openFromOpeningUpToClosingInBangkok_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<bool>("open");
        QTest::newRow("a minute before opening") << bangkok(8, 29) << false;
        QTest::newRow("at opening") << bangkok(8, 30) << true;
        QTest::newRow("midday") << bangkok(12, 0) << true;
        QTest::newRow("last minute") << bangkok(16, 29) << true;
        QTest::newRow("at closing") << bangkok(16, 30) << false;
        QTest::newRow("night") << bangkok(23, 0) << false;
    }

    void openFromOpeningUpToClosingInBangkok()
    {
        QFETCH(qint64, at);
        QFETCH(bool, open);
        const OpeningHours hours = *OpeningHours::parse(u"08:30", u"16:30");
        QCOMPARE(hours.isOpenAt(at), open);
        QVERIFY(OpeningHours::allDay().isOpenAt(at));
    }
};

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "tst_openinghours.moc"
