#include "complaintintake.h"

#include "ingestrequest.h"

#include <complaintworkflow.h>
#include <trackingnumber.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace saduak {

const QString &ComplaintIntake::kind()
{
    static const QString name = u"complaints.complaint"_s;
    return name;
}

std::optional<FiledComplaint> ComplaintIntake::read(const QByteArray &payload, QString *why)
{
    auto fail = [why](const QString &reason) -> std::optional<FiledComplaint> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const QJsonObject complaint = QJsonDocument::fromJson(payload).object();
    const QJsonValue number = complaint.value(u"trackingNumber"_s);
    if (!number.isString())
        return fail(u"trackingNumber must be a tracking number (text)"_s);
    QString problem;
    const std::optional<complaints::TrackingNumber> parsed
        = complaints::TrackingNumber::parse(number.toString(), &problem);
    if (!parsed)
        return fail(u"trackingNumber is not a tracking number: "_s + problem);
    const QJsonValue filedAt = complaint.value(u"filedAtMs"_s);
    const double filed = filedAt.toDouble(-1);
    if (!filedAt.isDouble() || !std::isfinite(filed) || filed < 0 || std::floor(filed) != filed)
        return fail(u"filedAtMs must be UTC milliseconds (a non-negative integer)"_s);
    // Category and area are the branch's checks at filing; a complaint is never lost at central
    // for them (the desk's register sets the category).
    const QJsonObject area = complaint.value(u"area"_s).toObject();
    FiledComplaint filedComplaint;
    filedComplaint.trackingNumber = parsed->text();
    filedComplaint.branchCode = parsed->branchCode();
    filedComplaint.filedAtMs = qint64(filed);
    filedComplaint.dueAtMs = complaints::dueAtMs(filedComplaint.filedAtMs);
    filedComplaint.category = complaint.value(u"category"_s).toString();
    filedComplaint.provinceCode = area.value(u"province"_s).toString();
    filedComplaint.amphoeCode = area.value(u"amphoe"_s).toString();
    filedComplaint.tambonCode = area.value(u"tambon"_s).toString();
    return filedComplaint;
}

QString ComplaintIntake::numberCode(QStringView branchCode)
{
    QString code;
    for (const QChar c : branchCode) {
        const char16_t u = c.toUpper().unicode();
        if ((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
            code += QChar(u);
    }
    return code;
}

void ComplaintIntake::refuseUnfit(IngestRequest &batch, const QString &branchCode)
{
    const QString own = numberCode(branchCode);
    batch.refuseUnfit(kind(), [&own](const IngestRow &row, QString *why) {
        const std::optional<FiledComplaint> complaint = read(row.payload, why);
        if (complaint && complaint->branchCode != own) {
            *why = u"trackingNumber "_s + complaint->trackingNumber + u" names branch "_s
                + complaint->branchCode + u", not the branch that sent it ("_s + own
                + u"): a branch files complaints with its own code only"_s;
            return false;
        }
        return complaint.has_value();
    });
}

} // namespace saduak
