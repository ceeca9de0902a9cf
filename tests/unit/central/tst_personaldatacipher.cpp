// PersonalDataCipher: values sealed for one row open only for that row, with that key, unchanged;
// key files that are not a private 32-byte key are refused with a message naming the file.
#include <personaldatacipher.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

const QByteArray kThaiName = "นางสาวสมหญิง ใจดี"_ba;

QByteArray keyOf(char fill)
{
    return QByteArray(PersonalDataCipher::kKeyBytes, fill);
}

bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size()
        && f.setPermissions(permissions);
}

} // namespace

class TestPersonalDataCipher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sealedValueOpensForItsRow()
    {
        const auto cipher = PersonalDataCipher::fromKey(keyOf('k'));
        QVERIFY(cipher);
        const QByteArray row
            = PersonalDataCipher::rowBinding(7, u"0b7c1b9e-1111-4222-8333-444455556666");
        const QByteArray sealed = cipher->seal(kThaiName, row);
        QCOMPARE(sealed.size(), 1 + 24 + kThaiName.size() + 16);
        QCOMPARE(quint8(sealed.at(0)), PersonalDataCipher::kKeyVersion);
        QVERIFY(!sealed.contains(kThaiName));
        QString why;
        QCOMPARE(cipher->open(sealed, row, &why), std::optional<QByteArray>(kThaiName));
        QVERIFY(why.isEmpty());
        // A fresh nonce each time: the same name twice is not the same stored bytes.
        QVERIFY(cipher->seal(kThaiName, row) != sealed);
        QCOMPARE(cipher->open(cipher->seal({}, row), row), std::optional<QByteArray>(""_ba));
    }

    void changedValueIsRefused_data()
    {
        QTest::addColumn<int>("byte");
        QTest::newRow("key version") << 0;
        QTest::newRow("nonce") << 5;
        QTest::newRow("ciphertext") << 1 + 24 + 3;
        QTest::newRow("tag") << -1; // the last byte
    }

    void changedValueIsRefused()
    {
        QFETCH(int, byte);
        const auto cipher = PersonalDataCipher::fromKey(keyOf('k'));
        const QByteArray row = PersonalDataCipher::rowBinding(1, u"a");
        QByteArray sealed = cipher->seal(kThaiName, row);
        const qsizetype at = byte < 0 ? sealed.size() - 1 : byte;
        sealed[at] = char(sealed.at(at) ^ 0x01);
        QString why;
        QCOMPARE(cipher->open(sealed, row, &why), std::nullopt);
        QVERIFY(!why.isEmpty());
    }

    void truncatedValueIsRefused()
    {
        const auto cipher = PersonalDataCipher::fromKey(keyOf('k'));
        const QByteArray row = PersonalDataCipher::rowBinding(1, u"a");
        const QByteArray sealed = cipher->seal(kThaiName, row);
        QString why;
        QCOMPARE(cipher->open(sealed.chopped(1), row, &why), std::nullopt);
        QCOMPARE(cipher->open(sealed.left(20), row, &why), std::nullopt);
        QCOMPARE(cipher->open({}, row, &why), std::nullopt);
        QVERIFY(why.contains(u"cannot be decrypted"_s));
    }

    void valueMovedToAnotherRowIsRefused()
    {
        const auto cipher = PersonalDataCipher::fromKey(keyOf('k'));
        const QByteArray sealed
            = cipher->seal(kThaiName, PersonalDataCipher::rowBinding(3, u"uuid-a"));
        QString why;
        QCOMPARE(
            cipher->open(sealed, PersonalDataCipher::rowBinding(3, u"uuid-b"), &why), std::nullopt);
        QVERIFY(why.contains(u"cannot be decrypted"_s));
        QCOMPARE(cipher->open(sealed, PersonalDataCipher::rowBinding(4, u"uuid-a")), std::nullopt);
        // The parts of the binding cannot be shifted into each other.
        QVERIFY(
            PersonalDataCipher::rowBinding(1, u"2x") != PersonalDataCipher::rowBinding(12, u"x"));
    }

    void otherKeyIsRefused()
    {
        const auto mine = PersonalDataCipher::fromKey(keyOf('k'));
        const auto other = PersonalDataCipher::fromKey(keyOf('o'));
        const QByteArray row = PersonalDataCipher::rowBinding(1, u"a");
        QString why;
        QCOMPARE(other->open(mine->seal(kThaiName, row), row, &why), std::nullopt);
        QVERIFY(why.contains(u"key"_s));
        QCOMPARE(PersonalDataCipher::fromKey(QByteArray(16, 'x')), nullptr);
    }

    void madeKeyFileIsPrivateAndLoads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"central.key"_s);
        QString why;
        QVERIFY2(PersonalDataCipher::createKeyFile(path, &why), qPrintable(why));
        QFile file(path);
        QCOMPARE(file.permissions()
                & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
            QFile::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(text.size(), 45); // base64 of 32 bytes and a newline
        QVERIFY(text.endsWith('\n'));
        QCOMPARE(QByteArray::fromBase64(text.trimmed()).size(), PersonalDataCipher::kKeyBytes);

        // What one process sealed with the file, another opens with it.
        const auto first = PersonalDataCipher::fromKeyFile(path, &why);
        QVERIFY2(first, qPrintable(why));
        const auto second = PersonalDataCipher::fromKeyFile(path, &why);
        const QByteArray row = PersonalDataCipher::rowBinding(1, u"a");
        QCOMPARE(
            second->open(first->seal(kThaiName, row), row), std::optional<QByteArray>(kThaiName));
        // The file is the key: the same bytes given directly open it too.
        const auto direct = PersonalDataCipher::fromKey(QByteArray::fromBase64(text.trimmed()));
        QCOMPARE(
            direct->open(first->seal(kThaiName, row), row), std::optional<QByteArray>(kThaiName));
    }

    void existingKeyFileIsNeverReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"central.key"_s);
        QVERIFY(PersonalDataCipher::createKeyFile(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QString why;
        QVERIFY(!PersonalDataCipher::createKeyFile(path, &why));
        QVERIFY(why.contains(path));
        QVERIFY(why.contains(u"already exists"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void badKeyFileIsRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("content"); // "-": no file at all
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("says");
        const QByteArray good = keyOf('k').toBase64() + '\n';
        QTest::newRow("missing") << "-"_ba << 0600 << u"does not exist"_s;
        QTest::newRow("16 bytes") << QByteArray(16, 'k').toBase64() << 0600 << u"of 16 bytes"_s;
        QTest::newRow("33 bytes") << QByteArray(33, 'k').toBase64() << 0600 << u"of 33 bytes"_s;
        QTest::newRow("raw 32 bytes") << QByteArray(32, '\xff') << 0600 << u"base64"_s;
        QTest::newRow("not base64") << "this is not a key!\n"_ba << 0600 << u"base64"_s;
        QTest::newRow("two lines") << good + good << 0600 << u"base64"_s;
        QTest::newRow("empty") << QByteArray() << 0600 << u"base64"_s;
        QTest::newRow("too long") << QByteArray(5000, 'A') << 0600 << u"base64"_s;
        QTest::newRow("readable by all (0644)") << good << 0644 << u"chmod 600"_s;
        QTest::newRow("readable by group (0640)") << good << 0640 << u"chmod 600"_s;
        QTest::newRow("writable by others (0602)") << good << 0602 << u"chmod 600"_s;
    }

    void badKeyFileIsRefusedByName()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, mode);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"central.key"_s);
        if (content != "-"_ba) {
            QFile::Permissions permissions;
            const std::pair<int, QFile::Permission> bits[] {{0400, QFile::ReadOwner},
                {0200, QFile::WriteOwner}, {0040, QFile::ReadGroup}, {0020, QFile::WriteGroup},
                {0004, QFile::ReadOther}, {0002, QFile::WriteOther}};
            for (const auto &[bit, permission] : bits)
                if (mode & bit)
                    permissions |= permission;
            QVERIFY(writeFile(path, content, permissions));
        }
        QString why;
        QCOMPARE(PersonalDataCipher::fromKeyFile(path, &why), nullptr);
        QVERIFY2(why.contains(path), qPrintable(why));
        QVERIFY2(why.contains(says), qPrintable(why));
    }

    void keyFileWithoutFinalNewlineLoads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"central.key"_s);
        QVERIFY(writeFile(
            path, keyOf('k').toBase64() + "\r\n"_ba, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(PersonalDataCipher::fromKeyFile(path));
        QVERIFY(writeFile(path, keyOf('k').toBase64(), QFile::ReadOwner | QFile::WriteOwner));
        const auto cipher = PersonalDataCipher::fromKeyFile(path);
        QVERIFY(cipher);
        const QByteArray row = PersonalDataCipher::rowBinding(1, u"a");
        QCOMPARE(PersonalDataCipher::fromKey(keyOf('k'))->open(cipher->seal(kThaiName, row), row),
            std::optional<QByteArray>(kThaiName));
    }

    void directoryIsNotAKeyFile()
    {
        QTemporaryDir dir;
        QString why;
        QCOMPARE(PersonalDataCipher::fromKeyFile(dir.path(), &why), nullptr);
        QVERIFY2(why.contains(dir.path()), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestPersonalDataCipher)
#include "tst_personaldatacipher.moc"
