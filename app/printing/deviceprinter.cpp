#include "deviceprinter.h"

#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace saduak {

DevicePrinter::DevicePrinter(const QString &path, QObject *parent)
    : TicketPrinter(parent), m_path(path)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        closeDevice();
        finishJob({PrintError::Code::Timeout,
            tr("The ticket printer stopped taking data. Check the paper and the printer cover."),
            u"%1: no data taken for %2 ms; %3 of %4 bytes written"_s.arg(m_path)
                .arg(m_writeTimeout.count())
                .arg(m_written)
                .arg(m_data.size())});
    });
}

DevicePrinter::~DevicePrinter()
{
    closeDevice();
}

void DevicePrinter::startJob(const QByteArray &data)
{
    m_data = data;
    m_written = 0;
    // O_NONBLOCK: a device that cannot take data answers EAGAIN instead of blocking the GUI
    // thread. No O_CREAT: see the class comment. O_CLOEXEC: lp helpers must not inherit it.
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) {
        const int error = errno;
        // Reported from the event loop: finishJob() must not run inside startJob().
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error, true); }, Qt::QueuedConnection);
        return;
    }
    m_timer.start(m_writeTimeout);
    QMetaObject::invokeMethod(this, &DevicePrinter::writeSome, Qt::QueuedConnection);
}

void DevicePrinter::writeSome()
{
    if (m_fd < 0)
        return;
    while (m_written < m_data.size()) {
        const ssize_t n = ::write(m_fd, m_data.constData() + m_written, m_data.size() - m_written);
        if (n > 0) {
            m_written += n;
            m_timer.start(m_writeTimeout);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            // Regular files never get here; devices do when their buffer is full.
            if (!m_notifier) {
                m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
                connect(m_notifier, &QSocketNotifier::activated, this, &DevicePrinter::writeSome);
            }
            m_notifier->setEnabled(true);
            return;
        }
        fail(n < 0 ? errno : EIO, false);
        return;
    }
    closeDevice();
    finishJob();
}

void DevicePrinter::fail(int error, bool whileOpening)
{
    closeDevice();
    const QString detail = u"%1: %2 failed: %3"_s.arg(m_path, whileOpening ? u"open"_s : u"write"_s,
        QString::fromLocal8Bit(std::strerror(error)));
    switch (error) {
    case ENOENT:
    case ENOTDIR:
    case ENODEV:
    case ENXIO:
        finishJob({PrintError::Code::Offline,
            tr("The ticket printer is not connected. Check its cable and that it is switched on."),
            detail});
        return;
    case EACCES:
    case EPERM:
    case EROFS:
        finishJob({PrintError::Code::NotPermitted,
            tr("This computer's user may not use the ticket printer. Ask the administrator to "
               "give it access to the printer (group lp)."),
            detail});
        return;
    default:
        finishJob(
            {PrintError::Code::Failed, tr("The ticket could not be sent to the printer."), detail});
        return;
    }
}

void DevicePrinter::closeDevice()
{
    m_timer.stop();
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

} // namespace saduak
