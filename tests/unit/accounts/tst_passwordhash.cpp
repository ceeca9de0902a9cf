// Passwords kept as Argon2id hashes (app/accounts/passwordhash.h): a hash stored by an earlier
// version still verifies, a wrong password does not, and what is made now is Argon2id.
#include <accounts/accountname.h>
#include <accounts/passwordhash.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

// Made once with libsodium 1.0.18 (crypto_pwhash_str_alg, Argon2id, interactive limits) from the
// password below: what a branch's database holds must keep opening after an upgrade.
const QByteArray kStoredHash = "$argon2id$v=19$m=65536,t=2,p=1$+dz2oBEWzUpQ+pRa2kyRVg$"
                               "uujFCp2a+tJGh01lk21xzicvnQI7u63NBXPGX/SYXjM";
const QByteArray kItsPassword = u"ตู้ 3 รหัสผ่าน-2026"_s.toUtf8();

} // namespace

class TestPasswordHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedHashVerifiesWithItsPasswordOnly()
    {
        QVERIFY(PasswordHash::matches(kStoredHash, kItsPassword));
        QVERIFY(!PasswordHash::matches(kStoredHash, kItsPassword + ' '));
        QVERIFY(!PasswordHash::matches(kStoredHash, u"ตู้ 3 รหัสผ่าน-2025"_s.toUtf8()));
        QVERIFY(!PasswordHash::matches(kStoredHash, QByteArray()));
        // A damaged hash opens nothing, not even for its password.
        QByteArray damaged = kStoredHash;
        damaged[damaged.size() - 2] = damaged.at(damaged.size() - 2) == 'j' ? 'k' : 'j';
        QVERIFY(!PasswordHash::matches(damaged, kItsPassword));
        QVERIFY(!PasswordHash::matches(QByteArray(), kItsPassword));
    }

    void newHashIsArgon2idSaltedAndVerifies()
    {
        const std::optional<QByteArray> one = PasswordHash::make("correct horse battery");
        const std::optional<QByteArray> two = PasswordHash::make("correct horse battery");
        QVERIFY(one && two);
        QVERIFY2(one->startsWith("$argon2id$v=19$m=65536,t=2,p=1$"), one->constData());
        QVERIFY(!one->contains("correct horse"));
        QVERIFY(*one != *two); // a salt of its own each: equal passwords do not show
        QVERIFY(PasswordHash::matches(*one, "correct horse battery"));
        QVERIFY(PasswordHash::matches(*two, "correct horse battery"));
        QVERIFY(!PasswordHash::matches(*one, "correct horse batterY"));
    }

    void checkAgainstNobodyOpensNothing()
    {
        // Only that it runs: how long it takes is the point, and timing is not asserted here.
        PasswordHash::checkAgainstNobody(kItsPassword);
        PasswordHash::checkAgainstNobody(QByteArray());
    }

    void userNamesAndPasswordLengths_data()
    {
        QTest::addColumn<QString>("userName");
        QTest::addColumn<bool>("valid");
        QTest::newRow("lower case with dot") << u"somchai.k"_s << true;
        QTest::newRow("digits dash underscore") << u"staff-01_b"_s << true;
        QTest::newRow("64 characters") << QString(64, u'a') << true;
        QTest::newRow("65 characters") << QString(65, u'a') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("upper case") << u"Somchai"_s << false;
        QTest::newRow("space") << u"som chai"_s << false;
        QTest::newRow("Thai") << u"สมชาย"_s << false;
        QTest::newRow("trailing newline") << u"somchai\n"_s << false;
        QTest::newRow("tab") << u"som\tchai"_s << false;
    }
    void userNamesAndPasswordLengths()
    {
        QFETCH(QString, userName);
        QFETCH(bool, valid);
        QCOMPARE(AccountName::isValid(userName), valid);
        // Characters, not bytes: ten Thai letters are thirty bytes and enough; nine are not.
        QVERIFY(AccountName::isLongEnough(u"กขคฆงจฉชซฌ"_s.toUtf8()));
        QVERIFY(!AccountName::isLongEnough(u"กขคฆงจฉชซ"_s.toUtf8()));
        QVERIFY(!AccountName::isLongEnough("123456789"));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
