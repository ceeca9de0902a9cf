#pragma once

#include "centrallimits.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QTcpServer;

namespace saduak {

class BranchStore;
class CentralDatabase;
class IngestStore;
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

    // Serve HTTPS with this configuration (LimitedSslServer::configurationFrom); before listen().
    void setTls(const QSslConfiguration &tls) { m_tls = tls; }
    bool isTls() const { return m_tls.has_value(); }
    bool listen(const QHostAddress &address, quint16 port, QString *why = nullptr);
    quint16 port() const;

private:
    QHttpServerResponse health() const;
    QHttpServerResponse ingest(const QHttpServerRequest &request);
    QHttpServerResponse statistics(const QHttpServerRequest &request);
    QHttpServerResponse reference(const QString &dataset, const QHttpServerRequest &request);

    CentralDatabase &m_central;
    BranchStore &m_branches;
    IngestStore &m_ingest;
    CentralLimits m_limits;
    QHttpServer *m_http;
    std::optional<QSslConfiguration> m_tls;
    QTcpServer *m_tcp = nullptr; // a LimitedTcpServer, or a LimitedSslServer with TLS
    std::unique_ptr<ReferenceEndpoint> m_reference; // GET /v1/reference/{dataset}
};

} // namespace saduak
