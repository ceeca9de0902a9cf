#pragma once

#include "ticketprinter.h"

#include <optional>

namespace saduak {

// Tickets as PDF files in a folder (`pdf:/path/to/folder`), one file a ticket: for a kiosk whose
// printer takes PDF through a watched ("hot") folder, for an office printer shared by another
// program, or to keep copies while a thermal printer is being repaired. Each file is written as
// "<name>.pdf.part" and renamed when complete, so whatever watches the folder never picks up half
// a ticket. The folder must exist: a path that vanished (an unmounted share) is reported as an
// offline printer instead of silently filling another disk.
class PdfFolderPrinter : public TicketPrinter
{
    Q_OBJECT

public:
    explicit PdfFolderPrinter(const QString &folder, QObject *parent = nullptr);

    QString folder() const { return m_folder; }
    QString address() const override;
    Format format() const override { return Format::Pdf; }
    // The file the last printed job went to (for the log and tests).
    QString lastFile() const { return m_lastFile; }

protected:
    void startJob(const QByteArray &data) override;

private:
    std::optional<PrintError> writeFile(const QByteArray &data); // nullopt: written

    QString m_folder;
    QString m_lastFile;
};

} // namespace saduak
