#include "ereportcommands.h"

#include "ereportsource.h"
#include "longreads.h"

#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHub)

namespace saduak {

namespace {

TranslatableText reportText(const char *source)
{
    return TranslatableText("saduak::EReportCommands", source);
}

} // namespace

EReportCommands::EReportCommands(LongReads &reads, CommandTable &table) : m_reads(reads)
{
    using Type = CommandField::Type;
    HubCommand eReport {u"eReport"_s, {DeviceRole::Supervisor},
        {{u"from"_s, Type::String, true, 10}, {u"to"_s, Type::String, true, 10}}, false,
        u"the e-report of business days from..to (at most 31): per service, counter, officer, "
        "hour"_s,
        [this](const Device &, const QJsonObject &message, const QString &, const StaffMember *) {
            return report(message);
        },
        StaffRole::Supervisor};
    const auto day = [](const QJsonValue &v) { return isDay(v.toString()); };
    QString why;
    if (!table.add(std::move(eReport), {{u"from"_s, day}, {u"to"_s, day}}, &why))
        qCWarning(lcHub) << "eReport not served:" << why;
}

bool EReportCommands::isDay(const QString &text)
{
    // Exactly YYYY-MM-DD: QDate alone also takes "2026-12-6" or a trailing "T10:00".
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

HubReply EReportCommands::report(const QJsonObject &message)
{
    const QString fromText = message.value(u"from"_s).toString();
    const QString toText = message.value(u"to"_s).toString();
    const QDate from = QDate::fromString(fromText, Qt::ISODate);
    const QDate to = QDate::fromString(toText, Qt::ISODate);
    if (to < from || from.daysTo(to) >= EReportSource::kMaxDays)
        return HubReply::error(u"invalidArgument"_s,
            reportText(QT_TRANSLATE_NOOP("saduak::EReportCommands",
                           "An e-report covers from 1 to %3 days, from a day to the same or a "
                           "later day; %1 to %2 is not such a period."))
                .arg(fromText)
                .arg(toText)
                .arg(EReportSource::kMaxDays));
    return m_reads.start([from, to](Database &db) { return read(db, from, to); });
}

HubReply EReportCommands::read(Database &db, QDate from, QDate to)
{
    EReportSource source(db);
    QString why;
    const std::optional<EReport> report = source.compute(from, to, &why);
    const auto names = report ? source.officerNames(*report, &why) : std::nullopt;
    if (!report || !names) {
        qCWarning(lcHub) << "e-report not read:" << why;
        return HubReply::error(u"storage"_s,
            reportText(QT_TRANSLATE_NOOP("saduak::EReportCommands",
                "The branch hub could not read its events for the e-report. Please try again.")));
    }
    QJsonObject officers;
    for (auto it = names->cbegin(); it != names->cend(); ++it)
        officers.insert(it.key(), it.value());
    return {QJsonObject {{u"report"_s, report->toJson()}, {u"officers"_s, officers}}, {}, {}, {}};
}

} // namespace saduak
