#pragma once

#include "deskview.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;
class QTranslator;

namespace saduak {

class CentralDatabase;
class DatabaseRecovery;
class DeskAccounts;
struct DeskSession;

// The complaint desk for agency officers (docs/central-api.md, "Complaint desk"): the HTTP side
// of the pages under /desk/ — session cookies, CSRF tokens, the language a page is shown in, and
// what a request asks of the stores (DeskAccounts, ComplaintStore). DeskView writes the HTML.
class DeskPages
{
public:
    // isHttps: whether central serves TLS (the session cookie is then Secure); asked per answer,
    // since CentralServer learns it after it is made.
    DeskPages(CentralDatabase &central, std::function<bool()> isHttps);
    ~DeskPages();

    void addRoutes(QHttpServer &http);
    // The server's keeper of the database connection: a page during an outage is 503 without
    // asking the database, and a failed one may start the outage, so officers alone bring central
    // back to its database (none: every page asks the database).
    void setRecovery(DatabaseRecovery *recovery) { m_recovery = recovery; }

    // Runs read off the event loop (CentralServer's heavy-read threads) and then, on the event
    // loop, what it returned: a page that sums a month of every branch (the area e-report) does
    // not hold up the other connections. None: all on the event loop.
    using OffLoop = std::function<void(std::function<std::function<void()>()> read)>;
    void setOffLoop(OffLoop offLoop) { m_offLoop = std::move(offLoop); }

    static constexpr int kPageSize = 25;

private:
    // The log-in page with a new form token, also set as the log-in cookie.
    QHttpServerResponse logInPage(const QHttpServerRequest &request, const DeskView &view,
        const QString &message, const QString &userName, int status) const;
    QHttpServerResponse logInForm(const QHttpServerRequest &request) const;
    QHttpServerResponse logIn(const QHttpServerRequest &request);
    QHttpServerResponse logOut(const QHttpServerRequest &request);
    QHttpServerResponse list(const QHttpServerRequest &request);
    QHttpServerResponse complaint(const QString &number, const QHttpServerRequest &request);
    QHttpServerResponse change(const QString &number, const QHttpServerRequest &request);
    QHttpServerResponse attachment(
        const QString &number, const QString &sha256, const QHttpServerRequest &request);

    DeskView viewFor(const QHttpServerRequest &request) const;
    // The officer of the request's cookie, or the answer to give instead (log-in, or 503).
    std::optional<DeskSession> sessionOf(
        const QHttpServerRequest &request, std::optional<QHttpServerResponse> *instead);
    QHttpServerResponse page(
        const QHttpServerRequest &request, const QString &html, int status = 200) const;
    // language: the request's ?lang= (kept in a cookie), empty when it has none.
    QHttpServerResponse page(const QString &language, const QString &html, int status) const;
    // GET /desk/area-report: the area e-report's page (csv: its CSV file, /desk/area-report.csv),
    // read and summed off the event loop.
    void areaReport(const QHttpServerRequest &request, QHttpServerResponder &&responder, bool csv);
    QString sessionCookie(const QString &value, bool expire) const;
    // A name from a reference data set ({th, en}), or fallback (the code) when it has none.
    QString nameOf(const QString &dataset, const QString &key, const QString &fallback,
        const DeskView &view) const;
    QHttpServerResponse complaintPage(const QHttpServerRequest &request, const DeskSession &session,
        const QString &number, const DeskView::Refusal &refusal, int status);
    QHttpServerResponse unavailable(
        const QHttpServerRequest &request, const DeskView &view, const DeskSession *session) const;
    QHttpServerResponse formRefused(
        const QHttpServerRequest &request, const DeskView &view, const DeskSession &session) const;

    CentralDatabase &m_central;
    std::unique_ptr<DeskAccounts> m_accounts;
    std::unique_ptr<QTranslator> m_thai;
    std::function<bool()> m_isHttps;
    DatabaseRecovery *m_recovery = nullptr;
    OffLoop m_offLoop;
};

} // namespace saduak
