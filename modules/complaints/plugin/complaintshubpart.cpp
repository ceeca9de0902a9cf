#include "complaintshubpart.h"

#include "attachmentintake.h"
#include "complaintreference.h"
#include "complaintstore.h"
#include "complaintview.h"

#include <attachmentrule.h>
#include <complaintform.h>
#include <complaintworkflow.h>
#include <trackingnumber.h>

#include <domain/bangkoktime.h>
#include <sdk/modulecontext.h>

#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

namespace {

constexpr auto kBranchCodeKey = "branchCode";
const QString kBranchCodeSetting = u"modules/complaints/branchCode"_s;
const QString kCategories = u"complaint-categories"_s;
const QString kAreas = u"admin-areas"_s;
const QString kStatus = u"complaint-status"_s;

TranslatableText hubText(const char *source)
{
    return TranslatableText("saduak::complaints::ComplaintsHubPart", source);
}

CommandResult storageFailed(HubModuleContext *context, const QString &what, const QString &why)
{
    qCWarning(context->log()).noquote() << what << "failed:" << why;
    return CommandResult::refused(u"storage"_s,
        hubText(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintsHubPart",
            "The branch hub could not read or save the complaint, so nothing was changed. "
            "Please try again.")));
}

// The screen a request came from. A kiosk or a counter device is what it was paired as. A
// supervisor device may be every screen of a one-PC branch (the embedded hub calls as
// supervisor), so there the desk part's own word ("channel") says whether its kiosk page asked.
bool fromKiosk(const CommandRequest &request)
{
    if (request.caller.role == DeviceRole::Kiosk)
        return true;
    return request.caller.role == DeviceRole::Supervisor
        && request.params.value(u"channel"_s).toString() == u"kiosk"_s;
}

// The complainant as filed, only the fields the README names (nothing a client added besides).
QJsonValue complainantOf(const QJsonObject &params)
{
    if (!params.contains(u"complainant"_s))
        return QJsonValue::Null;
    const QJsonObject filed = params.value(u"complainant"_s).toObject();
    QJsonObject complainant;
    for (const QString &key : {u"citizenId"_s, u"prefix"_s, u"firstName"_s, u"lastName"_s})
        complainant.insert(key, filed.value(key).toString().trimmed());
    return complainant;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// How long a text field may be in the message: the form check (ComplaintFormCheck) is the rule,
// and it counts after trimming, as the hub keeps the text. The field's limit only keeps an
// oversized message out, with room for the spaces a pasted text brings around one that fits.
constexpr int transportLimit(int rule)
{
    return 4 * rule;
}

// The area a complaint is about must be one of the admin-areas data set, each level inside the
// one above (the codes alone may be well formed and still name no place, or places apart).
bool areaExists(
    ModuleTransaction &tx, const QString &province, const QString &amphoe, const QString &tambon)
{
    const ComplaintReference areas(tx, kAreas);
    const auto p = areas.item(u"p"_s + province);
    const auto d = areas.item(u"d"_s + amphoe);
    const auto t = areas.item(u"t"_s + tambon);
    return p && d && t && d->value(u"parent"_s).toString() == province
        && t->value(u"parent"_s).toString() == amphoe;
}

} // namespace

bool ComplaintsHubPart::initialize(HubModuleContext *context, QString *why)
{
    m_context = context;
    using Type = CommandField::Type;
    const QString code = context->settings()->value(QString::fromLatin1(kBranchCodeKey)).toString();
    if (!TrackingNumber::isValidBranchCode(code))
        qCWarning(context->log()).noquote()
            << "the setting" << kBranchCodeSetting << "is not a branch code (" << code
            << "): complaints are refused until it holds the code the branch was enrolled with";

    CommandSpec file;
    file.name = u"file"_s;
    file.roles = {DeviceRole::Kiosk, DeviceRole::Counter};
    file.fields = {{u"category"_s, Type::String, true, 40},
        {u"subject"_s, Type::String, true, transportLimit(ComplaintFormCheck::maxSubjectLength)},
        {u"description"_s, Type::String, true,
            transportLimit(ComplaintFormCheck::maxDescriptionLength)},
        {u"province"_s, Type::String, true, 10}, {u"amphoe"_s, Type::String, true, 10},
        {u"tambon"_s, Type::String, true, 10}, {u"latitude"_s, Type::Number, false},
        {u"longitude"_s, Type::Number, false}, {u"complainant"_s, Type::Object, false},
        {u"phone"_s, Type::String, false, 40},
        {u"email"_s, Type::String, false, transportLimit(ComplaintFormCheck::maxEmailLength)},
        {u"privacyAcknowledged"_s, Type::Boolean, false}, {u"channel"_s, Type::String, false, 10},
        {u"attachments"_s, Type::Array, false}};
    file.summary = u"file a complaint: its tracking number, sent to central"_s;
    file.handler
        = [this](ModuleTransaction &tx, const CommandRequest &r) { return this->file(tx, r); };

    // One chunk of a photo or a PDF for a complaint about to be filed (README.md, "Attachments").
    // The file's type is "mediaType": "type" is the message's own (docs/hub-protocol.md). The
    // data's limit is the base64 of one chunk; a longer message is badRequest at the door.
    CommandSpec attach;
    attach.name = u"attach"_s;
    attach.roles = {DeviceRole::Counter};
    attach.fields = {{u"sha256"_s, Type::String, true, 64}, {u"size"_s, Type::Integer, true},
        {u"mediaType"_s, Type::String, true, 40}, {u"offset"_s, Type::Integer, true},
        {u"data"_s, Type::String, true, int((AttachmentRule::chunkBytes + 2) / 3 * 4)}};
    attach.summary = u"one chunk of a complaint's attachment, stored once per SHA-256"_s;
    attach.handler = [this](ModuleTransaction &tx, const CommandRequest &r) {
        return AttachmentIntake(tx, m_context->log()).receive(r, m_damagedStagings);
    };

    CommandSpec lookup;
    lookup.name = u"lookup"_s;
    lookup.kind = CommandSpec::Kind::Query;
    lookup.roles = {DeviceRole::Kiosk, DeviceRole::Counter};
    lookup.fields = {{u"trackingNumber"_s, Type::String, true, 200}, // as scanned or typed
        {u"channel"_s, Type::String, false, 10}};
    lookup.summary = u"where a complaint stands (this branch's or central's)"_s;
    lookup.handler
        = [this](ModuleTransaction &tx, const CommandRequest &r) { return this->lookup(tx, r); };

    CommandSpec list;
    list.name = u"list"_s;
    list.kind = CommandSpec::Kind::Query;
    list.roles = {DeviceRole::Counter};
    list.fields = {{u"limit"_s, Type::Integer, false}};
    list.summary = u"this branch's complaints, overdue first, then newest"_s;
    list.handler
        = [this](ModuleTransaction &tx, const CommandRequest &r) { return this->list(tx, r); };

    CommandSpec categories;
    categories.name = u"categories"_s;
    categories.kind = CommandSpec::Kind::Query;
    categories.roles = {DeviceRole::Kiosk, DeviceRole::Counter};
    categories.summary = u"the complaint categories (complaint-categories)"_s;
    categories.handler = &ComplaintsHubPart::categories;

    CommandSpec areas;
    areas.name = u"areas"_s;
    areas.kind = CommandSpec::Kind::Query;
    areas.roles = {DeviceRole::Kiosk, DeviceRole::Counter};
    areas.fields = {{u"parent"_s, Type::String, false, 10}};
    areas.summary = u"provinces, or the amphoes or tambons of one (admin-areas)"_s;
    areas.handler = &ComplaintsHubPart::areas;

    for (const CommandSpec *spec : {&file, &attach, &lookup, &list, &categories, &areas})
        if (!context->registerCommand(*spec, why))
            return false;
    return true;
}

CommandResult ComplaintsHubPart::file(ModuleTransaction &tx, const CommandRequest &request)
{
    const QJsonObject &m = request.params;
    const QString branchCode
        = m_context->settings()->value(QString::fromLatin1(kBranchCodeKey)).toString().trimmed();
    if (branchCode.isEmpty())
        return CommandResult::refused(u"notConfigured"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintsHubPart",
                        "This branch has no branch code for complaints yet (the hub's setting "
                        "%1), so no complaint can be filed. Please call support."))
                .arg(kBranchCodeSetting));
    if (!TrackingNumber::isValidBranchCode(branchCode))
        return CommandResult::refused(u"notConfigured"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintsHubPart",
                        "The branch code for complaints (the hub's setting %1) is \"%2\", which is "
                        "not a branch code (1 to 8 capital letters A-Z and digits), so no "
                        "complaint can be filed. Please call support."))
                .arg(kBranchCodeSetting)
                .arg(branchCode));

    const QList<FormProblem> problems = ComplaintFormCheck::check(m);
    if (!problems.isEmpty())
        return CommandResult::refused(u"invalidField"_s, problems.first().text);

    const QString category = m.value(u"category"_s).toString().trimmed();
    if (!ComplaintReference(tx, kCategories).item(category))
        return CommandResult::refused(u"unknownCategory"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintsHubPart",
                        "The category \"%1\" is not one of the branch's complaint categories. "
                        "Please choose one from the list."))
                .arg(category));
    // Files come from a counter: citizens at a kiosk have none (README.md, "Attachments").
    if (m.contains(u"attachments"_s) && !m.value(u"attachments"_s).toArray().isEmpty()
        && fromKiosk(request))
        return CommandResult::refused(u"forbidden"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintsHubPart",
                "Files can be attached to a complaint at a counter only, not at a kiosk.")));
    AttachmentIntake intake(tx, m_context->log());
    QString why;
    if (!intake.forgetUntaken(request.atMs, &why))
        return storageFailed(m_context, u"forgetting untaken attachments"_s, why);
    const AttachmentIntake::Picked picked = intake.pick(m.value(u"attachments"_s));
    if (!picked.refusal.isOk())
        return picked.refusal;

    FiledComplaint c;
    c.province = m.value(u"province"_s).toString().trimmed();
    c.amphoe = m.value(u"amphoe"_s).toString().trimmed();
    c.tambon = m.value(u"tambon"_s).toString().trimmed();
    if (!areaExists(tx, c.province, c.amphoe, c.tambon))
        return CommandResult::refused(u"unknownArea"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintsHubPart",
                "The province, amphoe and tambon are not one place in the branch's list of "
                "areas. Please choose them again from the list.")));

    // The day the number carries is the hub's, in Bangkok: every PC of the branch agrees on it.
    const QDate day = BangkokTime::fromUtcMs(request.atMs).date();
    c.filedDay = day.toString(Qt::ISODate);
    ComplaintStore store(tx);
    const std::optional<int> sequence = store.takeSequence(c.filedDay, &why);
    if (!sequence)
        return storageFailed(m_context, u"taking the day's sequence"_s, why);
    if (*sequence == 0)
        return CommandResult::refused(u"dayFull"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintsHubPart",
                "This branch has given out all of today's 9999 complaint numbers. Please file "
                "the complaint tomorrow or at another branch.")));
    const auto number = TrackingNumber::make(branchCode, day, *sequence, &why);
    if (!number) // a clock outside BE 2500-2599: the hub's clock is wrong
        return storageFailed(m_context, u"making the tracking number"_s, why);

    c.trackingNumber = number->text();
    c.daySequence = *sequence;
    c.filedAtMs = request.atMs;
    c.dueAtMs = complaints::dueAtMs(request.atMs);
    c.category = category;
    c.subject = m.value(u"subject"_s).toString().trimmed();
    c.description = m.value(u"description"_s).toString().trimmed();
    if (m.contains(u"latitude"_s) && m.contains(u"longitude"_s)) {
        c.latitude = m.value(u"latitude"_s).toDouble();
        c.longitude = m.value(u"longitude"_s).toDouble();
    }
    c.channel = fromKiosk(request) ? u"kiosk"_s : u"counter"_s;
    c.counterNumber = request.caller.counterNumber;
    c.staff = request.caller.staff;
    c.device = request.caller.deviceName;
    if (!store.insert(c, &why))
        return storageFailed(m_context, u"saving the complaint"_s, why);
    // The attachments' part rows go into the outbox before the complaint's own row.
    if (!intake.file(c.trackingNumber, picked.attachments, request.atMs, &why))
        return storageFailed(m_context, u"filing the complaint's attachments"_s, why);

    const QString phone = m.value(u"phone"_s).toString();
    const QJsonObject record {{u"trackingNumber"_s, c.trackingNumber},
        {u"filedAtMs"_s, double(c.filedAtMs)}, {u"dueAtMs"_s, double(c.dueAtMs)},
        {u"category"_s, c.category}, {u"subject"_s, c.subject}, {u"description"_s, c.description},
        {u"area"_s,
            QJsonObject {
                {u"province"_s, c.province}, {u"amphoe"_s, c.amphoe}, {u"tambon"_s, c.tambon}}},
        {u"location"_s,
            c.latitude ? QJsonValue(
                QJsonObject {{u"latitude"_s, *c.latitude}, {u"longitude"_s, *c.longitude}})
                       : QJsonValue(QJsonValue::Null)},
        {u"complainant"_s, complainantOf(m)},
        {u"contact"_s,
            QJsonObject {
                {u"phone"_s,
                    textOrNull(ComplaintFormCheck::normalizedPhone(phone).value_or(QString()))},
                {u"email"_s, textOrNull(m.value(u"email"_s).toString().trimmed())}}},
        {u"channel"_s, c.channel},
        {u"counter"_s,
            c.counterNumber > 0 ? QJsonValue(c.counterNumber) : QJsonValue(QJsonValue::Null)},
        {u"staff"_s, textOrNull(c.staff)},
        {u"attachments"_s, AttachmentIntake::toJson(picked.attachments)}};
    if (tx.appendOutbox(u"complaint"_s, record, &why).isEmpty())
        return storageFailed(m_context, u"the complaint's outbox row"_s, why);

    // Every screen receives events: the number only, never what the complaint says or who made it.
    m_context->publishEvent(u"filed"_s, {{u"trackingNumber"_s, c.trackingNumber}});
    qCInfo(m_context->log()).noquote() << "filed" << c.trackingNumber << "from" << c.channel;
    QJsonObject answer {{u"trackingNumber"_s, c.trackingNumber},
        {u"filedAtMs"_s, double(c.filedAtMs)}, {u"dueAtMs"_s, double(c.dueAtMs)}};
    if (!fromKiosk(request)) // the file names may be personal: a kiosk's screen is public
        answer.insert(u"attachments"_s, AttachmentIntake::toJson(picked.attachments));
    return CommandResult::ok(answer);
}

CommandResult ComplaintsHubPart::lookup(ModuleTransaction &tx, const CommandRequest &request)
{
    TranslatableText notANumber;
    const QString typed = request.params.value(u"trackingNumber"_s).toString();
    const auto number = TrackingNumber::parse(typed, &notANumber);
    if (!number)
        return CommandResult::refused(u"badTrackingNumber"_s, notANumber);
    const QString text = number->text();
    QString why;
    const std::optional<FiledComplaint> own = ComplaintStore(tx).find(text, &why);
    if (!own && !why.isEmpty())
        return storageFailed(m_context, u"looking up a complaint"_s, why);
    const auto view = ComplaintView::of(own, tx.referenceItem(kStatus, text));
    if (!view)
        return CommandResult::refused(u"notFound"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintsHubPart",
                        "There is no complaint %1, at this branch or from central. Please check "
                        "the number; a complaint filed at another branch shows here once central "
                        "has sent its state."))
                .arg(text));
    QJsonObject answer = view->toJson(request.atMs, !fromKiosk(request));
    if (!fromKiosk(request)) {
        const auto attachments = AttachmentStore(tx).ofComplaint(text, &why);
        if (!attachments)
            return storageFailed(m_context, u"looking up a complaint's attachments"_s, why);
        answer.insert(u"attachments"_s, AttachmentIntake::toJson(*attachments));
    }
    return CommandResult::ok(answer);
}

CommandResult ComplaintsHubPart::list(ModuleTransaction &tx, const CommandRequest &request)
{
    const int limit = request.params.contains(u"limit"_s)
        ? std::clamp(request.params.value(u"limit"_s).toInt(), 1, maxListLimit)
        : defaultListLimit;
    const qint64 now = request.atMs;
    ComplaintStore store(tx);
    QString why;
    // Overdue first: among those whose due time has passed, the ones central has not told the
    // complainant about. Only central's complaint-status says which: years of a branch's
    // complaints are read as one range of that data set per branch code (its keys start with the
    // number's), not one lookup each, which took a second for 10000 on the hub's thread.
    const std::optional<QStringList> due = store.numbersDueBefore(now, &why);
    if (!due)
        return storageFailed(m_context, u"listing complaints"_s, why);
    QHash<QString, ComplaintState> centralStates;
    QSet<QString> prefixesRead;
    QStringList overdue;
    for (const QString &number : *due) {
        if (overdue.size() >= limit)
            break;
        const QString prefix = number.section(u'-', 0, 0) + u'-';
        if (!prefixesRead.contains(prefix)) {
            prefixesRead.insert(prefix);
            for (const ReferenceItem &item :
                tx.referenceItems(kStatus, prefix, std::numeric_limits<int>::max()))
                if (const auto state
                    = complaintStateFromString(item.payload.value(u"state"_s).toString()))
                    centralStates.insert(item.key, *state);
        }
        // The due time is the branch's own (the number's day): central's never differs from it.
        if (!hasToldComplainant(centralStates.value(number, ComplaintState::Received)))
            overdue.append(number);
    }

    QJsonArray complaints;
    for (const QString &number : std::as_const(overdue)) {
        const auto own = store.find(number, &why);
        const auto view = ComplaintView::of(own, tx.referenceItem(kStatus, number));
        if (!own || !view)
            return storageFailed(m_context, u"listing complaints"_s, why);
        complaints.append(view->toJson(now, true, false));
    }
    const auto newest = store.newest(limit + int(overdue.size()), &why);
    if (!newest)
        return storageFailed(m_context, u"listing complaints"_s, why);
    for (const FiledComplaint &c : *newest) {
        if (complaints.size() >= limit)
            break;
        if (overdue.contains(c.trackingNumber))
            continue;
        const auto view = ComplaintView::of(c, tx.referenceItem(kStatus, c.trackingNumber));
        complaints.append(view->toJson(now, true, false));
    }
    return CommandResult::ok({{u"complaints"_s, complaints}});
}

CommandResult ComplaintsHubPart::categories(ModuleTransaction &tx, const CommandRequest &)
{
    // In the order a person reads them (the payload's order: "other" last), not by code; one
    // without an order after the numbered ones, by code (the items come in key order).
    QList<ReferenceItem> items = ComplaintReference(tx, kCategories).items(u""_s);
    const auto rank = [](const ReferenceItem &item) {
        const QJsonValue order = item.payload.value(u"order"_s);
        return order.isDouble() ? order.toDouble() : std::numeric_limits<double>::infinity();
    };
    std::stable_sort(items.begin(), items.end(),
        [&](const ReferenceItem &a, const ReferenceItem &b) { return rank(a) < rank(b); });
    QJsonArray categories;
    for (const ReferenceItem &item : std::as_const(items))
        categories.append(
            QJsonObject {{u"code"_s, item.payload.value(u"code"_s).toString(item.key)},
                {u"th"_s, item.payload.value(u"th"_s).toString()},
                {u"en"_s, item.payload.value(u"en"_s).toString()}});
    return CommandResult::ok({{u"categories"_s, categories}});
}

CommandResult ComplaintsHubPart::areas(ModuleTransaction &tx, const CommandRequest &request)
{
    // The data set's keys put one level of one parent under one prefix (README.md, "Reference
    // data it reads"): p for the provinces, d<province> for its amphoes, t<amphoe> for its tambons.
    const QString parent = request.params.value(u"parent"_s).toString().trimmed();
    QString prefix;
    if (parent.isEmpty())
        prefix = u"p"_s;
    else if (parent.size() == 2)
        prefix = u"d"_s + parent;
    else if (parent.size() == 4)
        prefix = u"t"_s + parent;
    bool digits = true;
    for (QChar ch : parent)
        digits = digits && ch >= u'0' && ch <= u'9';
    if (prefix.isEmpty() || !digits)
        return CommandResult::refused(u"badRequest"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::complaints::ComplaintsHubPart",
                        "\"%1\" is not a province code (2 digits) or an amphoe code (4 digits)."))
                .arg(parent));
    QJsonArray areas;
    for (const ReferenceItem &item : ComplaintReference(tx, kAreas).items(prefix))
        areas.append(QJsonObject {{u"code"_s, item.payload.value(u"code"_s).toString()},
            {u"th"_s, item.payload.value(u"th"_s).toString()},
            {u"en"_s, item.payload.value(u"en"_s).toString()}});
    return CommandResult::ok({{u"areas"_s, areas}});
}

} // namespace saduak::complaints
