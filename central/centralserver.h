#pragma once

#include "branchstore.h"
#include "centrallimits.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;
class QTcpServer;
class QThreadPool;

namespace saduak {

class AreaReport;
struct AreaReportQuery;
class BranchStore;
class CentralDatabase;
class DatabaseRecovery;
class DeskPages;
class IngestStore;
class Open311Endpoint;
class ReferenceEndpoint;

// The HTTP side of saduak-central, API version 1 (docs/central-api.md): routes, the branch token
// check, request checks, JSON answers. Knows no SQL (the stores do) and never answers a bad
// request with anything but a 4xx and a reason.
class CentralServer : public QObject
{
    Q_OBJECT
public:
    // The stores of central (branches, ingested rows, statistics...) are central's.
    explicit CentralServer(
        CentralDatabase &central, const CentralLimits &limits = {}, QObject *parent = nullptr);
    ~CentralServer() override;

    // Serve HTTPS with this configuration (ServerTls::fromPemFiles, app/tls); before listen().
    void setTls(const QSslConfiguration &tls) { m_tls = tls; }
    bool isTls() const { return m_tls.has_value(); }
    bool listen(const QHostAddress &address, quint16 port, QString *why = nullptr);
    // The jurisdiction_id Open311 clients may name (--open311-jurisdiction); none by default.
    void setOpen311Jurisdiction(const QString &id);
    quint16 port() const;

    // Heavy reads (GET /v1/statistics) run off the event loop: by default on kHeavyReadThreads
    // threads of the server's own, each read on a database connection of its own. A test may
    // take the reads and run them when it chooses (on any thread) to hold one in flight.
    static constexpr int kHeavyReadThreads = 2;
    using HeavyReadRunner = std::function<void(std::function<void()> read)>;
    void setHeavyReadRunner(HeavyReadRunner runner) { m_runHeavyRead = std::move(runner); }

private:
    QHttpServerResponse health() const;
    // GET /v1/ready: the database answers a trivial query (200), or not (503 storageFailed).
    QHttpServerResponse ready();
    // The branch of a token, asked of the database unless it is known to be away (an outage:
    // then a failure without asking, until DatabaseRecovery reopens it).
    TokenLookup lookUpToken(const QString &token);
    // Why a lookup gave no branch: 503 storageFailed when the database could not be asked,
    // never 401 then; 401 for a token that is unknown or revoked.
    static QHttpServerResponse refusalOf(const TokenLookup &lookup);
    QHttpServerResponse ingest(const QHttpServerRequest &request);
    void statistics(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    // On a heavy-read thread: the whole answer, from a connection opened on location there.
    static QHttpServerResponse readStatistics(
        const QString &location, const QString &day, qint64 measuredAtMs);
    QHttpServerResponse reference(const QString &dataset, const QHttpServerRequest &request);
    // GET /v1/area-report: JSON or CSV, read and summed on a heavy-read thread.
    void areaReport(const QHttpServerRequest &request, QHttpServerResponder &&responder);
public:
    // On any thread: the report asked for, from a read-only connection opened on location there
    // (the desk's page reads it so too). Nothing (why set) when it could not be read.
    static std::optional<AreaReport> readAreaReport(
        const QString &location, const AreaReportQuery &query, QString *why);

private:

    CentralDatabase &m_central;
    std::unique_ptr<DatabaseRecovery> m_recovery; // of m_central's connection, on this thread
    BranchStore &m_branches;
    IngestStore &m_ingest;
    CentralLimits m_limits;
    QHttpServer *m_http;
    std::optional<QSslConfiguration> m_tls;
    QTcpServer *m_tcp = nullptr; // a LimitedTcpServer, or a LimitedSslServer with TLS
    std::unique_ptr<ReferenceEndpoint> m_reference; // GET /v1/reference/{dataset}
    std::unique_ptr<DeskPages> m_desk; // /desk/: the complaint desk's pages
    std::unique_ptr<Open311Endpoint> m_open311; // /open311/v2/…
    QThreadPool *m_heavyReads; // a child
    HeavyReadRunner m_runHeavyRead;
};

} // namespace saduak
