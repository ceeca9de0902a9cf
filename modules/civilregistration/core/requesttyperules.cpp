#include "requesttyperules.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace saduak::civilregistration {

namespace {

constexpr const char *kContext = "saduak::civilregistration::RequestTypeRules";

TranslatableText text(const char *source)
{
    return TranslatableText(kContext, source);
}

struct KindName
{
    FieldKind kind;
    const char *name;
};
constexpr KindName kKinds[] = {
    {FieldKind::Text, "text"},
    {FieldKind::Date, "date"},
    {FieldKind::Time, "time"},
    {FieldKind::DateTime, "dateTime"},
    {FieldKind::ThaiId, "thaiId"},
    {FieldKind::HouseCode, "houseCode"},
    {FieldKind::Address, "address"},
    {FieldKind::Choice, "choice"},
    {FieldKind::Number, "number"},
};

struct RoleName
{
    FilerRole role;
    const char *name;
    const char *display;
};
constexpr RoleName kRoles[] = {
    {FilerRole::Person, "person",
        QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules", "The person concerned")},
    {FilerRole::HouseMaster, "houseMaster",
        QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules", "The house master")},
    {FilerRole::Parent, "parent",
        QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules", "A parent")},
    {FilerRole::Proxy, "proxy",
        QT_TRANSLATE_NOOP(
            "saduak::civilregistration::RequestTypeRules", "A proxy with a letter of authority")},
};

// The ID card fields a form may be filled from (domain/citizen.h).
const QStringList &cardFields()
{
    static const QStringList names {u"citizenId"_s, u"prefix"_s, u"firstName"_s, u"lastName"_s,
        u"birthDate"_s, u"gender"_s, u"address"_s};
    return names;
}

// Reads one item, keeping the first fault. Every sentence names the item's key, so an admin who
// imported a file finds the line.
class ItemReader
{
public:
    explicit ItemReader(const QString &key) : m_key(key) { }

    bool failed() const { return !m_why.isEmpty(); }
    TranslatableText why() const
    {
        return text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                        "Civil registration rule item \"%1\": %2"))
            .arg(m_key)
            .arg(m_why);
    }

    void fail(const TranslatableText &why)
    {
        if (m_why.isEmpty())
            m_why = why;
    }

    QString string(const QJsonObject &object, const QString &name, const QString &where)
    {
        const QJsonValue value = object.value(name);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                          "\"%1\" is missing or not a text."))
                     .arg(where + name));
            return {};
        }
        return value.toString().trimmed();
    }

    BilingualText bilingual(const QJsonObject &object, const QString &where)
    {
        BilingualText result;
        result.th = string(object, u"th"_s, where);
        result.en = string(object, u"en"_s, where);
        return result;
    }

    // A whole number of baht, hours or days. minimum 0: a fine or fee; 1: a count.
    std::optional<qint64> wholeNumber(const QJsonValue &value, const QString &where, qint64 minimum)
    {
        if (value.isUndefined()) {
            fail(text(QT_TRANSLATE_NOOP(
                          "saduak::civilregistration::RequestTypeRules", "\"%1\" is missing."))
                     .arg(where));
            return std::nullopt;
        }
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || number != std::floor(number) || number < double(minimum)
            || number > 1e9) {
            fail((minimum == 0
                    ? text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                        "\"%1\" must be a whole number of 0 or more."))
                    : text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                        "\"%1\" must be a whole number above 0.")))
                     .arg(where));
            return std::nullopt;
        }
        return qint64(number);
    }

    QJsonArray array(const QJsonObject &object, const QString &name, bool required)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isArray()) {
            fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                          "\"%1\" is missing or not a list."))
                     .arg(name));
            return {};
        }
        return value.toArray();
    }

    QJsonObject object(const QJsonValue &value, const QString &where)
    {
        if (!value.isObject()) {
            fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                          "\"%1\" is missing or not an object."))
                     .arg(where));
            return {};
        }
        return value.toObject();
    }

private:
    QString m_key;
    TranslatableText m_why;
};

QString at(const QString &list, qsizetype index)
{
    return u"%1[%2]."_s.arg(list).arg(index);
}

} // namespace

QString toString(FieldKind kind)
{
    for (const KindName &entry : kKinds)
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    return {};
}

QString toString(FilerRole role)
{
    for (const RoleName &entry : kRoles)
        if (entry.role == role)
            return QString::fromLatin1(entry.name);
    return {};
}

std::optional<FieldKind> fieldKindFromString(const QString &name)
{
    for (const KindName &entry : kKinds)
        if (name == QLatin1StringView(entry.name))
            return entry.kind;
    return std::nullopt;
}

std::optional<FilerRole> filerRoleFromString(const QString &name)
{
    for (const RoleName &entry : kRoles)
        if (name == QLatin1StringView(entry.name))
            return entry.role;
    return std::nullopt;
}

TranslatableText displayText(FilerRole role)
{
    for (const RoleName &entry : kRoles)
        if (entry.role == role)
            return text(entry.display);
    return {};
}

const FieldSpec *RequestTypeRules::field(const QString &name) const
{
    for (const FieldSpec &spec : fields)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

QList<DocumentSpec> RequestTypeRules::documentsToSee(FilerRole filer) const
{
    QList<DocumentSpec> seen;
    for (const DocumentSpec &document : documents)
        if (!document.filer || *document.filer == filer)
            seen.append(document);
    return seen;
}

std::optional<RequestTypeRules> RequestTypeRules::fromJson(
    const QString &key, const QJsonObject &item, TranslatableText *why)
{
    ItemReader read(key);
    RequestTypeRules rules;
    rules.key = key;
    auto refuse = [&]() -> std::optional<RequestTypeRules> {
        if (why)
            *why = read.why();
        return std::nullopt;
    };

    static const QRegularExpression namePattern(u"^[a-z][A-Za-z0-9]*$"_s);
    rules.type = read.string(item, u"type"_s, {});
    if (!read.failed() && !namePattern.match(rules.type).hasMatch())
        read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                           "the type \"%1\" must be a name of letters and digits, such as "
                           "birthNotification."))
                      .arg(rules.type));
    rules.version = int(read.wholeNumber(item.value(u"version"_s), u"version"_s, 1).value_or(0));
    const QString effective = read.string(item, u"effectiveFrom"_s, {});
    if (!read.failed()) {
        rules.effectiveFrom = QDate::fromString(effective, Qt::ISODate);
        if (!rules.effectiveFrom.isValid() || effective.size() != 10)
            read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                               "\"effectiveFrom\" is not a date written as YYYY-MM-DD (%1)."))
                          .arg(effective));
    }
    // The key names the version, so two versions of a type can never share one.
    const QString expectedKey = rules.type + u'@' + effective;
    if (!read.failed() && key != expectedKey)
        read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                           "the key must be \"%1\" (the type, @, the date it takes effect)."))
                      .arg(expectedKey));
    rules.name = read.bilingual(item, {});

    // Fields.
    const QJsonArray fields = read.array(item, u"fields"_s, true);
    QSet<QString> fieldNames;
    for (qsizetype i = 0; i < fields.size() && !read.failed(); ++i) {
        const QString where = at(u"fields"_s, i);
        const QJsonObject object = read.object(fields.at(i), where.chopped(1));
        FieldSpec spec;
        spec.name = read.string(object, u"name"_s, where);
        if (!read.failed() && !namePattern.match(spec.name).hasMatch())
            read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                               "the field name \"%1\" must be letters and digits, such as "
                               "birthDate."))
                          .arg(spec.name));
        if (!read.failed() && fieldNames.contains(spec.name))
            read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                               "the field \"%1\" is listed twice."))
                          .arg(spec.name));
        fieldNames.insert(spec.name);
        const QString kind = read.string(object, u"kind"_s, where);
        if (!read.failed()) {
            if (const auto parsed = fieldKindFromString(kind))
                spec.kind = *parsed;
            else
                read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                                   "the field \"%1\" has the kind \"%2\", which is none of text, "
                                   "date, time, dateTime, thaiId, houseCode, address, choice, "
                                   "number."))
                              .arg(spec.name)
                              .arg(kind));
        }
        const QJsonValue required = object.value(u"required"_s);
        if (!required.isUndefined() && !required.isBool())
            read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                               "\"%1\" must be true or false."))
                          .arg(where + u"required"_s));
        spec.required = required.toBool(false);
        if (object.contains(u"fromIdCard"_s)) {
            spec.fromIdCard = object.value(u"fromIdCard"_s).toString();
            if (!cardFields().contains(spec.fromIdCard))
                read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                                   "the field \"%1\" is to be filled from \"%2\", which the ID "
                                   "card does not hold (%3)."))
                              .arg(spec.name)
                              .arg(spec.fromIdCard)
                              .arg(cardFields().join(u", "_s)));
        }
        spec.label = read.bilingual(object, where);
        if (spec.kind == FieldKind::Choice && !read.failed()) {
            const QJsonArray options = object.value(u"options"_s).toArray();
            if (options.isEmpty())
                read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                                   "the choice field \"%1\" lists no \"options\"."))
                              .arg(spec.name));
            for (qsizetype o = 0; o < options.size() && !read.failed(); ++o) {
                const QString optionWhere = where + at(u"options"_s, o);
                const QJsonObject option = read.object(options.at(o), optionWhere.chopped(1));
                spec.options.append({read.string(option, u"code"_s, optionWhere),
                    read.bilingual(option, optionWhere)});
            }
        }
        rules.fields.append(spec);
    }
    if (!read.failed() && rules.fields.isEmpty())
        read.fail(text(QT_TRANSLATE_NOOP(
            "saduak::civilregistration::RequestTypeRules", "\"fields\" lists no field.")));

    // Who may file it.
    const QJsonArray filers = read.array(item, u"filers"_s, true);
    for (qsizetype i = 0; i < filers.size() && !read.failed(); ++i) {
        const auto role = filerRoleFromString(filers.at(i).toString());
        if (!role)
            read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                               "\"%1\" is not a filer: person, houseMaster, parent or proxy."))
                          .arg(filers.at(i).toVariant().toString()));
        else if (!rules.filers.contains(*role))
            rules.filers.append(*role);
    }
    if (!read.failed() && rules.filers.isEmpty())
        read.fail(text(QT_TRANSLATE_NOOP(
            "saduak::civilregistration::RequestTypeRules", "\"filers\" names nobody.")));

    // Documents seen, and those never asked.
    const QJsonArray documents = read.array(item, u"documents"_s, false);
    for (qsizetype i = 0; i < documents.size() && !read.failed(); ++i) {
        const QString where = at(u"documents"_s, i);
        const QJsonObject object = read.object(documents.at(i), where.chopped(1));
        DocumentSpec document;
        document.code = read.string(object, u"code"_s, where);
        document.label = read.bilingual(object, where);
        if (object.contains(u"filer"_s)) {
            document.filer = filerRoleFromString(object.value(u"filer"_s).toString());
            if (!document.filer || !rules.filers.contains(*document.filer))
                read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                                   "\"%1\" names a filer who may not file this request."))
                              .arg(where + u"filer"_s));
        }
        rules.documents.append(document);
    }
    const QJsonArray neverAsked = read.array(item, u"neverAsked"_s, false);
    for (qsizetype i = 0; i < neverAsked.size() && !read.failed(); ++i) {
        const QString where = at(u"neverAsked"_s, i);
        const QJsonObject object = read.object(neverAsked.at(i), where.chopped(1));
        NeverAskedDocument document;
        document.code = read.string(object, u"code"_s, where);
        document.label = read.bilingual(object, where);
        const QString heldBy = read.string(object, u"heldBy"_s, where);
        if (heldBy == u"idCard"_s)
            document.heldBy = NeverAskedDocument::HeldBy::IdCard;
        else if (heldBy == u"registry"_s)
            document.heldBy = NeverAskedDocument::HeldBy::Registry;
        else if (!read.failed())
            read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                               "\"%1\" must be idCard or registry."))
                          .arg(where + u"heldBy"_s));
        rules.neverAsked.append(document);
    }

    // The deadline and the late fine go together: a fine needs a deadline to be late for.
    const QJsonValue deadline = item.value(u"deadline"_s);
    const QJsonValue lateFine = item.value(u"lateFine"_s);
    if (!deadline.isUndefined() && !deadline.isNull() && !read.failed()) {
        const QJsonObject object = read.object(deadline, u"deadline"_s);
        Deadline due;
        due.fromField = read.string(object, u"from"_s, u"deadline."_s);
        const FieldSpec *event = rules.field(due.fromField);
        if (!read.failed()
            && (!event || (event->kind != FieldKind::Date && event->kind != FieldKind::DateTime)))
            read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                               "\"deadline.from\" must name a date or dateTime field of this "
                               "type; \"%1\" is not one."))
                          .arg(due.fromField));
        const bool hasDays = object.contains(u"days"_s);
        const bool hasHours = object.contains(u"hours"_s);
        if (!read.failed() && hasDays == hasHours)
            read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                "\"deadline\" must give either \"days\" or \"hours\", not both or neither.")));
        if (hasDays)
            due.days
                = int(read.wholeNumber(object.value(u"days"_s), u"deadline.days"_s, 1).value_or(0));
        if (hasHours) {
            due.hours = int(
                read.wholeNumber(object.value(u"hours"_s), u"deadline.hours"_s, 1).value_or(0));
            // An event known by its date only has no moment to count hours from.
            if (event && event->kind != FieldKind::DateTime)
                read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                                   "a deadline in hours counts from a dateTime field; \"%1\" is a "
                                   "date."))
                              .arg(due.fromField));
        }
        rules.deadline = due;
        const QJsonObject fine = read.object(lateFine, u"lateFine"_s);
        rules.lateFineBaht
            = read.wholeNumber(fine.value(u"baht"_s), u"lateFine.baht"_s, 0).value_or(0);
    } else if (!lateFine.isUndefined() && !read.failed()) {
        read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
            "\"lateFine\" is given but there is no \"deadline\" to be late for.")));
    }

    // The fee.
    if (!read.failed()) {
        const QJsonObject fee = read.object(item.value(u"fee"_s), u"fee"_s);
        if (fee.contains(u"by"_s) && !read.failed()) {
            rules.fee.byField = fee.value(u"by"_s).toString();
            const FieldSpec *choice = rules.field(rules.fee.byField);
            if (!choice || choice->kind != FieldKind::Choice) {
                read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                                   "\"fee.by\" must name a choice field of this type; \"%1\" is "
                                   "not one."))
                              .arg(rules.fee.byField));
            } else {
                const QJsonObject amounts = read.object(fee.value(u"baht"_s), u"fee.baht"_s);
                for (const ChoiceOption &option : choice->options) {
                    if (read.failed())
                        break;
                    rules.fee.bahtByOption.insert(option.code,
                        read.wholeNumber(
                                amounts.value(option.code), u"fee.baht."_s + option.code, 0)
                            .value_or(0));
                }
            }
        } else if (!read.failed()) {
            rules.fee.baht = read.wholeNumber(fee.value(u"baht"_s), u"fee.baht"_s, 0).value_or(0);
            if (fee.contains(u"per"_s)) {
                rules.fee.perField = fee.value(u"per"_s).toString();
                const FieldSpec *count = rules.field(rules.fee.perField);
                if (!read.failed() && (!count || count->kind != FieldKind::Number))
                    read.fail(text(QT_TRANSLATE_NOOP("saduak::civilregistration::RequestTypeRules",
                                       "\"fee.per\" must name a number field of this type; "
                                       "\"%1\" is not one."))
                                  .arg(rules.fee.perField));
            }
        }
    }

    if (read.failed())
        return refuse();
    return rules;
}

} // namespace saduak::civilregistration
