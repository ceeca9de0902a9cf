#pragma once

#include "ticketprinter.h"

#include <QTimer>

#include <chrono>

class QSocketNotifier;

namespace saduak {

// A printer reached through a device file: the USB printer class driver's /dev/usb/lp0, a parallel
// port, a serial adapter. The file must exist: it is never created, so a printer that is unplugged
// reports Offline instead of filling a regular file named /dev/usb/lp0.
//
// The device is opened non-blocking and written as it accepts data, so a printer that stops taking
// data (cover open, paper jam) times out instead of freezing the kiosk.
class DevicePrinter : public TicketPrinter
{
    Q_OBJECT

public:
    explicit DevicePrinter(const QString &path, QObject *parent = nullptr);
    ~DevicePrinter() override;

    QString path() const { return m_path; }
    QString address() const override { return m_path; }

    // Fails the job with Timeout when the device has taken no data for this long (default 10 s).
    void setWriteTimeout(std::chrono::milliseconds timeout) { m_writeTimeout = timeout; }

protected:
    void startJob(const QByteArray &data) override;

private:
    void writeSome();
    void fail(int error, bool whileOpening);
    void closeDevice();

    QString m_path;
    std::chrono::milliseconds m_writeTimeout {10000};
    int m_fd = -1;
    QByteArray m_data;
    qsizetype m_written = 0;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_timer;
};

} // namespace saduak
