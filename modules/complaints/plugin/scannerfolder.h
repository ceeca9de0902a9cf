#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace saduak::complaints {

// The folder a network scanner saves its scans into (modules/complaints/scannerFolder), as the
// counter offers it: the newest files first, so the page just scanned is at the top.
class ScannerFolder
{
public:
    struct Scan
    {
        QString path;
        QString name;
        QDateTime modified; // local time of the file system
        qint64 size = 0;
    };

    static constexpr int shownScans = 20;

    // At most max regular files of folder (not its subfolders, not hidden ones), newest first;
    // files of the same time by name. Empty, with why set, when the folder cannot be read.
    static QList<Scan> newest(const QString &folder, int max = shownScans, QString *why = nullptr);
};

} // namespace saduak::complaints
