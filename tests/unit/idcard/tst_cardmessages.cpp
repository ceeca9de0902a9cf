#include "card/cardproblemtext.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak::idcard;

class TestCardMessages : public QObject
{
    Q_OBJECT

private slots:
    void givesEachProblemItsOwnSentence();
    void expiredWarningSaysTheCardStillIdentifiesWhereTheLawAllows();
    void showsLifelongAndUnknownDates();
};

void TestCardMessages::givesEachProblemItsOwnSentence()
{
    const CardProblem problems[]
        = {CardProblem::PcscdNotRunning, CardProblem::NoReader, CardProblem::NoCard,
            CardProblem::CardRemoved, CardProblem::CardReset, CardProblem::CardInUse,
            CardProblem::NotThaiIdCard, CardProblem::UnreadableData, CardProblem::ReaderFailure};
    QSet<QString> sentences;
    for (const CardProblem problem : problems) {
        const QString text = CardMessages::problemText(problem);
        QVERIFY(text.endsWith(u'.'));
        sentences.insert(text);
    }
    QCOMPARE(sentences.size(), int(std::size(problems)));
}

void TestCardMessages::expiredWarningSaysTheCardStillIdentifiesWhereTheLawAllows()
{
    const CardDate expiry {u"25600414"_s, QDate(2017, 4, 14), false, 2560};
    const QString warning = CardMessages::expiredWarning(expiry, saduak::Language::English);
    QVERIFY(warning.contains(u"expired"_s));
    QVERIFY(warning.contains(u"identify"_s));
    QVERIFY(warning.contains(u"law allows"_s));
    QVERIFY2(warning.contains(u"14 April 2017"_s), qPrintable(warning));
    QVERIFY(CardMessages::expiredWarning(expiry).contains(u"14 เมษายน 2560"_s));
    QVERIFY(CardMessages::badCheckDigitWarning().contains(u"check digit"_s));
}

void TestCardMessages::showsLifelongAndUnknownDates()
{
    QCOMPARE(CardMessages::dateText({u"99999999"_s, QDate(), true, 0}), u"Lifelong"_s);
    QCOMPARE(CardMessages::dateText({u"24990300"_s, QDate(), false, 2499}), u"มีนาคม 2499"_s);
    QCOMPARE(CardMessages::dateText({u"25000000"_s, QDate(), false, 2500}), u"2500"_s);
    QCOMPARE(
        CardMessages::dateText({u"25000000"_s, QDate(), false, 2500}, saduak::Language::English),
        u"1957"_s);
}

QTEST_GUILESS_MAIN(TestCardMessages)
#include "tst_cardmessages.moc"
