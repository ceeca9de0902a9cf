// What a complaint may carry: the type read from the bytes (never from the name), the size
// limit, the name as kept, the SHA-256 form (modules/complaints/README.md, "Attachments").
#include "attachmentrule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using saduak::complaints::AttachmentRule;

class TestAttachmentRule : public QObject
{
    Q_OBJECT

private slots:
    void typeComesFromTheBytes_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("type"); // empty: refused
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10) << u"image/jpeg"_s;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << u"image/png"_s;
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << u"application/pdf"_s;
        QTest::newRow("png missing its last byte") << QByteArray("\x89PNG\r\n\x1A") << QString();
        QTest::newRow("pdf in lower case") << QByteArray("%pdf-1.7\n") << QString();
        QTest::newRow("gif") << QByteArray("GIF89a") << QString();
        QTest::newRow("html") << QByteArray("<html><script>") << QString();
        QTest::newRow("zip (docx)") << QByteArray("PK\x03\x04") << QString();
        QTest::newRow("jpeg marker cut short") << QByteArray("\xFF\xD8") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void typeComesFromTheBytes()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, type);
        const std::optional<QString> found = AttachmentRule::typeOf(head);
        QCOMPARE(found.value_or(QString()), type);
        QCOMPARE(AttachmentRule::problemWith(head).has_value(), type.isEmpty());
    }

    void sizeLimitIsFiveMegabytes()
    {
        QByteArray atLimit(5 * 1024 * 1024, '\0');
        atLimit.replace(0, 5, "%PDF-");
        QVERIFY(!AttachmentRule::problemWith(atLimit));
        atLimit.append('\0');
        const auto problem = AttachmentRule::problemWith(atLimit);
        QVERIFY(problem);
        QVERIFY(problem->source().contains("5 MB"_L1));
    }

    void shownNameIsTheFileNameAlone_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("shown");
        QTest::newRow("unix path") << u"/home/staff/scans/ใบเสร็จ.pdf"_s << u"ใบเสร็จ.pdf"_s;
        QTest::newRow("windows path") << u"C:\\Scans\\road.jpg"_s << u"road.jpg"_s;
        QTest::newRow("controls and bidi marks out")
            << u"a\u0007b\u202Ecod.exe.jpg"_s << u"abcod.exe.jpg"_s;
        QTest::newRow("spaces trimmed") << u"  photo 1.png  "_s << u"photo 1.png"_s;
        QTest::newRow("only a folder") << u"/tmp/"_s << QString();
        QTest::newRow("long name cut") << QString(130, u'ก') << QString(120, u'ก');
    }
    void shownNameIsTheFileNameAlone()
    {
        QFETCH(QString, given);
        QFETCH(QString, shown);
        QCOMPARE(AttachmentRule::shownName(given), shown);
    }

    void sha256IsSixtyFourLowerCaseHexDigits()
    {
        // FIPS 180-2's example: SHA-256("abc").
        const QString abc = u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s;
        QCOMPARE(AttachmentRule::sha256Of("abc"), abc);
        QVERIFY(AttachmentRule::isSha256(abc));
        QVERIFY(!AttachmentRule::isSha256(abc.toUpper()));
        QVERIFY(!AttachmentRule::isSha256(abc.left(63)));
        QVERIFY(!AttachmentRule::isSha256(QString(abc.left(63) + u'g')));
        QVERIFY(!AttachmentRule::isSha256(QString(u"../"_s + abc.left(61))));
    }
};

QTEST_GUILESS_MAIN(TestAttachmentRule)
#include "tst_attachmentrule.moc"
