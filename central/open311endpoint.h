#pragma once

#include <QString>

#include <memory>

class QHttpServerRequest;
class QHttpServerResponse;

namespace saduak {

class CentralDatabase;
class DatabaseRecovery;
class Open311Filing;
class Open311Store;

// Open311 GeoReport v2 at central (docs/central-api.md, "Open311 GeoReport v2"): services,
// services/{code}, requests (GET and POST), requests/{id}, in .json and .xml, under prefix().
// Complaints are read through ComplaintStore and answered without anything of the complainant:
// no name, contact, subject or description reaches an Open311 client. Knows no SQL.
class Open311Endpoint
{
public:
    explicit Open311Endpoint(CentralDatabase &central);
    ~Open311Endpoint();

    static const QString &prefix(); // "/open311/v2/"

    // The jurisdiction_id a request may name (none: a request that names one is refused); a
    // request without jurisdiction_id is always taken.
    void setJurisdiction(const QString &id) { m_jurisdiction = id; }

    // The server's keeper of the database connection: a request during an outage is answered 503
    // without asking the database, and a failed one may start the outage, so Open311 clients
    // alone bring central back to its database (none: every request asks the database).
    void setRecovery(DatabaseRecovery *recovery) { m_recovery = recovery; }

    // Any request whose path begins with prefix(). nowMs < 0: now.
    QHttpServerResponse answer(const QHttpServerRequest &request, qint64 nowMs = -1);

private:
    QHttpServerResponse answerCall(const QHttpServerRequest &request, qint64 nowMs);

    CentralDatabase &m_central;
    std::unique_ptr<Open311Store> m_store;
    std::unique_ptr<Open311Filing> m_filing;
    QString m_jurisdiction;
    DatabaseRecovery *m_recovery = nullptr;
};

} // namespace saduak
