#include "scannerfolder.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

QList<ScannerFolder::Scan> ScannerFolder::newest(const QString &folder, int max, QString *why)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists() || !dir.isReadable()) {
        if (why)
            *why = folder.isEmpty() ? u"no scanner folder set"_s
                                    : u"cannot read the folder "_s + folder;
        return {};
    }
    // Every file, whatever its name says: the type is read from the bytes when one is attached.
    QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::NoSort);
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const QDateTime ta = a.lastModified(), tb = b.lastModified();
        return ta != tb ? ta > tb : a.fileName() < b.fileName();
    });
    QList<Scan> scans;
    for (const QFileInfo &file : std::as_const(files)) {
        if (scans.size() >= max)
            break;
        scans.append({file.absoluteFilePath(), file.fileName(), file.lastModified(), file.size()});
    }
    return scans;
}

} // namespace saduak::complaints
