#include "card/jpegscan.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using saduak::idcard::JpegScan;

class TestJpegScan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsTheEndOfTheFixturePhoto();
    void ignoresFfD9InsideAComment();
    void keepsSpacesAndIgnoresPaddingAfterTheEnd();
    void asksForMoreWhileTheEndIsNotRead();
    void refusesWhatIsNotAJpeg();

private:
    QByteArray m_photo;
};

void TestJpegScan::initTestCase()
{
    QFile file(QStringLiteral(SADUAK_CARD_FIXTURE_DIR "/portrait.jpg"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_photo = file.readAll();
    QVERIFY(m_photo.endsWith("\xFF\xD9"_ba));
}

void TestJpegScan::findsTheEndOfTheFixturePhoto()
{
    const auto result = JpegScan::scan(m_photo);
    QCOMPARE(result.state, JpegScan::State::Complete);
    QCOMPARE(result.length, m_photo.size());
}

void TestJpegScan::ignoresFfD9InsideAComment()
{
    // The fixture carries FF D9 in a comment segment near the start: a search for the first
    // FF D9 would cut the photo there.
    const qsizetype firstFfD9 = m_photo.indexOf("\xFF\xD9"_ba);
    QVERIFY(firstFfD9 > 0 && firstFfD9 < 300);
    QCOMPARE(JpegScan::scan(m_photo).length, m_photo.size());
}

void TestJpegScan::keepsSpacesAndIgnoresPaddingAfterTheEnd()
{
    QVERIFY(m_photo.count(' ') > 100); // spaces inside must survive
    for (const char padding : {'\0', ' ', '\xFF'}) {
        const QByteArray area = m_photo + QByteArray(700, padding);
        const auto result = JpegScan::scan(area);
        QCOMPARE(result.state, JpegScan::State::Complete);
        QCOMPARE(area.first(result.length), m_photo);
    }
}

void TestJpegScan::asksForMoreWhileTheEndIsNotRead()
{
    for (const qsizetype length : {0, 1, 2, 255, 510, 1000, int(m_photo.size()) - 1}) {
        const auto result = JpegScan::scan(QByteArrayView(m_photo).first(length));
        QCOMPARE(result.state, JpegScan::State::NeedMore);
    }
}

void TestJpegScan::refusesWhatIsNotAJpeg()
{
    QCOMPARE(JpegScan::scan(QByteArray(255, '\0')).state, JpegScan::State::NotJpeg);
    QCOMPARE(JpegScan::scan(QByteArray(255, ' ')).state, JpegScan::State::NotJpeg);
    QCOMPARE(JpegScan::scan("\xFF\xD8\x12\x34"_ba).state, JpegScan::State::NotJpeg);
}

QTEST_GUILESS_MAIN(TestJpegScan)
#include "tst_jpegscan.moc"
