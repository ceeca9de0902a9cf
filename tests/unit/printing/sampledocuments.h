#pragma once

#include "printing/formprintout.h"
#include "printing/receiptprintout.h"

namespace saduak::test {

inline QString sampleCaseUrl()
{
    return QStringLiteral("https://bangrak.saduak.example/c/C-2569-000123");
}

// A complaint's receipt, as the complaints module prints it: Thai and English, a short field, a
// field too long for one line, a QR code.
inline ReceiptPrintout sampleReceipt()
{
    using namespace Qt::StringLiterals;
    using Kind = ReceiptPrintout::Line::Kind;
    ReceiptPrintout r;
    r.lines = {
        {Kind::Title, u"ใบรับเรื่องร้องเรียน"_s, {}},
        {Kind::Text, u"Complaint receipt"_s, {}},
        {Kind::Rule, {}, {}},
        {Kind::Field, u"เลขที่เรื่อง / Case"_s, u"C-2569-000123"_s},
        {Kind::Field, u"วันที่ / Date"_s, u"26 พ.ย. 2569 14:05"_s},
        {Kind::Field, u"เรื่อง / Subject"_s,
            u"ถนนชำรุดหน้าตลาดบางรัก มีหลุมขนาดใหญ่ทำให้รถจักรยานยนต์ล้มหลายครั้ง (Road damage)"_s},
        {Kind::Rule, {}, {}},
        {Kind::QrCode, sampleCaseUrl(), {}},
        {Kind::Text,
            u"สแกนเพื่อติดตามสถานะเรื่องร้องเรียนของท่านได้ตลอด 24 ชั่วโมง / Scan to follow your "
            u"case"_s,
            {}},
    };
    return r;
}

// A community-enterprise registration form: Thai and English, signatures, a QR code.
inline FormPrintout sampleForm()
{
    using namespace Qt::StringLiterals;
    FormPrintout f;
    f.title = u"แบบคำขอจดทะเบียนวิสาหกิจชุมชน / Community Enterprise Registration"_s;
    f.subtitle = u"ศูนย์ราชการสะดวก สำนักงานเขตบางรัก — 26 พฤศจิกายน 2569"_s;
    f.fields = {
        {u"เลขที่คำขอ / Request no."_s, u"OTOP-2569-000042"_s},
        {u"ชื่อวิสาหกิจชุมชน / Enterprise"_s, u"กลุ่มทอผ้าไหมบ้านหนองบัว"_s},
        {u"ผู้ยื่นคำขอ / Applicant"_s, u"นางสาวสมหญิง ใจดี"_s},
        {u"เลขประจำตัวประชาชน / ID number"_s, u"1-1037-00123-45-6"_s},
        {u"ที่อยู่ / Address"_s,
            u"99/9 หมู่ 4 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000 "
            u"(99/9 Moo 4, Nong Bua, Mueang Udon Thani, Udon Thani 41000)"_s},
        {u"ผลิตภัณฑ์ / Products"_s, u"ผ้าไหมมัดหมี่ ผ้าขาวม้า / Mudmee silk, loincloths"_s},
        {u"สมาชิก / Members"_s, u"27"_s},
    };
    f.qrPayload = u"https://bangrak.saduak.example/r/OTOP-2569-000042"_s;
    f.footer = u"เอกสารนี้พิมพ์จากระบบศูนย์ราชการสะดวก / Printed by Saduak"_s;
    f.signatures = {u"ผู้ยื่นคำขอ / Applicant"_s, u"เจ้าหน้าที่ / Officer"_s};
    return f;
}

} // namespace saduak::test
