#include "deskpages.h"

#include "areareport.h"
#include "areareportstore.h"
#include "areareportview.h"
#include "attachmentstore.h"
#include "branchstore.h"
#include "centraldatabase.h"
#include "complaintstore.h"
#include "connectionanswers.h"
#include "databaserecovery.h"
#include "deskaccounts.h"
#include "deskview.h"
#include "referencelogstore.h"

#include <attachmentrule.h>

#include <domain/bangkoktime.h>
#include <i18n/translation.h>
#include <storage/accesstoken.h>

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QTranslator>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

#include <sodium.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDesk, "saduak.central.desk")

namespace saduak {

namespace {

using Status = QHttpServerResponse::StatusCode;

const QByteArray kSessionCookie = "saduak_desk"_ba;
const QByteArray kLanguageCookie = "saduak_desk_lang"_ba;
// The log-in form's token, sent back with the form: a page of another site can post a log-in
// form, but its browser sends no SameSite=Strict cookie with it (log-in CSRF: the officer would
// then work, unaware, in the attacker's session).
const QByteArray kLogInCookie = "saduak_desk_login"_ba;

// A token sent with a form against the one central gave out, in time that does not depend on
// where they differ. Empty never matches.
bool sameToken(const QString &sent, const QString &expected)
{
    const QByteArray a = sent.toUtf8();
    const QByteArray b = expected.toUtf8();
    return !b.isEmpty() && a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), size_t(b.size())) == 0;
}

QByteArray headerOf(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QString cookieOf(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const QByteArray &part : headerOf(request, "cookie").split(';')) {
        const QByteArray pair = part.trimmed();
        if (pair.startsWith(QByteArray(name + "=")))
            return QString::fromLatin1(pair.mid(name.size() + 1));
    }
    return {};
}

// An HTML form's body (application/x-www-form-urlencoded): '+' is a space there, not in a URL.
QUrlQuery formOf(const QHttpServerRequest &request)
{
    QByteArray body = request.body();
    body.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(body));
}

QString field(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

QHttpServerResponse seeOther(const QString &location)
{
    QHttpServerResponse answer(Status::SeeOther);
    answer.setHeader("Location"_ba, location.toUtf8());
    answer.setHeader("Cache-Control"_ba, "no-store"_ba);
    return answer;
}

// The attachments a complaint's record names (modules/complaints/README.md), each once; the name
// made safe again here, since it goes into a header (Content-Disposition) as well as the page.
QList<DeskView::ComplaintDetails::Attachment> attachmentsOf(const QJsonObject &filed)
{
    QList<DeskView::ComplaintDetails::Attachment> out;
    QSet<QString> seen;
    for (const QJsonValue &value : filed.value(u"attachments"_s).toArray()) {
        const QJsonObject o = value.toObject();
        const QString sha256 = o.value(u"sha256"_s).toString();
        if (!complaints::AttachmentRule::isSha256(sha256) || seen.contains(sha256))
            continue;
        seen.insert(sha256);
        out.append({sha256, complaints::AttachmentRule::shownName(o.value(u"name"_s).toString()),
            o.value(u"type"_s).toString(), o.value(u"size"_s).toInteger()});
    }
    return out;
}

// RFC 6266 with RFC 5987's filename* for a Thai name, and an ASCII fallback for old clients.
QByteArray contentDisposition(bool inlineShown, const QString &name)
{
    QByteArray fallback;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        fallback += (u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\') ? char(u) : '_';
    }
    return (inlineShown ? "inline"_ba : "attachment"_ba) + "; filename=\""_ba + fallback
        + "\"; filename*=UTF-8''"_ba + name.toUtf8().toPercentEncoding("!#$&+^`|~"_ba);
}

} // namespace

DeskPages::DeskPages(CentralDatabase &central, std::function<bool()> isHttps)
    : m_central(central),
      m_accounts(std::make_unique<DeskAccounts>(central.database())),
      m_thai(std::make_unique<QTranslator>()),
      m_isHttps(std::move(isHttps))
{
    // Each page is shown in the officer's language, whatever language central's own messages
    // are in: the Thai translation is kept here and asked directly (DeskView::t).
    if (!loadTranslation(*m_thai, Language::Thai))
        qCWarning(lcDesk) << "the Thai translation is missing: the desk shows English";
}

DeskPages::~DeskPages() = default;

void DeskPages::addRoutes(QHttpServer &http)
{
    using Method = QHttpServerRequest::Method;
    const auto answer = [](QHttpServerResponder &&r, QHttpServerResponse &&response) {
        ConnectionAnswers::answer(std::move(r), std::move(response));
    };
    http.route(
        u"/desk"_s, Method::Get, [answer](const QHttpServerRequest &, QHttpServerResponder &&r) {
            answer(std::move(r), seeOther(u"/desk/"_s));
        });
    http.route(u"/desk/"_s, Method::Get,
        [this, answer](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            answer(std::move(r), list(request));
        });
    http.route(u"/desk/login"_s, Method::Get,
        [this, answer](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            answer(std::move(r), logInForm(request));
        });
    http.route(u"/desk/login"_s, Method::Post,
        [this, answer](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            answer(std::move(r), logIn(request));
        });
    http.route(u"/desk/logout"_s, Method::Post,
        [this, answer](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            answer(std::move(r), logOut(request));
        });
    http.route(u"/desk/area-report"_s, Method::Get,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            areaReport(request, std::move(r), false);
        });
    http.route(u"/desk/area-report.csv"_s, Method::Get,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            areaReport(request, std::move(r), true);
        });
    http.route(u"/desk/complaint/<arg>/attachments/<arg>"_s, Method::Get,
        [this, answer](const QString &number, const QString &sha256,
            const QHttpServerRequest &request, QHttpServerResponder &&r) {
            answer(std::move(r), attachment(number, sha256, request));
        });
    http.route(u"/desk/complaint/<arg>"_s, Method::Get,
        [this, answer](const QString &number, const QHttpServerRequest &request,
            QHttpServerResponder &&r) { answer(std::move(r), complaint(number, request)); });
    http.route(u"/desk/complaint/<arg>"_s, Method::Post,
        [this, answer](const QString &number, const QHttpServerRequest &request,
            QHttpServerResponder &&r) { answer(std::move(r), change(number, request)); });
}

DeskView DeskPages::viewFor(const QHttpServerRequest &request) const
{
    // ?lang= chooses (and page() keeps it in a cookie); then the cookie; Thai by default.
    QString language = QUrlQuery(request.url()).queryItemValue(u"lang"_s);
    if (language != u"th"_s && language != u"en"_s)
        language = cookieOf(request, kLanguageCookie);
    return DeskView(language == u"en"_s ? Language::English : Language::Thai, m_thai.get());
}

QString DeskPages::sessionCookie(const QString &value, bool expire) const
{
    // HttpOnly: no script reads it; SameSite=Strict: no other site's page sends it (with the
    // CSRF token, a second guard for the forms); Secure when central serves HTTPS.
    return QString::fromLatin1(kSessionCookie) + u'=' + value
        + u"; Path=/desk; HttpOnly; SameSite=Strict"_s
        + (m_isHttps && m_isHttps() ? u"; Secure"_s : QString())
        + (expire ? u"; Max-Age=0"_s : QString());
}

QHttpServerResponse DeskPages::page(
    const QHttpServerRequest &request, const QString &html, int status) const
{
    return page(QUrlQuery(request.url()).queryItemValue(u"lang"_s), html, status);
}

QHttpServerResponse DeskPages::page(const QString &language, const QString &html, int status) const
{
    QHttpServerResponse answer(
        "text/html; charset=utf-8"_ba, html.toUtf8(), static_cast<Status>(status));
    // No script, no frames, no other origin: the pages need none of them.
    // Images only from the desk itself: a complaint's photos (attachment()).
    answer.setHeader("Content-Security-Policy"_ba,
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"_ba);
    answer.setHeader("X-Content-Type-Options"_ba, "nosniff"_ba);
    answer.setHeader("Referrer-Policy"_ba, "no-referrer"_ba);
    answer.setHeader("Cache-Control"_ba, "no-store"_ba);
    if (language == u"th"_s || language == u"en"_s)
        answer.addHeader("Set-Cookie"_ba,
            kLanguageCookie + '=' + language.toLatin1()
                + "; Path=/desk; Max-Age=31536000; SameSite=Strict"_ba);
    return answer;
}

std::optional<DeskSession> DeskPages::sessionOf(
    const QHttpServerRequest &request, std::optional<QHttpServerResponse> *instead)
{
    if (m_recovery && !m_recovery->ready()) {
        instead->emplace(unavailable(request, viewFor(request), nullptr));
        return std::nullopt;
    }
    QString failure;
    std::optional<DeskSession> session
        = m_accounts->session(cookieOf(request, kSessionCookie), BangkokTime::nowUtcMs(), &failure);
    if (session)
        return session;
    if (!failure.isEmpty()) {
        qCWarning(lcDesk) << "desk session not read:" << failure;
        instead->emplace(unavailable(request, viewFor(request), nullptr));
    } else {
        instead->emplace(seeOther(u"/desk/login"_s));
    }
    return std::nullopt;
}

QHttpServerResponse DeskPages::logInForm(const QHttpServerRequest &request) const
{
    return logInPage(request, viewFor(request), {}, {}, 200);
}

QHttpServerResponse DeskPages::logInPage(const QHttpServerRequest &request, const DeskView &view,
    const QString &message, const QString &userName, int status) const
{
    const QString token = AccessToken::generate();
    QHttpServerResponse answer = page(request, view.logInPage(message, userName, token), status);
    answer.addHeader("Set-Cookie"_ba,
        kLogInCookie + '=' + token.toLatin1() + "; Path=/desk/login; HttpOnly; SameSite=Strict"_ba
            + (m_isHttps && m_isHttps() ? "; Secure"_ba : QByteArray()));
    return answer;
}

QHttpServerResponse DeskPages::logIn(const QHttpServerRequest &request)
{
    const QUrlQuery form = formOf(request);
    const QString user = field(form, u"user"_s).trimmed().toLower();
    const QByteArray password = field(form, u"password"_s).toUtf8();
    const DeskView view = viewFor(request);
    if (!sameToken(field(form, u"csrf"_s), cookieOf(request, kLogInCookie)))
        return logInPage(request, view,
            view.t(QT_TRANSLATE_NOOP("saduak::DeskView",
                "This log-in form has expired or did not come from the desk. Please log in "
                "again.")),
            user, 403);
    const qint64 nowMs = BangkokTime::nowUtcMs();
    DeskAccounts::LogIn result; // StorageFailed until asked
    if (!m_recovery || m_recovery->ready())
        result = m_accounts->logIn(user, password, nowMs);
    else
        result.why = u"the database is away (an outage, reconnecting)"_s;
    switch (result.outcome) {
    case DeskAccounts::LogIn::Outcome::LoggedIn: {
        qCInfo(lcDesk) << "officer" << user << "logged in";
        QHttpServerResponse answer = seeOther(u"/desk/"_s);
        answer.addHeader("Set-Cookie"_ba, sessionCookie(result.cookie, false).toLatin1());
        return answer;
    }
    case DeskAccounts::LogIn::Outcome::Refused:
        return logInPage(request, view,
            view.t(QT_TRANSLATE_NOOP("saduak::DeskView", "Wrong user name or password.")), user,
            401);
    case DeskAccounts::LogIn::Outcome::LockedOut:
        qCWarning(lcDesk) << "officer" << user << "locked out after failed log-ins";
        return logInPage(request, view,
            view.t(QT_TRANSLATE_NOOP("saduak::DeskView",
                       "Too many failed log-ins: this user is locked out until "
                       "%1. Ask the administrator if you forgot the password."))
                .arg(view.dateTime(result.lockedUntilMs)),
            user, 429);
    case DeskAccounts::LogIn::Outcome::StorageFailed:
        break;
    }
    qCWarning(lcDesk) << "log-in not checked:" << result.why;
    if (m_recovery)
        m_recovery->noteFailure(u"a desk log-in's statement failed"_s);
    return logInPage(request, view,
        view.t(QT_TRANSLATE_NOOP(
            "saduak::DeskView", "Central cannot reach its database. Try again later.")),
        user, 503);
}

QHttpServerResponse DeskPages::logOut(const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> instead;
    const std::optional<DeskSession> session = sessionOf(request, &instead);
    if (!session)
        return std::move(*instead);
    const DeskView view = viewFor(request);
    if (!sameToken(field(formOf(request), u"csrf"_s), session->csrfToken))
        return formRefused(request, view, *session);
    m_accounts->logOut(cookieOf(request, kSessionCookie));
    QHttpServerResponse answer = seeOther(u"/desk/login"_s);
    answer.addHeader("Set-Cookie"_ba, sessionCookie({}, true).toLatin1());
    return answer;
}

QString DeskPages::nameOf(
    const QString &dataset, const QString &key, const QString &fallback, const DeskView &view) const
{
    if (fallback.isEmpty())
        return {};
    const auto items = m_central.reference().liveItems(dataset, key);
    if (items)
        for (const ReferenceItem &item : *items)
            if (item.key == key)
                return view.name(QJsonDocument::fromJson(item.payload).object(), fallback);
    return fallback; // not imported (yet): the code itself
}

QHttpServerResponse DeskPages::list(const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> instead;
    const std::optional<DeskSession> session = sessionOf(request, &instead);
    if (!session)
        return std::move(*instead);
    const DeskView view = viewFor(request);
    const QUrlQuery query(request.url());
    DeskView::ListFilter shown;
    shown.state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    shown.category = query.queryItemValue(u"category"_s, QUrl::FullyDecoded);
    shown.branch = query.queryItemValue(u"branch"_s, QUrl::FullyDecoded);
    shown.province = query.queryItemValue(u"province"_s, QUrl::FullyDecoded);
    shown.page = std::clamp(query.queryItemValue(u"page"_s).toInt(), 1, 1000);

    ComplaintFilter filter;
    filter.state = complaints::complaintStateFromString(shown.state);
    if (!filter.state)
        shown.state.clear(); // an unknown state filters nothing, and the form says so
    filter.category = shown.category;
    filter.branchCode = shown.branch;
    filter.area = shown.province;
    // One more than the page, to know whether a next page exists.
    filter.limit = shown.page * kPageSize + 1;
    const qint64 nowMs = BangkokTime::nowUtcMs();
    QString why;
    const auto complaints = m_central.complaints().list(filter, nowMs, &why);
    const auto categories = m_central.reference().liveItems(u"complaint-categories"_s, {}, &why);
    const auto provinces = m_central.reference().liveItems(u"admin-areas"_s, u"p"_s, &why);
    const auto branches = m_central.branches().list(&why);
    if (!complaints || !categories || !provinces || !branches) {
        qCWarning(lcDesk) << "complaint list not read:" << why;
        return unavailable(request, view, &*session);
    }
    QList<DeskView::Choice> categoryChoices, provinceChoices, branchChoices;
    QHash<QString, QString> categoryNames, provinceNames;
    for (const ReferenceItem &item : *categories) {
        const QString label = view.name(QJsonDocument::fromJson(item.payload).object(), item.key);
        categoryChoices.append({item.key, label});
        categoryNames.insert(item.key, label);
    }
    for (const ReferenceItem &item : *provinces) {
        const QString code = item.key.mid(1);
        const QString label = view.name(QJsonDocument::fromJson(item.payload).object(), code);
        provinceChoices.append({code, label});
        provinceNames.insert(code, label);
    }
    for (const CentralBranch &branch : *branches)
        branchChoices.append({branch.code, branch.code + u" — "_s + branch.name});

    QList<DeskView::ListRow> rows;
    const qsizetype first = qsizetype(shown.page - 1) * kPageSize;
    for (qsizetype i = first; i < complaints->size() && i < first + kPageSize; ++i) {
        const CentralComplaint &c = complaints->at(i);
        rows.append({&c, categoryNames.value(c.category, c.category),
            provinceNames.value(c.provinceCode, c.provinceCode)});
    }
    const bool more = complaints->size() > first + kPageSize;
    return page(request,
        view.listPage(session->officer, session->csrfToken, shown, rows, more, categoryChoices,
            branchChoices, provinceChoices));
}

QHttpServerResponse DeskPages::complaint(const QString &number, const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> instead;
    const std::optional<DeskSession> session = sessionOf(request, &instead);
    if (!session)
        return std::move(*instead);
    return complaintPage(request, *session, number, {}, 200);
}

QHttpServerResponse DeskPages::complaintPage(const QHttpServerRequest &request,
    const DeskSession &session, const QString &number, const DeskView::Refusal &refusal, int status)
{
    const DeskView view = viewFor(request);
    const ComplaintStore::Lookup lookup
        = m_central.complaints().whole(number, BangkokTime::nowUtcMs());
    if (lookup.storageFailed()) {
        qCWarning(lcDesk) << "complaint not read:" << lookup.storageFailure;
        return unavailable(request, view, &session);
    }
    if (!lookup.complaint)
        return page(request,
            view.messagePage(&session.officer, session.csrfToken,
                view.t(QT_TRANSLATE_NOOP("saduak::DeskView", "No such complaint")),
                view.t(QT_TRANSLATE_NOOP(
                    "saduak::DeskView", "There is no complaint with this tracking number."))),
            404);
    // Who read which complainant's record is worth a line (the number only, never the person).
    qCInfo(lcDesk) << "officer" << session.officer.userName << "read complaint"
                   << lookup.complaint->trackingNumber;
    const CentralComplaint &c = *lookup.complaint;
    DeskView::ComplaintDetails details;
    details.complaint = &c;
    details.filed = lookup.filed;
    details.category = nameOf(u"complaint-categories"_s, c.category, c.category, view);
    details.tambon = nameOf(u"admin-areas"_s, u"t"_s + c.tambonCode, c.tambonCode, view);
    details.amphoe = nameOf(u"admin-areas"_s, u"d"_s + c.amphoeCode, c.amphoeCode, view);
    details.province = nameOf(u"admin-areas"_s, u"p"_s + c.provinceCode, c.provinceCode, view);
    const auto categories = m_central.reference().liveItems(u"complaint-categories"_s, {});
    for (const ReferenceItem &item : categories.value_or(QList<ReferenceItem> {}))
        details.categories.append(
            {item.key, view.name(QJsonDocument::fromJson(item.payload).object(), item.key)});
    details.attachments = attachmentsOf(lookup.filed);
    if (!details.attachments.isEmpty()) {
        QStringList files;
        for (const auto &file : std::as_const(details.attachments))
            files << file.sha256;
        QString why;
        const std::optional<QSet<QString>> arrived = m_central.attachments().arrived(files, &why);
        if (!arrived) {
            qCWarning(lcDesk) << "attachments of" << c.trackingNumber << "not read:" << why;
            return unavailable(request, view, &session);
        }
        for (auto &file : details.attachments)
            file.arrived = arrived->contains(file.sha256);
    }
    return page(
        request, view.complaintPage(session.officer, session.csrfToken, details, refusal), status);
}

QHttpServerResponse DeskPages::change(const QString &number, const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> instead;
    const std::optional<DeskSession> session = sessionOf(request, &instead);
    if (!session)
        return std::move(*instead);
    const DeskView view = viewFor(request);
    const QUrlQuery form = formOf(request);
    if (!sameToken(field(form, u"csrf"_s), session->csrfToken))
        return formRefused(request, view, *session);
    DeskView::Refusal refusal;
    refusal.action = field(form, u"action"_s);
    for (const QString &name : {u"note"_s, u"category"_s, u"agency"_s, u"duplicateOf"_s})
        refusal.typed.insert(name, field(form, name));
    const std::optional<complaints::ComplaintAction> action
        = complaints::complaintActionFromString(refusal.action);
    if (!action) {
        refusal.message = view.t(QT_TRANSLATE_NOOP("saduak::DeskView", "There is no such action."));
        return complaintPage(request, *session, number, refusal, 422);
    }
    complaints::ChangeRequest change;
    change.action = *action;
    change.note = refusal.typed.value(u"note"_s).trimmed();
    change.category = refusal.typed.value(u"category"_s).trimmed();
    change.agency = refusal.typed.value(u"agency"_s).trimmed();
    change.duplicateOf = refusal.typed.value(u"duplicateOf"_s).trimmed();
    // The history's actor is the officer's user name: who changed what stays at central.
    const ComplaintStore::ChangeResult result
        = m_central.complaints().change(number, change, session->officer.userName);
    switch (result.outcome) {
    case ComplaintStore::ChangeResult::Outcome::Changed:
        qCInfo(lcDesk) << "officer" << session->officer.userName << "applied" << refusal.action
                       << "to" << number;
        // After a POST, a GET: reloading the page does not send the change again.
        return seeOther(
            u"/desk/complaint/"_s + QString::fromLatin1(QUrl::toPercentEncoding(number)));
    case ComplaintStore::ChangeResult::Outcome::Refused:
        refusal.message = view.text(result.message);
        return complaintPage(request, *session, number, refusal, 422);
    case ComplaintStore::ChangeResult::Outcome::Conflict:
        refusal.message = view.text(result.message);
        if (refusal.message.isEmpty())
            refusal.message = view.t(QT_TRANSLATE_NOOP("saduak::DeskView",
                "Someone else changed this complaint meanwhile. Nothing was changed: look at it "
                "again and choose again."));
        return complaintPage(request, *session, number, refusal, 409);
    case ComplaintStore::ChangeResult::Outcome::NotFound:
        return complaintPage(request, *session, number, {}, 404);
    case ComplaintStore::ChangeResult::Outcome::StorageFailed:
        break;
    }
    qCWarning(lcDesk) << "change of" << number << "not stored:" << result.why;
    return unavailable(request, view, &*session);
}

QHttpServerResponse DeskPages::attachment(
    const QString &number, const QString &sha256, const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> instead;
    const std::optional<DeskSession> session = sessionOf(request, &instead);
    if (!session)
        return std::move(*instead);
    const DeskView view = viewFor(request);
    const auto notHere = [&] {
        return page(request,
            view.messagePage(&session->officer, session->csrfToken,
                view.t(QT_TRANSLATE_NOOP("saduak::DeskView", "No such file")),
                view.t(QT_TRANSLATE_NOOP("saduak::DeskView",
                    "This complaint has no such attachment, or it has not arrived at central "
                    "yet."))),
            404);
    };
    // Only a file the complaint's own record names: a SHA-256 alone opens nothing.
    const ComplaintStore::Lookup lookup
        = m_central.complaints().whole(number, BangkokTime::nowUtcMs());
    if (lookup.storageFailed()) {
        qCWarning(lcDesk) << "complaint not read:" << lookup.storageFailure;
        return unavailable(request, view, &*session);
    }
    if (!lookup.complaint)
        return notHere();
    const QList<DeskView::ComplaintDetails::Attachment> files = attachmentsOf(lookup.filed);
    const auto named = std::find_if(files.cbegin(), files.cend(),
        [&](const DeskView::ComplaintDetails::Attachment &f) { return f.sha256 == sha256; });
    if (named == files.cend())
        return notHere();
    const AttachmentStore::File file
        = m_central.attachments().file(named->sha256, named->size, named->type);
    switch (file.outcome) {
    case AttachmentStore::File::Outcome::Assembled:
        break;
    case AttachmentStore::File::Outcome::NotArrived:
        return notHere();
    case AttachmentStore::File::Outcome::Damaged:
        qCWarning(lcDesk) << "attachment of" << lookup.complaint->trackingNumber
                          << "not served:" << file.why;
        return page(request,
            view.messagePage(&session->officer, session->csrfToken,
                view.t(QT_TRANSLATE_NOOP("saduak::DeskView", "File damaged")),
                view.t(QT_TRANSLATE_NOOP("saduak::DeskView",
                    "This file did not arrive at central as the branch sent it, so it is not "
                    "shown. Please report it to central's administrator."))),
            500);
    case AttachmentStore::File::Outcome::StorageFailed:
        qCWarning(lcDesk) << "attachment of" << lookup.complaint->trackingNumber
                          << "not read:" << file.why;
        return unavailable(request, view, &*session);
    }
    qCInfo(lcDesk) << "officer" << session->officer.userName << "opened attachment"
                   << sha256.left(12) << "of complaint" << lookup.complaint->trackingNumber;
    QHttpServerResponse answer(named->type.toLatin1(), file.bytes);
    // The bytes are a branch's upload: never sniffed into another type, and if a browser shows
    // one as a page, it runs as a sandbox with nothing allowed (no script, no same origin).
    answer.setHeader("X-Content-Type-Options"_ba, "nosniff"_ba);
    answer.setHeader("Content-Security-Policy"_ba,
        "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
        "frame-ancestors 'self'"_ba);
    // A photo is shown in the browser; a PDF is saved and opened in the officer's own viewer
    // (a sandboxed page would not show it, and a PDF can carry script).
    answer.setHeader("Content-Disposition"_ba,
        contentDisposition(named->type.startsWith(u"image/"_s),
            named->name.isEmpty() ? named->sha256.left(12) : named->name));
    answer.setHeader("Referrer-Policy"_ba, "no-referrer"_ba);
    answer.setHeader("Cache-Control"_ba, "no-store"_ba);
    return answer;
}

void DeskPages::areaReport(
    const QHttpServerRequest &request, QHttpServerResponder &&responder, bool csv)
{
    std::optional<QHttpServerResponse> instead;
    const std::optional<DeskSession> session = sessionOf(request, &instead);
    if (!session)
        return ConnectionAnswers::answer(std::move(responder), std::move(*instead));
    const DeskView view = viewFor(request);
    const QString language = QUrlQuery(request.url()).queryItemValue(u"lang"_s);
    const QDate today = BangkokTime::fromUtcMs(BangkokTime::nowUtcMs()).date();
    QString why;
    const std::optional<AreaReportQuery> asked = AreaReportQuery::parse(QUrlQuery(request.url()),
        today, [&view](const char *text) { return view.t("saduak::AreaReportQuery", text); },
        &why);
    if (!asked) {
        // The form again, for this month, with the reason beside it.
        const AreaReportQuery thisMonth
            = *AreaReportQuery::parse({}, today, [](const char *) { return QString(); }, nullptr);
        return ConnectionAnswers::answer(std::move(responder),
            page(language,
                AreaReportView(view).page(
                    session->officer, session->csrfToken, thisMonth, nullptr, nullptr, why),
                400));
    }
    // Everything the page needs travels by value: the request is gone once this returns.
    const ConnectionAnswers::Place place = ConnectionAnswers::reserve(std::move(responder));
    const QString location = m_central.database().path();
    auto read = [this, place, location, language, view, q = *asked, csv,
                    officer = session->officer, csrf = session->csrfToken]() {
        QString readWhy;
        const std::optional<AreaReport::Source> source
            = AreaReportStore::readAt(location, q.from, q.to, &readWhy);
        auto report = std::make_shared<std::optional<AreaReport>>();
        auto everywhere = std::make_shared<std::optional<AreaReport>>();
        if (source) {
            *report = AreaReport::compute(q.from, q.to, *source, q.province, q.amphoe);
            *everywhere = AreaReport::compute(q.from, q.to, *source);
        }
        return std::function<void()>([this, place, language, view, q, officer, csrf, report,
                                          everywhere, readWhy, csv] {
            if (!*report) {
                qCWarning(lcDesk) << "area e-report not read:" << readWhy;
                ConnectionAnswers::fill(place,
                    page(language,
                        view.messagePage(&officer, csrf,
                            view.t(QT_TRANSLATE_NOOP("saduak::DeskView", "Try again later")),
                            view.t(QT_TRANSLATE_NOOP("saduak::DeskView",
                                "Central cannot reach its database. Nothing was changed."))),
                        503));
                return;
            }
            if (csv) {
                // The same file a branch's token gets at /v1/area-report?format=csv, names in
                // the page's language.
                QHttpServerResponse answer(
                    "text/csv; charset=utf-8"_ba, (*report)->toCsv(view.language()));
                answer.setHeader("Content-Disposition"_ba,
                    "attachment; filename=\"area-report-"_ba
                        + (q.isDay ? q.from.toString(Qt::ISODate) : q.monthText()).toLatin1()
                        + ".csv\""_ba);
                answer.setHeader("Cache-Control"_ba, "no-store"_ba);
                answer.setHeader("X-Content-Type-Options"_ba, "nosniff"_ba);
                ConnectionAnswers::fill(place, std::move(answer));
                return;
            }
            ConnectionAnswers::fill(place,
                page(language,
                    AreaReportView(view).page(officer, csrf, q, &**report, &**everywhere, {}),
                    200));
        });
    };
    if (m_offLoop)
        m_offLoop(std::move(read));
    else
        read()();
}

QHttpServerResponse DeskPages::unavailable(
    const QHttpServerRequest &request, const DeskView &view, const DeskSession *session) const
{
    // Every page that cannot read or write its data ends here (its cause logged already).
    if (m_recovery)
        m_recovery->noteFailure(u"a desk page's statement failed"_s);
    return page(request,
        view.messagePage(session ? &session->officer : nullptr,
            session ? session->csrfToken : QString(),
            view.t(QT_TRANSLATE_NOOP("saduak::DeskView", "Try again later")),
            view.t(QT_TRANSLATE_NOOP(
                "saduak::DeskView", "Central cannot reach its database. Nothing was changed."))),
        503);
}

QHttpServerResponse DeskPages::formRefused(
    const QHttpServerRequest &request, const DeskView &view, const DeskSession &session) const
{
    return page(request,
        view.messagePage(&session.officer, session.csrfToken,
            view.t(QT_TRANSLATE_NOOP("saduak::DeskView", "Form refused")),
            view.t(QT_TRANSLATE_NOOP("saduak::DeskView",
                "This form did not come from a page of this session. Nothing was changed: open "
                "the page again."))),
        403);
}

} // namespace saduak
