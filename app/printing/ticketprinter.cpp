#include "ticketprinter.h"

#include "cupsprinter.h"
#include "deviceprinter.h"
#include "pdffolderprinter.h"
#include "tcpprinter.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace saduak {

TicketPrinter::TicketPrinter(QObject *parent) : QObject(parent) { }

TicketPrinter::~TicketPrinter() = default;

int TicketPrinter::print(const QByteArray &data)
{
    const int id = ++m_lastJobId;
    m_queue.append({id, data});
    if (m_currentJob == 0) {
        // Queued, so that even a job failing at once reports after the caller has its id.
        QMetaObject::invokeMethod(this, &TicketPrinter::startNextJob, Qt::QueuedConnection);
    }
    return id;
}

void TicketPrinter::startNextJob()
{
    if (m_currentJob != 0 || m_queue.isEmpty())
        return;
    auto [id, data] = m_queue.takeFirst();
    m_currentJob = id;
    startJob(data);
}

void TicketPrinter::finishJob()
{
    const int id = std::exchange(m_currentJob, 0);
    QMetaObject::invokeMethod(this, &TicketPrinter::startNextJob, Qt::QueuedConnection);
    emit printed(id);
}

void TicketPrinter::finishJob(const PrintError &error)
{
    const int id = std::exchange(m_currentJob, 0);
    QMetaObject::invokeMethod(this, &TicketPrinter::startNextJob, Qt::QueuedConnection);
    emit failed(id, error);
}

std::unique_ptr<TicketPrinter> TicketPrinter::fromAddress(const QString &address, QString *why)
{
    if (address.startsWith(u'/'))
        return std::make_unique<DevicePrinter>(address);
    if (address.startsWith(u"cups:"_s))
        return std::make_unique<CupsPrinter>(address.mid(5));
    if (address.startsWith(u"pdf+cups:"_s)) {
        auto printer = std::make_unique<CupsPrinter>(address.mid(9));
        printer->setFormat(Format::Pdf);
        return printer;
    }
    if (address.startsWith(u"pdf:"_s) && address.size() > 4) {
        const QUrl url(address.mid(4));
        // pdf:/folder, or pdf:file:///folder
        return std::make_unique<PdfFolderPrinter>(
            url.isLocalFile() ? url.toLocalFile() : address.mid(4));
    }

    const QUrl url(address, QUrl::StrictMode);
    if (url.isValid() && url.scheme() == u"file"_s && !url.path().isEmpty())
        return std::make_unique<DevicePrinter>(url.toLocalFile());
    if (url.isValid() && url.scheme() == u"socket"_s && !url.host().isEmpty()
        && url.path().isEmpty()) {
        return std::make_unique<TcpPrinter>(url.host(), quint16(url.port(9100)));
    }
    if (why) {
        *why = tr("\"%1\" is not a printer address. Use socket://host:9100, a device path such as "
                  "/dev/usb/lp0, cups:QUEUE, or pdf:/folder for PDF files.")
                   .arg(address);
    }
    return nullptr;
}

} // namespace saduak
