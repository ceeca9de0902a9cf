#include "ticketprintout.h"

#include "domain/bangkoktime.h"
#include "domain/service.h"
#include "domain/ticket.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace saduak {

TicketPrintout TicketPrintout::forTicket(const Ticket &ticket, const Service &service,
    const QString &centerThaiName, const QString &centerEnglishName, qint64 issuedUtcMs,
    int waitingAhead, const QUrl &statusBase)
{
    TicketPrintout printout;
    printout.centerThaiName = centerThaiName;
    printout.centerEnglishName = centerEnglishName;
    printout.serviceThaiName = service.thaiName;
    printout.serviceEnglishName = service.englishName;
    printout.ticketNumber = ticket.number;
    printout.ticketId = ticket.id;
    printout.issuedUtcMs = issuedUtcMs;
    printout.waitingAhead = waitingAhead;
    printout.qrPayload = statusUrl(statusBase, ticket.id);
    return printout;
}

QString TicketPrintout::statusUrl(const QUrl &statusBase, const QString &ticketId)
{
    QUrl url = statusBase;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    path += u"/t/"_s + QString::fromLatin1(QUrl::toPercentEncoding(ticketId));
    url.setPath(path, QUrl::StrictMode);
    return url.toString(QUrl::FullyEncoded);
}

QString TicketPrintout::centerName(Language language) const
{
    return language == Language::Thai ? centerThaiName : centerEnglishName;
}

QString TicketPrintout::serviceName(Language language) const
{
    return language == Language::Thai ? serviceThaiName : serviceEnglishName;
}

QString TicketPrintout::issuedText(Language language) const
{
    return BangkokTime::formatDateTime(issuedUtcMs, language);
}

QString TicketPrintout::waitingAheadText(Language language) const
{
    const QString count = QString::number(qMax(0, waitingAhead));
    if (language == Language::Thai)
        return u"รอก่อนหน้า "_s + count + u" คิว"_s;
    return u"Waiting ahead: "_s + count;
}

} // namespace saduak
