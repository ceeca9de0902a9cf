#include "pdffolderprinter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace saduak {

PdfFolderPrinter::PdfFolderPrinter(const QString &folder, QObject *parent)
    : TicketPrinter(parent), m_folder(folder)
{ }

QString PdfFolderPrinter::address() const
{
    return u"pdf:"_s + m_folder;
}

void PdfFolderPrinter::startJob(const QByteArray &data)
{
    // A ticket is a few kilobytes on a local or mounted disk: written at once, reported from the
    // event loop as finishJob() requires.
    const std::optional<PrintError> error = writeFile(data);
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            if (error)
                finishJob(*error);
            else
                finishJob();
        },
        Qt::QueuedConnection);
}

std::optional<PrintError> PdfFolderPrinter::writeFile(const QByteArray &data)
{
    const QFileInfo folder(m_folder);
    if (!folder.isDir())
        return PrintError {PrintError::Code::Offline,
            tr("The ticket folder %1 does not exist. Ask a staff member to check the printer "
               "settings.")
                .arg(m_folder),
            m_folder + u": no such folder"_s};
    // Time-ordered names, so a folder printed in name order prints in ticket order; the counter
    // keeps two tickets in one millisecond apart.
    const QString stem = u"ticket-"_s
        + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);
    QString path;
    QFile file;
    for (int n = 1; n < 1000; ++n) {
        path = QDir(m_folder).filePath(stem + u"-%1.pdf"_s.arg(n, 3, 10, QLatin1Char('0')));
        if (QFileInfo::exists(path))
            continue;
        file.setFileName(path + u".part"_s);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            break;
        if (file.error() == QFileDevice::OpenError && !QFileInfo(m_folder).isWritable())
            return PrintError {PrintError::Code::NotPermitted,
                tr("The kiosk may not write tickets to the folder %1.").arg(m_folder),
                m_folder + u": "_s + file.errorString()};
    }
    if (!file.isOpen())
        return PrintError {PrintError::Code::Failed, tr("The ticket could not be saved as a PDF file."),
            path + u": "_s + file.errorString()};
    const bool written = file.write(data) == data.size() && file.flush();
    const QString why = file.errorString();
    file.close();
    if (!written || !QFile::rename(file.fileName(), path)) {
        QFile::remove(file.fileName());
        return PrintError {PrintError::Code::Failed, tr("The ticket could not be saved as a PDF file."),
            path + u": "_s + why};
    }
    m_lastFile = path;
    return std::nullopt;
}

} // namespace saduak
