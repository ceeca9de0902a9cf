#include "translatabletext.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <atomic>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

std::atomic<Language> g_installed {Language::Thai};

// Nested texts deeper than this are dropped: a peer's JSON must not recurse without end.
constexpr int kMaxDepth = 4;

TranslatableText fromJsonAt(const QJsonObject &json, int depth);

QVariant argFromJson(const QJsonValue &v, int depth)
{
    if (v.isDouble())
        return QVariant::fromValue(qint64(v.toDouble()));
    if (v.isString())
        return v.toString();
    const QJsonObject o = v.toObject();
    if (o.contains(u"source"_s) && depth < kMaxDepth)
        return QVariant::fromValue(fromJsonAt(o, depth + 1));
    if (o.contains(u"th"_s) || o.contains(u"en"_s))
        return QStringList {o.value(u"th"_s).toString(), o.value(u"en"_s).toString()};
    return QString();
}

TranslatableText fromJsonAt(const QJsonObject &json, int depth)
{
    const QString source = json.value(u"source"_s).toString();
    if (source.isEmpty())
        return {};
    TranslatableText text(
        json.value(u"context"_s).toString().toUtf8().constData(), source.toUtf8().constData());
    for (const QJsonValue &v : json.value(u"args"_s).toArray()) {
        const QVariant a = argFromJson(v, depth);
        if (a.canConvert<TranslatableText>() && a.userType() == qMetaTypeId<TranslatableText>())
            text.arg(a.value<TranslatableText>());
        else if (a.userType() == QMetaType::QStringList)
            text.arg(a.toStringList().value(0), a.toStringList().value(1));
        else if (a.userType() == QMetaType::LongLong)
            text.arg(a.toLongLong());
        else
            text.arg(a.toString());
    }
    return text;
}

} // namespace

Language installedLanguage()
{
    return g_installed.load();
}

void setInstalledLanguage(Language language)
{
    g_installed.store(language);
}

TranslatableText::TranslatableText(const char *context, const char *source)
    : m_context(QString::fromUtf8(context)), m_source(QString::fromUtf8(source))
{ }

TranslatableText &TranslatableText::arg(const QString &value)
{
    m_args.append(value);
    return *this;
}

TranslatableText &TranslatableText::arg(int value)
{
    return arg(qint64(value));
}

TranslatableText &TranslatableText::arg(qint64 value)
{
    m_args.append(QVariant::fromValue(value));
    return *this;
}

TranslatableText &TranslatableText::arg(const TranslatableText &value)
{
    m_args.append(QVariant::fromValue(value));
    return *this;
}

TranslatableText &TranslatableText::arg(const QString &thai, const QString &english)
{
    m_args.append(QStringList {thai, english});
    return *this;
}

QString TranslatableText::toString() const
{
    if (m_source.isEmpty())
        return {};
    const QByteArray context = m_context.toUtf8();
    const QByteArray source = m_source.toUtf8();
    QString text = QCoreApplication::translate(context.constData(), source.constData());
    for (const QVariant &a : m_args) {
        if (a.userType() == qMetaTypeId<TranslatableText>())
            text = text.arg(a.value<TranslatableText>().toString());
        else if (a.userType() == QMetaType::QStringList)
            text = text.arg(a.toStringList().value(installedLanguage() == Language::Thai ? 0 : 1));
        else if (a.userType() == QMetaType::LongLong)
            text = text.arg(a.toLongLong());
        else
            text = text.arg(a.toString());
    }
    return text;
}

bool TranslatableText::isKnown() const
{
    if (installedLanguage() == Language::English)
        return true;
    const QByteArray context = m_context.toUtf8();
    const QByteArray source = m_source.toUtf8();
    return QCoreApplication::translate(context.constData(), source.constData()) != m_source;
}

QJsonObject TranslatableText::toJson() const
{
    QJsonArray args;
    for (const QVariant &a : m_args) {
        if (a.userType() == qMetaTypeId<TranslatableText>())
            args.append(a.value<TranslatableText>().toJson());
        else if (a.userType() == QMetaType::QStringList)
            args.append(QJsonObject {
                {u"th"_s, a.toStringList().value(0)}, {u"en"_s, a.toStringList().value(1)}});
        else if (a.userType() == QMetaType::LongLong)
            args.append(a.toLongLong());
        else
            args.append(a.toString());
    }
    QJsonObject json {{u"context"_s, m_context}, {u"source"_s, m_source}};
    if (!args.isEmpty())
        json.insert(u"args"_s, args);
    return json;
}

TranslatableText TranslatableText::fromJson(const QJsonObject &json)
{
    return fromJsonAt(json, 0);
}

} // namespace saduak
