// What sealing personal data costs saduak-central at ingest (docs/performance.md, "Personal data
// at central"). IngestStore::ingest of 1000-row batches in one durable transaction each, as
// POST /v1/ingest stores them, on a temporary SQLite file:
//   - complaint rows with a name, phone and address (a module record: sealed whole),
//   - queue events (all readable, the commonest row);
// and the CPU of one row's split-and-seal, or of a queue event's split that seals nothing, alone,
// without the database.
//   bench_personaldata            (Qt Test options apply, e.g. -iterations 20)
#include <branchstore.h>
#include <centraldatabase.h>
#include <ingeststore.h>
#include <personaldatacipher.h>
#include <readablefields.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

constexpr int kBatch = 1000;

QByteArray complaint()
{
    return QJsonDocument(
        QJsonObject {{u"complaintNo"_s, u"C-2568-0042"_s}, {u"category"_s, u"streetlight"_s},
            {u"district"_s, u"บางรัก"_s}, {u"detail"_s, u"ไฟถนนดับทั้งซอยมาสามคืนแล้ว"_s},
            {u"citizen"_s,
                QJsonObject {{u"firstName"_s, u"พรทิพย์"_s}, {u"lastName"_s, u"แสงทอง"_s},
                    {u"phone"_s, u"0891234567"_s},
                    {u"address"_s,
                        QJsonObject {{u"houseNo"_s, u"123/45"_s},
                            {u"road"_s, u"ถนนพหลโยธิน"_s}, {u"province"_s, u"ปทุมธานี"_s}}}}}})
        .toJson(QJsonDocument::Compact);
}

const QByteArray kEvent
    = R"({"at":1795680000000,"businessDay":"2026-11-26","counter":2,)"
      R"("data":{"priority":"normal","source":"kiosk"},"seq":1,)"
      R"("serviceCode":"idcard","ticketId":"t1","ticketNumber":"A001","type":"ticket.issued"})"_ba;

} // namespace

class BenchPersonalData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralDatabase> m_central;
    std::unique_ptr<PersonalDataCipher> m_cipher
        = PersonalDataCipher::fromKey(QByteArray(PersonalDataCipher::kKeyBytes, 'k'));
    qint64 m_branch = 0;
    qint64 m_seq = 0;

    void ingest(const QByteArray &payload, const QString &kind)
    {
        QList<IngestRow> rows;
        rows.reserve(kBatch);
        for (int i = 0; i < kBatch; ++i)
            rows.append({QUuid::createUuid().toString(QUuid::WithoutBraces), ++m_seq, kind, payload,
                1795680000000});
        QString why;
        if (!m_central->ingest().ingest(m_branch, rows, &why))
            qFatal("ingest failed: %s", qPrintable(why));
    }

private Q_SLOTS:
    void initTestCase()
    {
        StorageError error;
        m_central = CentralDatabase::open(m_dir.filePath(u"central.sqlite"_s), &error);
        QVERIFY2(m_central, qPrintable(error.detail));
        QString why;
        QVERIFY(m_central->branches().enrol(u"B001"_s, u"Bench"_s, &why));
        m_branch = m_central->branches().byCode(u"B001"_s)->id;
        m_central->ingest().setCipher(m_cipher.get());
    }

    void ingestBatchOfComplaintsSealed()
    {
        QBENCHMARK
        {
            ingest(complaint(), u"complaints.record"_s);
        }
    }

    void ingestBatchOfEvents()
    {
        QBENCHMARK
        {
            ingest(kEvent, u"event"_s);
        }
    }

    // Per 1000 rows, so "msecs per iteration" reads as microseconds per row.
    void sealComplaintOfOneRow()
    {
        const QByteArray payload = complaint();
        const QByteArray binding
            = PersonalDataCipher::rowBinding(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QBENCHMARK
        {
            for (int i = 0; i < kBatch; ++i) {
                const auto split = ReadableFields::split(
                    u"complaints.record"_s, QJsonDocument::fromJson(payload).object());
                const QByteArray rest = QJsonDocument(split.rest).toJson(QJsonDocument::Compact);
                const QByteArray sealed = m_cipher->seal(
                    QJsonDocument(split.sealed).toJson(QJsonDocument::Compact), binding);
                if (rest.isEmpty() || sealed.isEmpty())
                    qFatal("nothing sealed");
            }
        }
    }

    void splitEventWithNothingToSeal()
    {
        QBENCHMARK
        {
            for (int i = 0; i < kBatch; ++i) {
                const auto split
                    = ReadableFields::split(u"event"_s, QJsonDocument::fromJson(kEvent).object());
                if (!split.sealed.isEmpty()
                    || QJsonDocument(split.rest).toJson(QJsonDocument::Compact).isEmpty())
                    qFatal("an event is all readable");
            }
        }
    }
};

QTEST_GUILESS_MAIN(BenchPersonalData)
#include "bench_personaldata.moc"
