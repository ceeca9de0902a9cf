#include "attachmentrule.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

namespace {

TranslatableText ruleText(const char *source)
{
    return TranslatableText("saduak::complaints::AttachmentRule", source);
}

} // namespace

std::optional<QString> AttachmentRule::typeOf(const QByteArray &head)
{
    // The signatures: JPEG's SOI marker and the first byte of the next marker, PNG's eight bytes,
    // PDF's header (ISO 32000 allows up to 1 KiB of junk before it; scanners write none).
    if (head.startsWith("\xFF\xD8\xFF"))
        return u"image/jpeg"_s;
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return u"image/png"_s;
    if (head.startsWith("%PDF-"))
        return u"application/pdf"_s;
    return std::nullopt;
}

bool AttachmentRule::isKnownType(QStringView type)
{
    return type == u"image/jpeg" || type == u"image/png" || type == u"application/pdf";
}

bool AttachmentRule::isSha256(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

QString AttachmentRule::sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString AttachmentRule::shownName(QStringView fileName)
{
    // Both separators: a name from a Windows share keeps its backslashes.
    const qsizetype slash = std::max(fileName.lastIndexOf(u'/'), fileName.lastIndexOf(u'\\'));
    QString name;
    for (const QChar c : fileName.mid(slash + 1)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            continue;
        name += c;
    }
    name = name.trimmed();
    if (name.size() > maxNameLength) {
        name.truncate(maxNameLength);
        if (name.back().isHighSurrogate())
            name.chop(1);
    }
    return name;
}

std::optional<TranslatableText> AttachmentRule::problemWith(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return ruleText(QT_TRANSLATE_NOOP("saduak::complaints::AttachmentRule",
            "The file is empty. Please choose the scan or photo again."));
    if (!typeOf(bytes))
        return ruleText(QT_TRANSLATE_NOOP("saduak::complaints::AttachmentRule",
            "Only photos (JPEG or PNG) and PDF documents can be attached."));
    if (bytes.size() > maxBytes)
        return ruleText(QT_TRANSLATE_NOOP("saduak::complaints::AttachmentRule",
            "The file is larger than 5 MB. Please scan it at a lower resolution or attach it "
            "in parts."));
    return std::nullopt;
}

} // namespace saduak::complaints
