#include "centralserver.h"

#include "areareport.h"
#include "areareportstore.h"
#include "branchstore.h"
#include "centralanswer.h"
#include "complaintintake.h"
#include "centraldatabase.h"
#include "connectionanswers.h"
#include "crossbranchstatistics.h"
#include "databaserecovery.h"
#include "deskpages.h"
#include "ereportdayintake.h"
#include "ingestrequest.h"
#include "ingeststore.h"
#include "limitedtcpserver.h"
#include "open311endpoint.h"
#include "referenceendpoint.h"
#include "statisticsstore.h"

#include <domain/bangkoktime.h>

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCentral, "saduak.central")

namespace saduak {

namespace {

using Status = QHttpServerResponse::StatusCode;

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

// The routes that take a branch token (as routed below): the limiter asks before a body is read.
bool needsBranchToken(QByteArrayView method, const QString &path)
{
    static const QString reference = u"/v1/reference/"_s;
    if (method == "POST" && path == u"/v1/ingest"_s)
        return true;
    if (method != "GET")
        return false;
    return path == u"/v1/statistics"_s || path == u"/v1/area-report"_s
        || (path.startsWith(reference) && path.size() > reference.size()
            && !QStringView(path).sliced(reference.size()).contains(u'/'));
}

} // namespace

CentralServer::CentralServer(CentralDatabase &central, const CentralLimits &limits, QObject *parent)
    : QObject(parent),
      m_central(central),
      m_recovery(std::make_unique<DatabaseRecovery>(central.database())),
      m_branches(central.branches()),
      m_ingest(central.ingest()),
      m_limits(limits),
      m_http(new QHttpServer(this)),
      m_heavyReads(new QThreadPool(this))
{
    // Every route answers through ConnectionAnswers, so a connection's answers keep the order
    // of its requests when one of them (statistics) is computed off the event loop.
    m_http->route(u"/v1/health"_s, QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &, QHttpServerResponder &&r) {
            ConnectionAnswers::answer(std::move(r), health());
        });
    m_http->route(u"/v1/ready"_s, QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &, QHttpServerResponder &&r) {
            ConnectionAnswers::answer(std::move(r), ready());
        });
    m_http->route(u"/v1/ingest"_s, QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            ConnectionAnswers::answer(std::move(r), this->ingest(request));
        });
    m_http->route(u"/v1/statistics"_s, QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            statistics(request, std::move(r));
        });
    m_http->route(u"/v1/area-report"_s, QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            areaReport(request, std::move(r));
        });
    // The area e-report's page is the desk's (/desk/area-report: its session cookie is scoped to
    // /desk); this shorter address, the one people are told, leads there with the same query.
    m_http->route(u"/area-report"_s, QHttpServerRequest::Method::Get,
        [](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            QHttpServerResponse answer(Status::SeeOther);
            const QString query = request.url().query(QUrl::FullyEncoded);
            answer.setHeader("Location"_ba,
                (u"/desk/area-report"_s + (query.isEmpty() ? QString() : u'?' + query)).toUtf8());
            ConnectionAnswers::answer(std::move(r), std::move(answer));
        });
    m_reference = std::make_unique<ReferenceEndpoint>(central.reference());
    m_http->route(u"/v1/reference/<arg>"_s, QHttpServerRequest::Method::Get,
        [this](const QString &dataset, const QHttpServerRequest &request,
            QHttpServerResponder &&r) {
            ConnectionAnswers::answer(std::move(r), reference(dataset, request));
        });
    m_http->route(u"/v1/reference/<arg>"_s, QHttpServerRequest::Method::AnyKnown,
        [](const QString &, const QHttpServerRequest &, QHttpServerResponder &&r) {
            ConnectionAnswers::answer(std::move(r),
                centralRefusal(Status::MethodNotAllowed, u"methodNotAllowed"_s,
                    u"reference data is read with GET"_s));
        });
    // Open311 GeoReport v2 (docs/central-api.md): its own answers, errors as its error arrays.
    m_open311 = std::make_unique<Open311Endpoint>(central);
    m_open311->setRecovery(m_recovery.get());
    // (Qt 6.4 fills each <arg> into an argument of the handler: one route per depth.)
    m_http->route(u"/open311/v2/<arg>"_s, QHttpServerRequest::Method::AnyKnown,
        [this](const QString &, const QHttpServerRequest &request, QHttpServerResponder &&r) {
            ConnectionAnswers::answer(std::move(r), m_open311->answer(request));
        });
    m_http->route(u"/open311/v2/<arg>/<arg>"_s, QHttpServerRequest::Method::AnyKnown,
        [this](const QString &, const QString &, const QHttpServerRequest &request,
            QHttpServerResponder &&r) {
            ConnectionAnswers::answer(std::move(r), m_open311->answer(request));
        });
    // The complaint desk's HTML pages for agency officers (their own session, not a token).
    m_desk = std::make_unique<DeskPages>(central, [this] { return isTls(); });
    m_desk->setRecovery(m_recovery.get());
    m_desk->setOffLoop([this](std::function<std::function<void()>()> read) {
        m_runHeavyRead([this, read = std::move(read)] {
            // Read and summed here; the page is written on the event loop (the translator and
            // the answers are the server thread's).
            auto then = std::make_shared<std::function<void()>>(read());
            QMetaObject::invokeMethod(this, [then] { (*then)(); }, Qt::QueuedConnection);
        });
    });
    m_desk->addRoutes(*m_http);
    // A known path with another method: 405, not 404, so a client sees what it got wrong.
    for (const QString &path :
        {u"/v1/health"_s, u"/v1/ready"_s, u"/v1/ingest"_s, u"/v1/statistics"_s,
            u"/v1/area-report"_s})
        m_http->route(path, QHttpServerRequest::Method::AnyKnown,
            [](const QHttpServerRequest &, QHttpServerResponder &&r) {
                ConnectionAnswers::answer(std::move(r),
                    centralRefusal(Status::MethodNotAllowed, u"methodNotAllowed"_s,
                        u"this path does not take this method"_s));
            });
    m_http->setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&r) {
        ConnectionAnswers::answer(std::move(r),
            centralRefusal(Status::NotFound, u"notFound"_s,
                u"no such path: "_s + request.url().path()));
    });
    m_heavyReads->setMaxThreadCount(kHeavyReadThreads);
    m_runHeavyRead = [pool = m_heavyReads](std::function<void()> read) {
        pool->start(std::move(read));
    };
}

CentralServer::~CentralServer()
{
    // A heavy read posts its answer back to this object: none may be running once it is gone.
    m_heavyReads->waitForDone();
}

bool CentralServer::listen(const QHostAddress &address, quint16 port, QString *why)
{
    if (!m_tcp) {
        RequestGate gate;
        gate.needsToken = needsBranchToken;
        gate.knowsToken = [this](const QString &token) {
            const TokenLookup lookup = lookUpToken(token);
            return lookup.branch         ? RequestGate::TokenCheck::Known
                : lookup.storageFailed() ? RequestGate::TokenCheck::StorageFailed
                                         : RequestGate::TokenCheck::Unknown;
        };
        if (m_tls)
            m_tcp = new LimitedSslServer(m_limits, gate, *m_tls, this);
        else
            m_tcp = new LimitedTcpServer(m_limits, gate, this);
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

void CentralServer::setOpen311Jurisdiction(const QString &id)
{
    m_open311->setJurisdiction(id);
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

QHttpServerResponse CentralServer::ready()
{
    // Liveness (/v1/health) stays free of the database; readiness asks it, so a load balancer
    // sends no branch to a central that would answer it 503.
    if (m_recovery->ready() && m_central.database().isAlive())
        return QHttpServerResponse(QJsonObject {{u"ok"_s, true}, {u"database"_s, u"ok"_s}});
    m_recovery->noteFailure(u"the readiness check's query failed"_s);
    return centralRefusal(Status::ServiceUnavailable, u"storageFailed"_s,
        u"central cannot reach its database; retry later"_s);
}

TokenLookup CentralServer::lookUpToken(const QString &token)
{
    TokenLookup lookup;
    if (token.isEmpty())
        return lookup; // unknown without asking anyone
    if (!m_recovery->ready()) {
        lookup.storageFailure = u"central's database is away (reconnecting)"_s;
        return lookup;
    }
    lookup = m_branches.authenticate(token);
    if (lookup.storageFailed())
        m_recovery->noteFailure(lookup.storageFailure);
    return lookup;
}

QHttpServerResponse CentralServer::refusalOf(const TokenLookup &lookup)
{
    if (lookup.storageFailed())
        return centralRefusal(Status::ServiceUnavailable, u"storageFailed"_s,
            u"central cannot reach its database; retry later"_s);
    return centralRefusal(Status::Unauthorized, u"unauthorized"_s,
        u"missing or unknown branch token (Authorization: Bearer <token>)"_s);
}

QHttpServerResponse CentralServer::ingest(const QHttpServerRequest &request)
{
    const TokenLookup lookup = lookUpToken(bearerToken(request));
    if (!lookup.branch)
        return refusalOf(lookup);
    const CentralBranch *branch = &*lookup.branch;
    // The LimitedTcpServer refused oversized bodies before they were buffered; this catches a
    // body that arrived some other way (a future transport) all the same.
    if (request.body().size() > m_limits.maxBodyBytes)
        return centralRefusal(Status::PayloadTooLarge, u"tooLarge"_s, u"body is over the limit"_s);

    IngestRequest batch = IngestRequest::parse(request.body(), m_limits);
    if (!batch.isValid())
        return centralRefusal(Status::BadRequest, batch.errorCode, batch.error);
    ComplaintIntake::refuseUnfit(batch, branch->code); // a number of another branch, for good
    EReportDayIntake::refuseUnfit(batch); // a daily e-report central cannot read, for good

    IngestOutcome outcome;
    if (!batch.rows.isEmpty()) {
        QString why;
        const std::optional<IngestOutcome> stored = m_ingest.ingest(branch->id, batch.rows, &why);
        if (!stored) {
            // Nothing of the batch is stored; the branch retries it later.
            if (!m_recovery->noteFailure(why)) // an outage is logged once, by the recovery
                qCWarning(lcCentral) << "batch of branch" << branch->code << "not stored:" << why;
            return centralRefusal(Status::ServiceUnavailable, u"storageFailed"_s,
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

void CentralServer::statistics(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // Any enrolled branch may compare itself with the others: the figures are counts and
    // durations, nothing about a person.
    const TokenLookup lookup = lookUpToken(bearerToken(request));
    if (!lookup.branch)
        return ConnectionAnswers::answer(std::move(responder), refusalOf(lookup));
    const qint64 nowMs = BangkokTime::nowUtcMs();
    const QString today = BangkokTime::fromUtcMs(nowMs).date().toString(Qt::ISODate);
    const QUrlQuery query(request.url());
    const QString day = query.hasQueryItem(u"day"_s) ? query.queryItemValue(u"day"_s) : today;
    const QDate date = QDate::fromString(day, Qt::ISODate);
    if (!date.isValid() || day.size() != 10)
        return ConnectionAnswers::answer(std::move(responder),
            centralRefusal(
                Status::BadRequest, u"badRequest"_s, u"day must be a date as YYYY-MM-DD"_s));

    // A day's events are read and counted on a thread of their own, on a connection of their own
    // (a Database is used from the thread that opened it; SQLite's WAL and PostgreSQL both let
    // it read beside the writer), so /v1/health and ingest are answered meanwhile.
    const ConnectionAnswers::Place place = ConnectionAnswers::reserve(std::move(responder));
    const QString location = m_central.database().path();
    const qint64 measuredAtMs = CrossBranchStatistics::measuredAt(date, nowMs);
    m_runHeavyRead([this, place, location, day, measuredAtMs] {
        auto answer = std::make_shared<QHttpServerResponse>(
            readStatistics(location, day, measuredAtMs));
        QMetaObject::invokeMethod(
            this,
            [place, answer] { ConnectionAnswers::fill(place, std::move(*answer)); },
            Qt::QueuedConnection);
    });
}

QHttpServerResponse CentralServer::readStatistics(
    const QString &location, const QString &day, qint64 measuredAtMs)
{
    StorageError error;
    const std::unique_ptr<CentralDatabase> reader
        = CentralDatabase::open(location, &error, /*readOnly=*/true);
    QString why = error.detail;
    std::optional<QList<StatisticsStore::BranchEvents>> branches;
    if (reader)
        branches = reader->statistics().eventsOfDay(day, &why);
    if (!branches) {
        qCWarning(lcCentral) << "statistics of" << day << "not read:" << why;
        return centralRefusal(Status::ServiceUnavailable, u"storageFailed"_s,
            u"the figures could not be read; retry later"_s);
    }
    QJsonObject figures = CrossBranchStatistics::compute(day, *branches, measuredAtMs);
    figures.insert(u"ok"_s, true);
    return QHttpServerResponse(figures);
}

void CentralServer::areaReport(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // Read as the cross-branch statistics are, by any enrolled branch: sums of counts and
    // minutes per branch and area, nothing about a person or an officer.
    const TokenLookup lookup = lookUpToken(bearerToken(request));
    if (!lookup.branch)
        return ConnectionAnswers::answer(std::move(responder), refusalOf(lookup));
    const QUrlQuery query(request.url());
    const QString format = query.queryItemValue(u"format"_s);
    if (!format.isEmpty() && format != u"json"_s && format != u"csv"_s)
        return ConnectionAnswers::answer(std::move(responder),
            centralRefusal(Status::BadRequest, u"badRequest"_s, u"format must be json or csv"_s));
    QString why;
    const std::optional<AreaReportQuery> asked = AreaReportQuery::parse(query,
        BangkokTime::fromUtcMs(BangkokTime::nowUtcMs()).date(),
        [](const char *text) { return QString::fromUtf8(text); }, &why);
    if (!asked)
        return ConnectionAnswers::answer(
            std::move(responder), centralRefusal(Status::BadRequest, u"badRequest"_s, why));
    const Language language
        = query.queryItemValue(u"lang"_s) == u"en"_s ? Language::English : Language::Thai;

    // A month of every branch is read and summed off the event loop, as the statistics are.
    const ConnectionAnswers::Place place = ConnectionAnswers::reserve(std::move(responder));
    const QString location = m_central.database().path();
    m_runHeavyRead([this, place, location, q = *asked, csv = format == u"csv"_s, language] {
        auto answer = std::make_shared<QHttpServerResponse>(QHttpServerResponse::StatusCode::Ok);
        QString readWhy;
        const std::optional<AreaReport> report = readAreaReport(location, q, &readWhy);
        if (!report) {
            qCWarning(lcCentral) << "area e-report not read:" << readWhy;
            *answer = centralRefusal(Status::ServiceUnavailable, u"storageFailed"_s,
                u"the figures could not be read; retry later"_s);
        } else if (csv) {
            *answer = QHttpServerResponse("text/csv; charset=utf-8"_ba, report->toCsv(language));
            answer->setHeader("Content-Disposition"_ba,
                "attachment; filename=\"area-report-"_ba
                    + (q.isDay ? q.from.toString(Qt::ISODate) : q.monthText()).toLatin1()
                    + ".csv\""_ba);
        } else {
            QJsonObject json = report->toJson();
            json.insert(u"ok"_s, true);
            *answer = QHttpServerResponse(json);
        }
        QMetaObject::invokeMethod(
            this,
            [place, answer] { ConnectionAnswers::fill(place, std::move(*answer)); },
            Qt::QueuedConnection);
    });
}

std::optional<AreaReport> CentralServer::readAreaReport(
    const QString &location, const AreaReportQuery &query, QString *why)
{
    const std::optional<AreaReport::Source> source
        = AreaReportStore::readAt(location, query.from, query.to, why);
    if (!source)
        return std::nullopt;
    return AreaReport::compute(query.from, query.to, *source, query.province, query.amphoe);
}

QHttpServerResponse CentralServer::reference(
    const QString &dataset, const QHttpServerRequest &request)
{
    const TokenLookup lookup = lookUpToken(bearerToken(request));
    if (!lookup.branch)
        return refusalOf(lookup);
    QHttpServerResponse answer = m_reference->answer(dataset, QUrlQuery(request.url()));
    if (answer.statusCode() == Status::ServiceUnavailable)
        m_recovery->noteFailure(u"a reference page could not be read"_s);
    return answer;
}

} // namespace saduak
