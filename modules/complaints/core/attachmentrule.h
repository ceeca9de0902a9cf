#pragma once

#include <domain/translatabletext.h>

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <optional>

namespace saduak::complaints {

// What a complaint may carry as attachments (README.md, "Attachments"), the same on the screens
// (which check a file before sending it), at the hub (which checks the bytes it stored) and at
// central (which serves them to the desk). A file is known by the SHA-256 of its bytes, so the
// same scan attached twice is stored and sent once.
class AttachmentRule
{
public:
    static constexpr qint64 maxBytes = 5 * 1024 * 1024; // one file
    static constexpr int maxPerComplaint = 5;
    static constexpr int maxNameLength = 120; // characters of the file name shown
    // Bytes of one complaints.attach message: 32 KiB is 43,692 characters of base64, well inside
    // the hub's message limit with the rest of the message.
    static constexpr qint64 chunkBytes = 32 * 1024;
    // Bytes of one complaints.attachmentPart record for central: 128 KiB is about 175 KB of
    // base64, inside central's 256 KiB limit of one row's payload.
    static constexpr qint64 partBytes = 128 * 1024;

    // "image/jpeg", "image/png" or "application/pdf" when the bytes begin as that type does
    // (its signature), whatever the file's name says; nullopt for anything else.
    static std::optional<QString> typeOf(const QByteArray &head);
    static bool isKnownType(QStringView type);

    // 64 lower-case hex digits.
    static bool isSha256(QStringView text);
    static QString sha256Of(const QByteArray &bytes);

    // The name as shown and kept: the last path component, control characters out, trimmed,
    // cut to maxNameLength. Empty when nothing is left.
    static QString shownName(QStringView fileName);

    // Why a file cannot be attached (its type or its size), for the person; nullopt: it may.
    static std::optional<TranslatableText> problemWith(const QByteArray &bytes);
};

} // namespace saduak::complaints
