#pragma once

#include "printing/ticketprintout.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

namespace saduak::test {

// 26 November 2026, 14:05 in Bangkok: "26 พ.ย. 2569 14:05" on the ticket.
inline qint64 sampleIssuedUtcMs()
{
    return QDateTime(QDate(2026, 11, 26), QTime(7, 5), QTimeZone::utc()).toMSecsSinceEpoch();
}

inline TicketPrintout samplePrintout()
{
    using namespace Qt::StringLiterals;
    TicketPrintout p;
    p.centerThaiName = u"ศูนย์ราชการสะดวก สำนักงานเขตบางรัก"_s;
    p.centerEnglishName = u"Government Easy Service Center, Bang Rak"_s;
    p.serviceThaiName = u"ทะเบียนราษฎร"_s;
    p.serviceEnglishName = u"Civil registration"_s;
    p.ticketNumber = u"A001"_s;
    p.ticketId = u"3f2b8c1e-7a4d-4b6e-9c0f-1d2e3f4a5b6c"_s;
    p.issuedUtcMs = sampleIssuedUtcMs();
    p.waitingAhead = 3;
    p.qrPayload = TicketPrintout::statusUrl(QUrl(u"https://bangrak.saduak.example"_s), p.ticketId);
    return p;
}

} // namespace saduak::test
