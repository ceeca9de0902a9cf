// Fuzz target: the body of central's POST /v1/ingest (central/ingestrequest.h) and what central
// keeps readable of each row's payload (central/readablefields.h). The input is the body.
//
// Invariants: a body is refused whole with a code and a reason, or split into stored and
// refused rows that add up to the rows sent, in seq order; a stored row's payload is compact
// JSON of an object, its uuid lowercase; and for every payload and kind, merging back what
// split() took apart gives the payload again (central gives a branch's data back with the key),
// the readable part holds nothing split() would seal, and a sealed value is never left readable.

#include "fuzzcheck.h"

#include "ingestrequest.h"
#include "readablefields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using namespace saduak;
using namespace Qt::StringLiterals;

namespace {

void checkRoundTrip(const QString &kind, const QJsonObject &payload)
{
    const ReadableFields::Split split = ReadableFields::split(kind, payload);
    QString why;
    const std::optional<QJsonObject> merged = ReadableFields::merge(split.rest, split.sealed, &why);
    FUZZ_CHECK(merged.has_value(), "what split() gives, merge() takes");
    FUZZ_CHECK(*merged == payload, "merge(split(payload)) is the payload");
    // The readable part is readable as it is: splitting it again seals nothing.
    const ReadableFields::Split again = ReadableFields::split(kind, split.rest);
    FUZZ_CHECK(again.sealed.isEmpty(), "the readable part holds nothing to seal");
    FUZZ_CHECK(again.rest == split.rest, "the readable part splits to itself");
    if (ReadableFields::pathsOf(kind).isEmpty())
        FUZZ_CHECK(split.rest.isEmpty(), "an undeclared kind is sealed whole");
}

void checkIngest(const QByteArray &body)
{
    CentralLimits limits;
    limits.maxRows = 20;
    limits.maxPayloadBytes = 2048;
    const IngestRequest request = IngestRequest::parse(body, limits);
    if (!request.isValid()) {
        FUZZ_CHECK(request.errorCode == u"badJson"_s || request.errorCode == u"badRequest"_s
                || request.errorCode == u"tooManyRows"_s,
            "a documented error code");
        FUZZ_CHECK(request.rows.isEmpty() && request.refused.isEmpty(), "refused whole");
        return;
    }
    FUZZ_CHECK(request.errorCode.isEmpty(), "no code without an error");
    const QJsonArray sent = QJsonDocument::fromJson(body).object().value(u"rows"_s).toArray();
    FUZZ_CHECK(request.rows.size() + request.refused.size() == sent.size(),
        "every row stored or refused");
    FUZZ_CHECK(sent.size() <= limits.maxRows, "no more rows than the limit");
    qint64 lastSeq = 0;
    qsizetype r = 0;
    qsizetype f = 0;
    while (r < request.rows.size() || f < request.refused.size()) {
        const bool takeRow = f >= request.refused.size()
            || (r < request.rows.size() && request.rows.at(r).seq < request.refused.at(f).seq);
        const qint64 seq = takeRow ? request.rows.at(r).seq : request.refused.at(f).seq;
        FUZZ_CHECK(seq > lastSeq, "seqs increase");
        lastSeq = seq;
        if (!takeRow) {
            FUZZ_CHECK(!request.refused.at(f).reason.isEmpty(), "a refused row says why");
            ++f;
            continue;
        }
        const IngestRow &row = request.rows.at(r++);
        FUZZ_CHECK(row.uuid.size() == 36 && row.uuid == row.uuid.toLower(), "a lowercase UUID");
        FUZZ_CHECK(!row.kind.isEmpty() && row.kind.size() <= 64, "a kind");
        FUZZ_CHECK(row.createdAtMs >= 0, "createdAt not negative");
        FUZZ_CHECK(row.payload.size() <= limits.maxPayloadBytes, "payload within the limit");
        QJsonParseError error;
        const QJsonDocument payload = QJsonDocument::fromJson(row.payload, &error);
        FUZZ_CHECK(error.error == QJsonParseError::NoError && payload.isObject(),
            "the payload is a JSON object");
        FUZZ_CHECK(payload.toJson(QJsonDocument::Compact) == row.payload, "compact JSON");
        checkRoundTrip(row.kind, payload.object());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    checkIngest(body);
    // Any object as the payload of each declared kind and of an undeclared one; and merge() of
    // whatever an object's "rest" and "sealed" say (a stored row's columns, as read back).
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        for (const QString &kind : ReadableFields::declaredKinds() + QStringList {u"complaints.record"_s})
            checkRoundTrip(kind, object);
        ReadableFields::merge(
            object.value(u"rest"_s).toObject(), object.value(u"sealed"_s).toArray());
    }
    return 0;
}
