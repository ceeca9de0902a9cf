#pragma once

#include <QColor>
#include <QString>

namespace saduak {

// The supervisor screen's few colours, named by what they mean, in one place. Colour only ever
// repeats what the text says (a status reads "⚠ Over target" as well as being red).
struct SupervisorTheme
{
    // The same red as the counter screen's warnings (SyncStatus::warningStyle).
    static QColor warning() { return QColor(0xb7, 0x1c, 0x1c); }
    static QColor warningBackground() { return QColor(0xff, 0xeb, 0xee); }
    static QColor good() { return QColor(0x1b, 0x5e, 0x20); }
    static QColor quiet() { return QColor(0x60, 0x7d, 0x8b); }
    static QString alertBannerStyle()
    {
        return QStringLiteral("background: #b71c1c; color: white; font-size: 14pt;"
                              " font-weight: bold; padding: 8px; border-radius: 4px;");
    }
    static QString messageStyle(bool problem)
    {
        return problem ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                       : QStringLiteral("color: #1b5e20;");
    }
};

} // namespace saduak
