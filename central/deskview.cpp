#include "deskview.h"

#include "complaintstore.h"
#include "deskaccounts.h"

#include <domain/bangkoktime.h>
#include <domain/translatabletext.h>

#include <QJsonArray>
#include <QTranslator>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

using complaints::ComplaintAction;

// Inline and small: the desk has no files to serve, and the Content-Security-Policy allows no
// script at all. Overdue is said in words; the colour only repeats it.
constexpr auto kStyle = R"(
body{font-family:"Noto Sans Thai","Noto Sans",sans-serif;margin:0;color:#1a1a1a;background:#f6f6f4}
header{background:#23395d;color:#fff;padding:.5em 1em;display:flex;gap:1em;align-items:center;flex-wrap:wrap}
header a{color:#fff} header .who{margin-left:auto} header form{display:inline}
main{padding:1em;max-width:70em}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#e8ecf2}
tr.overdue td{background:#fff1ee}
.overdue-mark{font-weight:bold;color:#a40000}
.refusal{border:2px solid #a40000;background:#fff1ee;padding:.4em;margin:.3em 0}
.message{border:1px solid #23395d;background:#eef2f8;padding:.4em}
form.filter{display:flex;gap:1em;flex-wrap:wrap;align-items:end;margin-bottom:1em}
form.filter label,fieldset label{display:flex;flex-direction:column}
fieldset{background:#fff;margin:.5em 0;border:1px solid #bbb}
dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em;background:#fff;padding:.5em}
dt{font-weight:bold} dd{margin:0;white-space:pre-wrap}
.text{white-space:pre-wrap;background:#fff;padding:.5em;border:1px solid #ccc}
textarea{width:30em;max-width:100%}
ul.attachments{list-style:none;padding:0}
ul.attachments li{background:#fff;border:1px solid #ccc;padding:.4em;margin:.3em 0}
ul.attachments img{display:block;max-width:min(100%,32em);max-height:24em;margin-top:.3em}
.pending{font-style:italic;color:#6b4e00}
td.number{text-align:right;font-variant-numeric:tabular-nums}
tr.province th,tr.province td{background:#dde4ee;font-weight:bold}
tr.amphoe th,tr.amphoe td{background:#eef2f7;font-weight:bold}
tr.branch th{font-weight:normal;padding-left:2em}
tfoot th,tfoot td{font-weight:bold;border-top:2px solid #23395d;background:#fff}
.level{font-size:.85em;font-weight:normal;color:#3a3a3a}
caption{text-align:left;font-weight:bold;padding:.4em 0}
.note{color:#3a3a3a;max-width:60em}
label.period span{display:flex;gap:.3em;align-items:center}
)";

QString attr(const QString &value)
{
    return DeskView::escape(value);
}

QString complaintHref(const QString &number)
{
    return u"/desk/complaint/"_s + QString::fromLatin1(QUrl::toPercentEncoding(number));
}

QString attachmentPath(const QString &number, const QString &sha256)
{
    return u"/desk/complaint/"_s + QString::fromLatin1(QUrl::toPercentEncoding(number))
        + u"/attachments/"_s + QString::fromLatin1(QUrl::toPercentEncoding(sha256));
}

// The fields an action needs beside the note (core's ChangeRequest).
bool needsNote(ComplaintAction action)
{
    switch (action) {
    case ComplaintAction::Reject:
    case ComplaintAction::OutOfJurisdiction:
    case ComplaintAction::AskInformation:
    case ComplaintAction::Resolve:
    case ComplaintAction::Close:
    case ComplaintAction::Reopen:
        return true;
    default:
        return false;
    }
}

} // namespace

DeskView::DeskView(Language language, const QTranslator *thai) : m_language(language), m_thai(thai)
{ }

QString DeskView::t(const char *source) const
{
    if (m_language == Language::Thai && m_thai) {
        const QString thai = m_thai->translate("saduak::DeskView", source);
        if (!thai.isEmpty())
            return thai;
    }
    return QString::fromUtf8(source);
}

QString DeskView::t(const char *context, const char *source) const
{
    if (m_language == Language::Thai && m_thai) {
        const QString thai = m_thai->translate(context, source);
        if (!thai.isEmpty())
            return thai;
    }
    return QString::fromUtf8(source);
}

QString DeskView::text(const TranslatableText &text) const
{
    // TranslatableText::toString() uses the process's translation; a page has its own language,
    // so the sentence is put together here from its parts.
    const std::function<QString(const QJsonObject &)> render = [&](const QJsonObject &json) {
        const QByteArray context = json.value(u"context"_s).toString().toUtf8();
        const QByteArray source = json.value(u"source"_s).toString().toUtf8();
        QString out;
        if (m_language == Language::Thai && m_thai)
            out = m_thai->translate(context.constData(), source.constData());
        if (out.isEmpty())
            out = QString::fromUtf8(source);
        for (const QJsonValue &arg : json.value(u"args"_s).toArray()) {
            if (arg.isObject() && arg.toObject().contains(u"source"_s))
                out = out.arg(render(arg.toObject()));
            else if (arg.isObject())
                out = out.arg(name(arg.toObject(), {}));
            else if (arg.isDouble())
                out = out.arg(arg.toInteger());
            else
                out = out.arg(arg.toString());
        }
        return out;
    };
    return text.isEmpty() ? QString() : render(text.toJson());
}

QString DeskView::name(const QJsonObject &bilingual, const QString &fallback) const
{
    const QString named
        = bilingual.value(m_language == Language::Thai ? u"th"_s : u"en"_s).toString();
    return named.isEmpty() ? fallback : named;
}

QString DeskView::dateTime(qint64 utcMs) const
{
    return BangkokTime::formatDateTime(utcMs, m_language);
}

QString DeskView::document(const QString &title, const QString &body, const DeskOfficer *officer,
    const QString &csrf, const QUrlQuery &keep) const
{
    QString header
        = u"<header><strong>"_s + escape(t(QT_TR_NOOP("Saduak complaint desk"))) + u"</strong>"_s;
    if (officer) {
        header += u"<a href=\"/desk/\">"_s + escape(t(QT_TR_NOOP("Complaints"))) + u"</a>"_s;
        header += u"<a href=\"/desk/area-report\">"_s + escape(t(QT_TR_NOOP("Area e-report")))
            + u"</a>"_s;
        header += u"<span class=\"who\">"_s + escape(officer->displayName);
        if (!officer->agency.isEmpty())
            header += u" ("_s + escape(officer->agency) + u')';
        header += u"</span><form method=\"post\" action=\"/desk/logout\">"
                  "<input type=\"hidden\" name=\"csrf\" value=\""_s
            + attr(csrf) + u"\"><button type=\"submit\">"_s + escape(t(QT_TR_NOOP("Log out")))
            + u"</button></form>"_s;
    }
    // The language links keep the page; the choice is kept in a cookie from then on.
    const QString kept = keep.isEmpty() ? QString() : keep.toString(QUrl::FullyEncoded) + u'&';
    header += QString(officer ? u""_s : u"<span class=\"who\"></span>"_s)
        + u"<nav><a href=\"?"_s + attr(kept) + u"lang=th\" lang=\"th\" id=\"lang-th\">ไทย</a> · "
          "<a href=\"?"_s + attr(kept) + u"lang=en\" lang=\"en\" id=\"lang-en\">English</a></nav></header>"_s;
    return u"<!DOCTYPE html>\n<html lang=\""_s + (m_language == Language::Thai ? u"th"_s : u"en"_s)
        + u"\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
          "content=\"width=device-width, initial-scale=1\"><title>"_s
        + escape(title) + u"</title><style>"_s + QString::fromLatin1(kStyle)
        + u"</style></head><body>"_s + header + u"<main>"_s + body + u"</main></body></html>\n"_s;
}

QString DeskView::logInPage(
    const QString &message, const QString &userName, const QString &csrf) const
{
    QString body = u"<h1>"_s + escape(t(QT_TR_NOOP("Log in"))) + u"</h1>"_s;
    if (!message.isEmpty())
        body += u"<p class=\"refusal\" role=\"alert\" id=\"login-refusal\">"_s + escape(message)
            + u"</p>"_s;
    body += u"<form method=\"post\" action=\"/desk/login\"><input type=\"hidden\" name=\"csrf\" "
            "value=\""_s
        + attr(csrf) + u"\"><fieldset><label>"_s
        + escape(t(QT_TR_NOOP("User name")))
        + u"<input name=\"user\" id=\"user\" autocomplete=\"username\" value=\""_s + attr(userName)
        + u"\"></label><label>"_s + escape(t(QT_TR_NOOP("Password")))
        + u"<input type=\"password\" name=\"password\" id=\"password\" "
          "autocomplete=\"current-password\"></label><button type=\"submit\" id=\"login\">"_s
        + escape(t(QT_TR_NOOP("Log in"))) + u"</button></fieldset></form>"_s;
    return document(t(QT_TR_NOOP("Log in")), body, nullptr, {});
}

QString DeskView::messagePage(const DeskOfficer *officer, const QString &csrf, const QString &title,
    const QString &message) const
{
    return document(title,
        u"<h1>"_s + escape(title) + u"</h1><p class=\"refusal\" role=\"alert\">"_s + escape(message)
            + u"</p><p><a href=\"/desk/\">"_s + escape(t(QT_TR_NOOP("Back to the list")))
            + u"</a></p>"_s,
        officer, csrf);
}

QString DeskView::select(const QString &name, const QString &label, const QList<Choice> &choices,
    const QString &chosen, const QString &anyLabel) const
{
    QString out = u"<label>"_s + escape(label) + u"<select name=\""_s + attr(name) + u"\" id=\""_s
        + attr(name) + u"\">"_s;
    if (!anyLabel.isNull())
        out += u"<option value=\"\">"_s + escape(anyLabel) + u"</option>"_s;
    for (const Choice &choice : choices)
        out += u"<option value=\""_s + attr(choice.value) + u'"'
            + (choice.value == chosen ? u" selected"_s : QString()) + u'>' + escape(choice.label)
            + u"</option>"_s;
    return out + u"</select></label>"_s;
}

QString DeskView::listPage(const DeskOfficer &officer, const QString &csrf,
    const ListFilter &filter, const QList<ListRow> &rows, bool more,
    const QList<Choice> &categories, const QList<Choice> &branches,
    const QList<Choice> &provinces) const
{
    QList<Choice> states;
    for (const complaints::ComplaintState state : complaints::allComplaintStates())
        states.append({complaints::toString(state), text(complaints::displayText(state))});
    const QString any = t(QT_TR_NOOP("All"));
    QString body = u"<h1>"_s + escape(t(QT_TR_NOOP("Complaints"))) + u"</h1>"_s;
    body += u"<form class=\"filter\" method=\"get\" action=\"/desk/\">"_s
        + select(u"state"_s, t(QT_TR_NOOP("State")), states, filter.state, any)
        + select(u"category"_s, t(QT_TR_NOOP("Category")), categories, filter.category, any)
        + select(u"branch"_s, t(QT_TR_NOOP("Branch")), branches, filter.branch, any)
        + select(u"province"_s, t(QT_TR_NOOP("Province")), provinces, filter.province, any)
        + u"<button type=\"submit\" id=\"filter\">"_s + escape(t(QT_TR_NOOP("Show")))
        + u"</button></form>"_s;
    if (rows.isEmpty()) {
        body += u"<p class=\"message\">"_s + escape(t(QT_TR_NOOP("No complaint matches.")))
            + u"</p>"_s;
    } else {
        body += u"<table id=\"complaints\"><thead><tr><th>"_s
            + escape(t(QT_TR_NOOP("Tracking number"))) + u"</th><th>"_s
            + escape(t(QT_TR_NOOP("State"))) + u"</th><th>"_s + escape(t(QT_TR_NOOP("Category")))
            + u"</th><th>"_s + escape(t(QT_TR_NOOP("Branch"))) + u"</th><th>"_s
            + escape(t(QT_TR_NOOP("Province"))) + u"</th><th>"_s + escape(t(QT_TR_NOOP("Filed")))
            + u"</th><th>"_s + escape(t(QT_TR_NOOP("Due"))) + u"</th></tr></thead><tbody>"_s;
        for (const ListRow &row : rows) {
            const CentralComplaint &c = *row.complaint;
            body += QString(c.overdue ? u"<tr class=\"overdue\">"_s : u"<tr>"_s)
                + u"<td><a href=\""_s + attr(complaintHref(c.trackingNumber)) + u"\">"_s
                + escape(c.trackingNumber) + u"</a></td><td>"_s
                + escape(text(complaints::displayText(c.state))) + u"</td><td>"_s
                + escape(row.category) + u"</td><td>"_s + escape(c.branchCode) + u"</td><td>"_s
                + escape(row.province) + u"</td><td>"_s + escape(dateTime(c.filedAtMs))
                + u"</td><td>"_s + escape(dateTime(c.dueAtMs));
            if (c.overdue)
                body += u" <span class=\"overdue-mark\">"_s + escape(t(QT_TR_NOOP("Overdue")))
                    + u"</span>"_s;
            body += u"</td></tr>"_s;
        }
        body += u"</tbody></table>"_s;
    }
    // Paging keeps the filter.
    QUrlQuery query;
    for (const auto &[key, value] :
        {std::pair {u"state"_s, filter.state}, {u"category"_s, filter.category},
            {u"branch"_s, filter.branch}, {u"province"_s, filter.province}})
        if (!value.isEmpty())
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    const auto pageHref = [&](int page) -> QString {
        QUrlQuery q = query;
        q.addQueryItem(u"page"_s, QString::number(page));
        return u"/desk/?"_s + q.toString(QUrl::FullyEncoded);
    };
    body += u"<p>"_s;
    if (filter.page > 1)
        body += u"<a href=\""_s + attr(pageHref(filter.page - 1)) + u"\" rel=\"prev\">"_s
            + escape(t(QT_TR_NOOP("Previous page"))) + u"</a> "_s;
    body += escape(t(QT_TR_NOOP("Page %1")).arg(filter.page));
    if (more)
        body += u" <a href=\""_s + attr(pageHref(filter.page + 1)) + u"\" rel=\"next\">"_s
            + escape(t(QT_TR_NOOP("Next page"))) + u"</a>"_s;
    body += u"</p>"_s;
    return document(t(QT_TR_NOOP("Complaints")), body, &officer, csrf);
}

QString DeskView::actionForm(const QString &number, const QString &csrf, ComplaintAction action,
    const QList<Choice> &categories, const Refusal &refusal) const
{
    const QString name = complaints::toString(action);
    const bool refused = refusal.action == name;
    const auto typed
        = [&](const QString &field) { return refused ? refusal.typed.value(field) : QString(); };
    // The fragment brings a refusal, shown beside this form, into view without a script.
    QString out = u"<form method=\"post\" action=\""_s
        + attr(complaintHref(number) + u"#form-"_s + name) + u"\" id=\"form-"_s + attr(name)
        + u"\"><fieldset><legend>"_s + escape(text(complaints::displayText(action)))
        + u"</legend>"_s + u"<input type=\"hidden\" name=\"csrf\" value=\""_s + attr(csrf)
        + u"\">"_s + u"<input type=\"hidden\" name=\"action\" value=\""_s + attr(name) + u"\">"_s;
    if (refused)
        out += u"<p class=\"refusal\" role=\"alert\" id=\"refusal\">"_s + escape(refusal.message)
            + u"</p>"_s;
    if (action == ComplaintAction::Register)
        out += select(u"category"_s, t(QT_TR_NOOP("Category")), categories,
            refused ? typed(u"category"_s) : QString(), QString());
    if (action == ComplaintAction::Forward)
        out += u"<label>"_s + escape(t(QT_TR_NOOP("Responsible agency")))
            + u"<input name=\"agency\" value=\""_s + attr(typed(u"agency"_s)) + u"\"></label>"_s;
    if (action == ComplaintAction::MarkDuplicate)
        out += u"<label>"_s + escape(t(QT_TR_NOOP("Tracking number of the original")))
            + u"<input name=\"duplicateOf\" value=\""_s + attr(typed(u"duplicateOf"_s))
            + u"\"></label>"_s;
    out += u"<label>"_s
        + escape(needsNote(action) ? t(QT_TR_NOOP("Note (needed; every branch shows it to the "
                                                  "complainant: no names or contact details)"))
                                   : t(QT_TR_NOOP("Note (every branch shows it to the "
                                                  "complainant: no names or contact details)")))
        + u"<textarea name=\"note\" rows=\"2\">"_s + escape(typed(u"note"_s))
        + u"</textarea></label><button type=\"submit\">"_s
        + escape(text(complaints::displayText(action))) + u"</button></fieldset></form>"_s;
    return out;
}

QString DeskView::attachmentHref(const QString &number, const QString &sha256)
{
    return attachmentPath(number, sha256);
}

QString DeskView::attachments(
    const QString &number, const QList<ComplaintDetails::Attachment> &files) const
{
    if (files.isEmpty())
        return {};
    QString out = u"<section id=\"attachments\"><h2>"_s + escape(t(QT_TR_NOOP("Attachments")))
        + u"</h2><ul class=\"attachments\">"_s;
    for (const ComplaintDetails::Attachment &file : files) {
        QString type = file.type;
        if (file.type == u"image/jpeg"_s)
            type = t(QT_TR_NOOP("JPEG photo"));
        else if (file.type == u"image/png"_s)
            type = t(QT_TR_NOOP("PNG image"));
        else if (file.type == u"application/pdf"_s)
            type = t(QT_TR_NOOP("PDF document"));
        // Binary units, as a file manager shows them; never "0 KB" for a small file.
        constexpr qint64 kib = 1024, mib = 1024 * 1024;
        const QString size = file.size < mib
            ? t(QT_TR_NOOP("%1 KB")).arg((file.size + kib - 1) / kib)
            : t(QT_TR_NOOP("%1 MB")).arg(double(file.size) / mib, 0, 'f', 1);
        const QString name = file.name.isEmpty() ? file.sha256.left(12) : file.name;
        const QString href = attr(attachmentHref(number, file.sha256));
        out += u"<li data-sha256=\""_s + attr(file.sha256) + u"\">"_s;
        if (file.arrived)
            out += u"<a href=\""_s + href + u"\">"_s + escape(name) + u"</a>"_s;
        else
            out += escape(name);
        out += u" — "_s + escape(type) + u", "_s + escape(size);
        if (!file.arrived)
            out += u" — <span class=\"pending\">"_s
                + escape(t(QT_TR_NOOP("not arrived yet: the branch is still sending it")))
                + u"</span>"_s;
        else if (file.type.startsWith(u"image/"_s))
            out += u"<a href=\""_s + href + u"\"><img src=\""_s + href + u"\" alt=\""_s + attr(name)
                + u"\"></a>"_s;
        out += u"</li>"_s;
    }
    return out + u"</ul></section>"_s;
}

QString DeskView::complaintPage(const DeskOfficer &officer, const QString &csrf,
    const ComplaintDetails &details, const Refusal &refusal) const
{
    const CentralComplaint &c = *details.complaint;
    const auto row = [](const QString &label, const QString &value) -> QString {
        return u"<dt>"_s + escape(label) + u"</dt><dd>"_s + escape(value) + u"</dd>"_s;
    };
    QString body = u"<p><a href=\"/desk/\">"_s + escape(t(QT_TR_NOOP("Back to the list")))
        + u"</a></p><h1>"_s + escape(t(QT_TR_NOOP("Complaint %1")).arg(c.trackingNumber))
        + u"</h1><dl>"_s;
    body += u"<dt>"_s + escape(t(QT_TR_NOOP("State"))) + u"</dt><dd id=\"state\">"_s
        + escape(text(complaints::displayText(c.state))) + u"</dd>"_s;
    body += row(t(QT_TR_NOOP("Category")), details.category);
    body += row(t(QT_TR_NOOP("Area")),
        QStringList {details.tambon, details.amphoe, details.province}.join(u", "_s));
    body += row(t(QT_TR_NOOP("Branch")), c.branchCode);
    body += row(t(QT_TR_NOOP("Filed")), dateTime(c.filedAtMs));
    body += u"<dt>"_s + escape(t(QT_TR_NOOP("Due"))) + u"</dt><dd>"_s + escape(dateTime(c.dueAtMs))
        + (c.overdue ? u" <span class=\"overdue-mark\">"_s + escape(t(QT_TR_NOOP("Overdue")))
                    + u"</span>"_s
                     : QString())
        + u"</dd>"_s;
    if (!c.agency.isEmpty())
        body += row(t(QT_TR_NOOP("Responsible agency")), c.agency);
    if (!c.duplicateOf.isEmpty())
        body += row(t(QT_TR_NOOP("Duplicate of")), c.duplicateOf);
    if (c.reopenCount > 0)
        body += row(t(QT_TR_NOOP("Reopened")), QString::number(c.reopenCount));
    body += u"</dl>"_s;

    // What the complainant wrote and who they are: read through central's key for this page.
    const QJsonObject &filed = details.filed;
    body += u"<h2>"_s + escape(t(QT_TR_NOOP("Subject")))
        + u"</h2><p class=\"text\" id=\"subject\">"_s + escape(filed.value(u"subject"_s).toString())
        + u"</p><h2>"_s + escape(t(QT_TR_NOOP("Description")))
        + u"</h2><p class=\"text\" id=\"description\">"_s
        + escape(filed.value(u"description"_s).toString()) + u"</p>"_s;
    body += u"<h2>"_s + escape(t(QT_TR_NOOP("Complainant"))) + u"</h2><dl id=\"complainant\">"_s;
    const QJsonObject person = filed.value(u"complainant"_s).toObject();
    if (person.isEmpty()) {
        body += row(t(QT_TR_NOOP("Name")), t(QT_TR_NOOP("Not given (anonymous)")));
    } else {
        body += row(t(QT_TR_NOOP("Name")),
            QStringList {
                person.value(u"prefix"_s).toString() + person.value(u"firstName"_s).toString(),
                person.value(u"lastName"_s).toString()}
                .join(u' ')
                .trimmed());
        body += row(t(QT_TR_NOOP("Citizen ID")), person.value(u"citizenId"_s).toString());
    }
    const QJsonObject contact = filed.value(u"contact"_s).toObject();
    if (!contact.value(u"phone"_s).toString().isEmpty())
        body += row(t(QT_TR_NOOP("Phone")), contact.value(u"phone"_s).toString());
    if (!contact.value(u"email"_s).toString().isEmpty())
        body += row(t(QT_TR_NOOP("E-mail")), contact.value(u"email"_s).toString());
    const QJsonObject location = filed.value(u"location"_s).toObject();
    if (!location.isEmpty())
        body += row(t(QT_TR_NOOP("Location")),
            QString::number(location.value(u"latitude"_s).toDouble(), 'f', 5) + u", "_s
                + QString::number(location.value(u"longitude"_s).toDouble(), 'f', 5));
    body += u"</dl>"_s;
    body += attachments(c.trackingNumber, details.attachments);

    body += u"<h2>"_s + escape(t(QT_TR_NOOP("History")))
        + u"</h2><table id=\"history\"><thead><tr><th>"_s + escape(t(QT_TR_NOOP("Time")))
        + u"</th><th>"_s + escape(t(QT_TR_NOOP("By"))) + u"</th><th>"_s
        + escape(t(QT_TR_NOOP("Action"))) + u"</th><th>"_s + escape(t(QT_TR_NOOP("State")))
        + u"</th><th>"_s + escape(t(QT_TR_NOOP("Note"))) + u"</th></tr></thead><tbody>"_s;
    for (const ComplaintHistoryEntry &entry : c.history) {
        const auto action = complaints::complaintActionFromString(entry.action);
        body += u"<tr><td>"_s + escape(dateTime(entry.atMs)) + u"</td><td>"_s + escape(entry.actor)
            + u"</td><td>"_s
            + escape(action ? text(complaints::displayText(*action))
                            : t(QT_TR_NOOP("Filed at the branch")))
            + u"</td><td>"_s + escape(text(complaints::displayText(entry.state))) + u"</td><td>"_s
            + escape(entry.note) + u"</td></tr>"_s;
    }
    body += u"</tbody></table>"_s;

    body += u"<h2>"_s + escape(t(QT_TR_NOOP("Change the state"))) + u"</h2>"_s;
    const QList<ComplaintAction> actions = complaints::allowedActions(c.state);
    if (actions.isEmpty())
        body += u"<p class=\"message\">"_s
            + escape(t(QT_TR_NOOP("No action is possible in this state."))) + u"</p>"_s;
    // A refusal of an action the state no longer offers (someone else moved it) stands alone.
    const auto refusedAction = complaints::complaintActionFromString(refusal.action);
    if (!refusal.message.isEmpty() && !(refusedAction && actions.contains(*refusedAction)))
        body += u"<p class=\"refusal\" role=\"alert\" id=\"refusal\">"_s + escape(refusal.message)
            + u"</p>"_s;
    for (const ComplaintAction action : actions)
        body += actionForm(c.trackingNumber, csrf, action, details.categories, refusal);
    return document(t(QT_TR_NOOP("Complaint %1")).arg(c.trackingNumber), body, &officer, csrf);
}

} // namespace saduak
