#include "complaintsmodule.h"

#include "complaintkioskpage.h"
#include "complaintpanel.h"
#include "complaintshubpart.h"
#include "complaintstatuspage.h"

using namespace Qt::StringLiterals;

namespace saduak::complaints {

bool ComplaintsModule::initialize(ModuleContext *context, QString *why)
{
    Q_UNUSED(why);
    m_context = context;
    return true;
}

std::unique_ptr<ModuleHubPart> ComplaintsModule::createHubPart()
{
    return std::make_unique<ComplaintsHubPart>();
}

QWidget *ComplaintsModule::createPanel(QWidget *parent)
{
    return m_context ? new ComplaintPanel(*m_context, parent) : nullptr;
}

QList<KioskOffer> ComplaintsModule::kioskOffers() const
{
    // The offer carries both languages itself (the kiosk picks one), so the Thai is written here
    // rather than left to a translation the kiosk may not have loaded for a plugin.
    return {
        {u"file"_s, u"ร้องเรียน ร้องทุกข์"_s, u"File a complaint"_s,
            u"แจ้งปัญหาถึงหน่วยงานรัฐ รับเลขที่เรื่องกลับไป"_s,
            u"Tell the authorities what is wrong; take a tracking number"_s},
        {u"status"_s, u"ติดตามเรื่องร้องเรียน"_s, u"Where does my complaint stand?"_s,
            u"พิมพ์เลขที่เรื่องหรือสแกนคิวอาร์โค้ดบนใบรับเรื่อง"_s,
            u"Type the tracking number or scan the receipt's QR code"_s},
    };
}

KioskPage *ComplaintsModule::createKioskPage(const QString &offerId, QWidget *parent)
{
    if (!m_context)
        return nullptr;
    if (offerId == u"file"_s)
        return new ComplaintKioskPage(*m_context, parent);
    if (offerId == u"status"_s)
        return new ComplaintStatusPage(*m_context, parent);
    return nullptr;
}

} // namespace saduak::complaints
