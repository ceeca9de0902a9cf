#include "auditkey.h"
#include "cardreadaudit.h"

#include <domain/thaicitizenid.h>

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using saduak::ThaiCitizenId;
using saduak::idcard::AuditKey;
using saduak::idcard::CardReadAudit;

namespace {

const ThaiCitizenId kId = *ThaiCitizenId::parse(u"1101700230708");
const ThaiCitizenId kOtherId = *ThaiCitizenId::parse(u"1234567890121");

QByteArray bytes(char fill)
{
    return QByteArray(AuditKey::kKeyBytes, fill);
}

} // namespace

class TestAuditKey : public QObject
{
    Q_OBJECT

private slots:
    void hashIsStableForOneKey();
    void hashDiffersBetweenKeysAndBetweenIds();
    void hashIsKeyedNotAPlainHashOfTheId();
    void createsASecretKeyFileOnFirstUseAndReadsItBack();
    void refusesAKeyFileOfTheWrongSizeAndLeavesIt();
    void tightensAKeyFileOthersCanRead();
    void payloadCarriesNoIdNameOrBirthDate();
    void purposeIsTheTicketsServiceOrIdentification();
};

void TestAuditKey::hashIsStableForOneKey()
{
    const AuditKey key = AuditKey::fromBytes(bytes('k'));
    QCOMPARE(key.hashOf(kId), key.hashOf(kId));
    QCOMPARE(key.hashOf(kId).size(), 2 * AuditKey::kHashBytes);
    QCOMPARE(AuditKey::fromBytes(bytes('k')).hashOf(kId), key.hashOf(kId));
    QCOMPARE(AuditKey::fromBytes(bytes('k')).keyId(), key.keyId());
}

void TestAuditKey::hashDiffersBetweenKeysAndBetweenIds()
{
    const AuditKey a = AuditKey::fromBytes(bytes('a'));
    const AuditKey b = AuditKey::fromBytes(bytes('b'));
    QVERIFY(a.hashOf(kId) != b.hashOf(kId));
    QVERIFY(a.hashOf(kId) != a.hashOf(kOtherId));
    QVERIFY(a.keyId() != b.keyId());
}

void TestAuditKey::hashIsKeyedNotAPlainHashOfTheId()
{
    // Someone without the key who tries every ID with plain BLAKE2b must not find a match.
    const QByteArray digits = kId.digits().toLatin1();
    QByteArray plain(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(plain.data()), size_t(plain.size()),
        reinterpret_cast<const unsigned char *>(digits.constData()), size_t(digits.size()), nullptr,
        0);
    const AuditKey key = AuditKey::fromBytes(bytes('k'));
    QVERIFY(key.hashOf(kId) != QString::fromLatin1(plain.toHex()));
    QVERIFY(!key.hashOf(kId).contains(kId.digits()));
}

void TestAuditKey::createsASecretKeyFileOnFirstUseAndReadsItBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"branch/idcard-audit.key"_s);
    QString why;
    const std::optional<AuditKey> created = AuditKey::loadOrCreate(path, &why);
    QVERIFY2(created, qPrintable(why));
    QFile file(path);
    QCOMPARE(file.size(), qint64(AuditKey::kKeyBytes));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);

    const std::optional<AuditKey> again = AuditKey::loadOrCreate(path, &why);
    QVERIFY2(again, qPrintable(why));
    QCOMPARE(again->hashOf(kId), created->hashOf(kId));

    // Another branch (another file) gets another key.
    const std::optional<AuditKey> other = AuditKey::loadOrCreate(dir.filePath(u"other.key"_s));
    QVERIFY(other);
    QVERIFY(other->hashOf(kId) != created->hashOf(kId));
}

void TestAuditKey::refusesAKeyFileOfTheWrongSizeAndLeavesIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"short.key"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("too short");
    }
    QString why;
    QVERIFY(!AuditKey::loadOrCreate(path, &why));
    QVERIFY2(why.contains(path), qPrintable(why));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), "too short"_ba);
}

void TestAuditKey::tightensAKeyFileOthersCanRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"open.key"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes('o'));
    }
    QVERIFY(QFile::setPermissions(
        path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const std::optional<AuditKey> key = AuditKey::loadOrCreate(path);
    QVERIFY(key);
    QCOMPARE(key->hashOf(kId), AuditKey::fromBytes(bytes('o')).hashOf(kId));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
        QFileDevice::Permissions());
}

void TestAuditKey::payloadCarriesNoIdNameOrBirthDate()
{
    const AuditKey key = AuditKey::fromBytes(bytes('k'));
    CardReadAudit::Read read;
    read.atMs = 1'764'150'000'000;
    read.workplace.screen = saduak::Workplace::Screen::Counter;
    read.workplace.counterNumber = 3;
    read.workplace.staff = u"officer1"_s;
    read.citizenId = kId;
    saduak::Ticket ticket;
    ticket.id = u"0b9c6a1e-2d43-4f55-9a51-7c1f0d1c2b3a"_s;
    ticket.serviceCode = u"B"_s;
    read.ticket = ticket;

    const QJsonObject payload = CardReadAudit::payload(read, key);
    const QString text = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    QVERIFY2(!text.contains(kId.digits()), qPrintable(text));
    QVERIFY(!text.contains(kId.formatted()));
    QCOMPARE(payload.value(u"citizenIdHash"_s).toString(), key.hashOf(kId));
    QCOMPARE(payload.value(u"hashKeyId"_s).toString(), key.keyId());
    QCOMPARE(payload.value(u"counter"_s).toInt(), 3);
    QCOMPARE(payload.value(u"staff"_s).toString(), u"officer1"_s);
    QCOMPARE(payload.value(u"screen"_s).toString(), u"counter"_s);
    QCOMPARE(payload.value(u"atMs"_s).toDouble(), 1'764'150'000'000.0);
    QCOMPARE(payload.value(u"ticketId"_s).toString(), ticket.id);
    // Only these keys: a new field must be a decision, not an accident.
    QStringList keys = payload.keys();
    keys.sort();
    QCOMPARE(keys,
        QStringList({u"atMs"_s, u"cardExpired"_s, u"checkDigitValid"_s, u"citizenIdHash"_s,
            u"counter"_s, u"device"_s, u"hashKeyId"_s, u"hashScheme"_s, u"purpose"_s, u"screen"_s,
            u"staff"_s, u"ticketId"_s}));
}

void TestAuditKey::purposeIsTheTicketsServiceOrIdentification()
{
    const AuditKey key = AuditKey::fromBytes(bytes('k'));
    CardReadAudit::Read read;
    read.citizenId = kId;
    read.workplace.screen = saduak::Workplace::Screen::Counter;
    QCOMPARE(CardReadAudit::payload(read, key).value(u"purpose"_s).toString(), u"identification"_s);
    read.workplace.screen = saduak::Workplace::Screen::Kiosk;
    QCOMPARE(CardReadAudit::payload(read, key).value(u"purpose"_s).toString(), u"kioskTicket"_s);
    saduak::Ticket ticket;
    ticket.serviceCode = u"C"_s;
    read.ticket = ticket;
    QCOMPARE(CardReadAudit::payload(read, key).value(u"purpose"_s).toString(), u"C"_s);
}

QTEST_GUILESS_MAIN(TestAuditKey)
#include "tst_auditkey.moc"
