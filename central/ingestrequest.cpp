#include "ingestrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// JSON numbers are doubles: an integer is exact up to 2^53.
constexpr double kMaxExactInteger = 9007199254740992.0;

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= kMaxExactInteger;
}

IngestRequest refuse(const QString &code, const QString &reason)
{
    IngestRequest r;
    r.errorCode = code;
    r.error = reason;
    return r;
}

// A UUID as 8-4-4-4-12 hex digits, no braces, not the nil UUID. Checked by hand rather than
// with QUuid and a round trip: this runs for every row of every batch (docs/performance.md).
bool isUuidText(QStringView text)
{
    if (text.size() != 36)
        return false;
    bool allZero = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
            continue;
        }
        const bool hex
            = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return false;
        allZero = allZero && c == u'0';
    }
    return !allZero;
}

// ^[a-z][A-Za-z0-9_.-]{0,63}$, by hand for the same reason.
bool isKindText(QStringView text)
{
    if (text.isEmpty() || text.size() > 64 || text[0] < u'a' || text[0] > u'z')
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'_' || u == u'.' || u == u'-';
        if (!allowed)
            return false;
    }
    return true;
}

// Why a row (with a readable seq) cannot be stored, or empty.
QString rowProblem(const QJsonObject &row, const CentralLimits &limits, IngestRow *out)
{
    const QJsonValue uuidValue = row.value(u"uuid"_s);
    const QString uuidText = uuidValue.toString();
    if (!uuidValue.isString() || !isUuidText(uuidText))
        return u"uuid must be a UUID written as 8-4-4-4-12 hex digits without braces"_s;
    const QJsonValue kind = row.value(u"kind"_s);
    if (!kind.isString() || !isKindText(kind.toString()))
        return u"kind must be 1-64 characters: a lowercase letter, then letters, digits, '.', '_' "
               "or '-'"_s;
    const QJsonValue payload = row.value(u"payload"_s);
    if (!payload.isObject())
        return u"payload must be a JSON object"_s;
    const QByteArray compact = QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact);
    if (compact.size() > limits.maxPayloadBytes)
        return u"payload is "_s + QString::number(compact.size()) + u" bytes; at most "_s
            + QString::number(limits.maxPayloadBytes) + u" are accepted"_s;
    const QJsonValue createdAt = row.value(u"createdAt"_s);
    if (!isInteger(createdAt) || createdAt.toDouble() < 0)
        return u"createdAt must be UTC milliseconds (a non-negative integer)"_s;
    out->uuid = uuidText.toLower();
    out->kind = kind.toString();
    out->payload = compact;
    out->createdAtMs = qint64(createdAt.toDouble());
    return {};
}

} // namespace

IngestRequest IngestRequest::parse(const QByteArray &body, const CentralLimits &limits)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(u"badJson"_s,
            u"body is not JSON: "_s + parseError.errorString() + u" at offset "_s
                + QString::number(parseError.offset));
    if (!doc.isObject())
        return refuse(u"badRequest"_s, u"body must be a JSON object"_s);
    const QJsonValue rowsValue = doc.object().value(u"rows"_s);
    if (!rowsValue.isArray())
        return refuse(u"badRequest"_s, u"rows must be an array"_s);
    const QJsonArray rows = rowsValue.toArray();
    if (rows.isEmpty())
        return refuse(u"badRequest"_s, u"rows is empty"_s);
    if (rows.size() > limits.maxRows)
        return refuse(u"tooManyRows"_s,
            u"rows has "_s + QString::number(rows.size()) + u" rows; at most "_s
                + QString::number(limits.maxRows) + u" are accepted in one batch"_s);

    IngestRequest request;
    qint64 previousSeq = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        // Built only for a refusal: this loop runs for every row of every batch.
        const auto where = [i]() -> QString { return u"rows["_s + QString::number(i) + u']'; };
        if (!rows.at(i).isObject())
            return refuse(u"badRequest"_s, where() + u" must be an object"_s);
        const QJsonObject row = rows.at(i).toObject();
        // seq names the row in the answer: without a usable one the batch cannot be answered.
        const QJsonValue seq = row.value(u"seq"_s);
        if (!isInteger(seq) || seq.toDouble() < 1)
            return refuse(u"badRequest"_s, where() + u".seq must be a positive integer"_s);
        const qint64 s = qint64(seq.toDouble());
        if (s <= previousSeq)
            return refuse(u"badRequest"_s,
                where() + u".seq must be greater than the seq of the row before it"_s);
        previousSeq = s;

        IngestRow parsed;
        parsed.seq = s;
        const QString problem = rowProblem(row, limits, &parsed);
        if (problem.isEmpty())
            request.rows.append(parsed);
        else
            request.refused.append({s, row.value(u"uuid"_s).toString(), problem});
    }
    return request;
}

void IngestRequest::refuseUnfit(
    const QString &kind, const std::function<bool(const IngestRow &, QString *why)> &fits)
{
    bool refusedAny = false;
    for (qsizetype i = 0; i < rows.size();) {
        const IngestRow &row = rows.at(i);
        QString reason;
        if (row.kind != kind || fits(row, &reason)) {
            ++i;
            continue;
        }
        refused.append({row.seq, row.uuid, reason});
        rows.removeAt(i);
        refusedAny = true;
    }
    if (refusedAny)
        std::sort(refused.begin(), refused.end(),
            [](const RefusedRow &a, const RefusedRow &b) { return a.seq < b.seq; });
}

} // namespace saduak
