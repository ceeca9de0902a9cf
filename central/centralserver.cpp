#include "centralserver.h"

#include "branchstore.h"
#include "ingestrequest.h"
#include "ingeststore.h"
#include "limitedtcpserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCentral, "saduak.central")

namespace saduak {

namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse failure(Status status, const QString &code, const QString &reason)
{
    return QHttpServerResponse(
        QJsonObject {{u"ok"_s, false}, {u"error"_s, code}, {u"reason"_s, reason}}, status);
}

// "Authorization: Bearer <token>"; header names are case-insensitive (RFC 9110).
QString bearerToken(const QHttpServerRequest &request)
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("authorization"_ba, Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray v = value.trimmed();
        if (v.size() > 7 && v.left(7).compare("bearer "_ba, Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(v.mid(7).trimmed());
        return {};
    }
    return {};
}

} // namespace

CentralServer::CentralServer(
    BranchStore &branches, IngestStore &ingest, const CentralLimits &limits, QObject *parent)
    : QObject(parent),
      m_branches(branches),
      m_ingest(ingest),
      m_limits(limits),
      m_http(new QHttpServer(this))
{
    m_http->route(u"/v1/health"_s, QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &) -> QHttpServerResponse { return health(); });
    m_http->route(u"/v1/ingest"_s, QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) -> QHttpServerResponse {
            return this->ingest(request);
        });
    // A known path with another method: 405, not 404, so a client sees what it got wrong.
    for (const QString &path : {u"/v1/health"_s, u"/v1/ingest"_s})
        m_http->route(path, QHttpServerRequest::Method::AnyKnown,
            [](const QHttpServerRequest &) -> QHttpServerResponse {
                return failure(Status::MethodNotAllowed, u"methodNotAllowed"_s,
                    u"this path does not take this method"_s);
            });
    m_http->setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&r) {
        const QString reason = u"no such path: "_s + request.url().path();
        r.write(QJsonDocument(QJsonObject {{u"ok"_s, false}, {u"error"_s, u"notFound"_s},
                                  {u"reason"_s, reason}})
                    .toJson(QJsonDocument::Compact),
            "application/json"_ba, QHttpServerResponder::StatusCode::NotFound);
    });
}

CentralServer::~CentralServer() = default;

bool CentralServer::listen(const QHostAddress &address, quint16 port, QString *why)
{
    if (!m_tcp) {
        if (m_tls)
            m_tcp = new LimitedSslServer(m_limits, *m_tls, this);
        else
            m_tcp = new LimitedTcpServer(m_limits, this);
        if (!m_tcp->listen(address, port)) {
            if (why)
                *why = m_tcp->errorString();
            delete m_tcp;
            m_tcp = nullptr;
            return false;
        }
        m_http->bind(m_tcp);
    }
    return true;
}

quint16 CentralServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QHttpServerResponse CentralServer::health() const
{
    return QHttpServerResponse(QJsonObject {{u"ok"_s, true}, {u"service"_s, u"saduak-central"_s},
        {u"version"_s, QStringLiteral(SADUAK_VERSION)}, {u"api"_s, 1}});
}

QHttpServerResponse CentralServer::ingest(const QHttpServerRequest &request)
{
    const std::optional<CentralBranch> branch = m_branches.authenticate(bearerToken(request));
    if (!branch)
        return failure(Status::Unauthorized, u"unauthorized"_s,
            u"missing or unknown branch token (Authorization: Bearer <token>)"_s);
    // The LimitedTcpServer refused oversized bodies before they were buffered; this catches a
    // body that arrived some other way (a future transport) all the same.
    if (request.body().size() > m_limits.maxBodyBytes)
        return failure(Status::PayloadTooLarge, u"tooLarge"_s, u"body is over the limit"_s);

    const IngestRequest batch = IngestRequest::parse(request.body(), m_limits);
    if (!batch.isValid())
        return failure(Status::BadRequest, batch.errorCode, batch.error);

    IngestOutcome outcome;
    if (!batch.rows.isEmpty()) {
        QString why;
        const std::optional<IngestOutcome> stored = m_ingest.ingest(branch->id, batch.rows, &why);
        if (!stored) {
            // Nothing of the batch is stored; the branch retries it later.
            qCWarning(lcCentral) << "batch of branch" << branch->code << "not stored:" << why;
            return failure(Status::ServiceUnavailable, u"storageFailed"_s,
                u"the batch could not be stored; retry later"_s);
        }
        outcome = *stored;
    }
    // The acknowledged range is the whole request, refused rows included: each row in it is
    // either stored now (inserted or duplicate) or named in "refused".
    qint64 fromSeq = batch.rows.isEmpty() ? batch.refused.first().seq : batch.rows.first().seq;
    qint64 toSeq = batch.rows.isEmpty() ? batch.refused.last().seq : batch.rows.last().seq;
    if (!batch.refused.isEmpty()) {
        fromSeq = std::min(fromSeq, batch.refused.first().seq);
        toSeq = std::max(toSeq, batch.refused.last().seq);
    }
    QJsonArray refused;
    for (const RefusedRow &r : batch.refused)
        refused.append(
            QJsonObject {{u"seq"_s, r.seq}, {u"uuid"_s, r.uuid}, {u"reason"_s, r.reason}});
    return QHttpServerResponse(QJsonObject {{u"ok"_s, true}, {u"branch"_s, branch->code},
        {u"acknowledged"_s, QJsonObject {{u"fromSeq"_s, fromSeq}, {u"toSeq"_s, toSeq}}},
        {u"inserted"_s, outcome.inserted},
        {u"duplicates"_s, QJsonArray::fromStringList(outcome.duplicates)},
        {u"refused"_s, refused}});
}

} // namespace saduak
