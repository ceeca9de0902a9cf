// The status bar's wording of the push to central (SyncStatus): times in Bangkok, another day
// with its date (Buddhist Era in Thai), the warning past the configured age.
#include <domain/bangkoktime.h>
#include <shell/languageswitcher.h>
#include <shell/syncstatus.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

class TestSyncStatus : public QObject
{
    Q_OBJECT

    // UTC ms of that day of November 2026 at that time in Bangkok.
    static qint64 at(int day, int hour, int minute)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute), BangkokTime::zone())
            .toMSecsSinceEpoch();
    }

private Q_SLOTS:
    void wordsTheState_data()
    {
        QTest::addColumn<SyncState>("state");
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("text");
        SyncState sent;
        sent.lastSuccessMs = at(26, 12, 30);
        sent.connected = true;
        QTest::newRow("sent today, nothing waiting")
            << sent << int(Language::English) << u"Central: sent 12:30 · 0 waiting"_s;
        SyncState lost;
        lost.lastSuccessMs = at(26, 9, 10);
        lost.pending = 152;
        lost.lastError = u"Central cannot be reached; retrying."_s;
        QTest::newRow("not reachable since this morning")
            << lost << int(Language::English)
            << u"Central: not reachable since 09:10 · 152 waiting"_s;
        SyncState days = lost;
        days.lastSuccessMs = at(23, 9, 10);
        days.oldestPendingAgeMs = 3LL * 24 * 3600 * 1000 + 5000;
        days.oldestPendingTooOld = true;
        QTest::newRow("days offline, in Thai with the Buddhist year")
            << days << int(Language::Thai)
            << u"Central: not reachable since 23 พ.ย. 2569 09:10 · 152 waiting · oldest waiting 3 day(s)"_s;
        SyncState never;
        never.pending = 4;
        never.lastError = u"x"_s;
        never.deadLetters = 1;
        QTest::newRow("never reached, a dead letter")
            << never << int(Language::English)
            << u"Central: not reached yet · 4 waiting · 1 refused by central"_s;
    }

    void wordsTheState()
    {
        QFETCH(SyncState, state);
        QFETCH(int, language);
        QFETCH(QString, text);
        QCOMPARE(SyncStatus::text(state, Language(language), at(26, 12, 30)), text);
        QCOMPARE(SyncStatus::isWarning(state), state.oldestPendingTooOld);
    }

    void survivesTheProtocol()
    {
        SyncState s;
        s.lastSuccessMs = at(26, 9, 10);
        s.pending = 152;
        s.oldestPendingAgeMs = 5000;
        s.lastError = u"Central cannot be reached; retrying."_s;
        s.lastErrorText
            = TranslatableText("saduak::SyncClient", "Central cannot be reached; retrying.");
        s.deadLetters = 2;
        QCOMPARE(SyncState::fromJson(s.toJson()), std::optional<SyncState>(s));
        QVERIFY(!SyncState::fromJson(QJsonObject()).has_value());
    }

    // A hub running in Thai tells an English counter why central is not reached: the counter's
    // tooltip is in English, and in Thai again after the counter switches back.
    void errorInTheDevicesOwnLanguage()
    {
        SyncState s;
        s.pending = 3;
        s.lastError = u"ติดต่อส่วนกลางไม่ได้ จะลองใหม่"_s; // the hub's rendering
        s.lastErrorText
            = TranslatableText("saduak::SyncClient", "Central cannot be reached; retrying.");
        const std::optional<SyncState> received = SyncState::fromJson(s.toJson());
        QVERIFY(received);
        LanguageSwitcher language;
        QVERIFY(language.setLanguage(Language::English));
        QCOMPARE(SyncStatus::toolTip(*received), u"Central cannot be reached; retrying."_s);
        QVERIFY(language.setLanguage(Language::Thai));
        const QString thai = SyncStatus::toolTip(*received);
        QVERIFY2(
            thai != u"Central cannot be reached; retrying."_s && !thai.isEmpty(), qPrintable(thai));
        // A sentence this device does not know (a newer hub): the hub's own words.
        s.lastErrorText = TranslatableText("saduak::SyncClient", "A sentence from a newer hub.");
        QCOMPARE(SyncStatus::toolTip(s), s.lastError);
    }
};

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
