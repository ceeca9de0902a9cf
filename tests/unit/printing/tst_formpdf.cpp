#include "printing/formpdf.h"

#include "poppler.h"
#include "printing/formprintout.h"
#include "printing/ticketrenderer.h"
#include "qrdecode.h"
#include "sampledocuments.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using saduak::FormLayout;
using saduak::FormPdf;
using saduak::FormPrintout;
using Kind = saduak::FormLayout::Item::Kind;

namespace {

constexpr qreal a4WidthPt = 210 / 25.4 * 72; // 595.3
constexpr qreal a4HeightPt = 297 / 25.4 * 72; // 841.9

QString outputPath(const QString &name)
{
    return QDir(QStringLiteral(SADUAK_TEST_OUTPUT_DIR)).filePath(name);
}

QList<FormLayout::Item> itemsOf(const FormLayout &l, Kind kind)
{
    QList<FormLayout::Item> items;
    for (const auto &item : l.items) {
        if (item.kind == kind)
            items.append(item);
    }
    return items;
}

// Each of expected found in the text extracted from a PDF, in this order; the first one missing
// in why.
bool inOrder(const QString &extracted, const QStringList &expected, QString *why)
{
    const QString text = saduak::test::comparableText(extracted);
    qsizetype at = 0;
    for (const QString &printed : expected) {
        const QString e = saduak::test::comparableText(printed);
        const qsizetype found = text.indexOf(e, at);
        if (found < 0) {
            *why = u"\"%1\" not found after offset %2 in:\n%3"_s.arg(e).arg(at).arg(text);
            return false;
        }
        at = found + e.size();
    }
    return true;
}

// A form of many fields, and one value longer than a page.
FormPrintout longForm()
{
    FormPrintout f = saduak::test::sampleForm();
    f.fields.clear();
    for (int i = 1; i <= 45; ++i)
        f.fields.append({u"รายการที่ %1 / Item %1"_s.arg(i), u"ค่าของรายการ %1 / value %1"_s.arg(i)});
    QString story;
    for (int i = 1; i <= 90; ++i)
        story += u"ประโยคที่ %1 ของคำบรรยายที่ยาวมาก sentence %1. "_s.arg(i);
    f.fields.append({u"รายละเอียด / Details"_s, story});
    f.fields.append({u"ท้ายสุด / Last"_s, u"END-OF-FIELDS"_s});
    return f;
}

} // namespace

class TestFormPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isOneA4Page();
    void readsTitleFieldsSignaturesAndFooterInOrder();
    void renderedPageIsA4AndQrDecodes();
    void laysFieldsOutLabelBesideValueInsideThePage();
    void wrapsALongValueWithinItsColumn();
    void putsSignaturesSideBySideWithCaptionsUnder();
    void breaksLongFormsAcrossPagesWithFooterOnEach();
    void leavesOutAnEmptyQrAndSignatures();
    void savesPreviewForPeople();

private:
    QByteArray m_pdf;
};

void TestFormPdf::initTestCase()
{
    QVERIFY2(saduak::TicketRenderer::preferredFontFamilies().contains(FormPdf().fontFamily()),
        "fonts-thai-tlwg missing?");
    m_pdf = FormPdf().render(saduak::test::sampleForm());
    QFile out(outputPath(u"form-preview.pdf"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(m_pdf);
}

void TestFormPdf::isOneA4Page()
{
    QVERIFY(m_pdf.startsWith("%PDF-"));
    QString why;
    const saduak::test::PdfInfo info = saduak::test::pdfInfo(m_pdf, &why);
    QVERIFY2(info.pages == 1, qPrintable(why));
    QVERIFY2(qAbs(info.pageSizePt.width() - a4WidthPt) < 1.0,
        qPrintable(QString::number(info.pageSizePt.width())));
    QVERIFY2(qAbs(info.pageSizePt.height() - a4HeightPt) < 1.0,
        qPrintable(QString::number(info.pageSizePt.height())));
}

void TestFormPdf::readsTitleFieldsSignaturesAndFooterInOrder()
{
    QString why;
    const QString text = saduak::test::pdfText(m_pdf, &why);
    QVERIFY2(!text.isEmpty(), qPrintable(why));
    const FormPrintout form = saduak::test::sampleForm();
    QStringList expected {u"แบบคำขอจดทะเบียนวิสาหกิจชุมชน"_s, u"Community Enterprise Registration"_s,
        u"ศูนย์ราชการสะดวก สำนักงานเขตบางรัก"_s, u"26 พฤศจิกายน 2569"_s};
    // The fields in order, each label before its value (the Thai of the label: a label that
    // wraps is drawn line by line beside its value).
    for (const auto &field : form.fields) {
        expected.append(field.label.section(u" / "_s, 0, 0));
        expected.append(field.value);
    }
    expected += {u"ผู้ยื่นคำขอ / Applicant"_s, u"เจ้าหน้าที่ / Officer"_s,
        u"เอกสารนี้พิมพ์จากระบบศูนย์ราชการสะดวก / Printed by Saduak"_s, u"1 / 1"_s};
    QVERIFY2(inOrder(text, expected, &why), qPrintable(why));
    // The wrapped address keeps all of its words.
    QVERIFY2(inOrder(text, {form.fields.at(4).value}, &why), qPrintable(why));
}

void TestFormPdf::renderedPageIsA4AndQrDecodes()
{
    QString why;
    const QImage page = saduak::test::renderPdfPage(m_pdf, 150, 1, &why);
    QVERIFY2(!page.isNull(), qPrintable(why));
    QVERIFY2(qAbs(page.width() - 210 / 25.4 * 150) <= 2, qPrintable(QString::number(page.width())));
    QVERIFY2(
        qAbs(page.height() - 297 / 25.4 * 150) <= 2, qPrintable(QString::number(page.height())));
    QCOMPARE(saduak::test::decodeQr(page).text, saduak::test::sampleForm().qrPayload);
}

void TestFormPdf::laysFieldsOutLabelBesideValueInsideThePage()
{
    const FormLayout l = FormPdf().layout(saduak::test::sampleForm());
    QCOMPARE(l.pageCount, 1);
    // A4 less 20 mm margins, at 300 dpi (A4 is 595 × 842 whole points in a PDF, a little less
    // than 210 × 297 mm: 12 units are 1 mm).
    const QString size = u"%1 × %2"_s.arg(l.pageSize.width()).arg(l.pageSize.height());
    QVERIFY2(qAbs(l.pageSize.width() - 170 / 25.4 * 300) <= 12, qPrintable(size));
    QVERIFY2(qAbs(l.pageSize.height() - 257 / 25.4 * 300) <= 12, qPrintable(size));
    const QRect page(QPoint(0, 0), l.pageSize);
    for (const auto &item : l.items)
        QVERIFY2(page.contains(item.rect), qPrintable(item.text));

    const auto labels = itemsOf(l, Kind::Label);
    const auto values = itemsOf(l, Kind::Value);
    const auto title = itemsOf(l, Kind::Title);
    QCOMPARE(title.size(), 1);
    int previousField = -1;
    int previousTop = title.first().rect.bottom();
    for (const auto &label : labels) {
        QVERIFY(label.field >= previousField);
        if (label.field != previousField)
            QVERIFY(label.rect.top() > previousTop);
        previousField = label.field;
        previousTop = label.rect.top();
        for (const auto &value : values) {
            if (value.field == label.field)
                QVERIFY(value.rect.left() > label.rect.right());
        }
    }
    QCOMPARE(previousField, int(saduak::test::sampleForm().fields.size()) - 1);
    // Nothing runs into the footer.
    const auto footer = itemsOf(l, Kind::Footer);
    QCOMPARE(footer.size(), 1);
    for (const auto &item : l.items) {
        if (item.kind != Kind::Footer && item.kind != Kind::PageNumber
            && item.kind != Kind::RowSeparator)
            QVERIFY2(item.rect.bottom() < footer.first().rect.top(), qPrintable(item.text));
    }
}

void TestFormPdf::wrapsALongValueWithinItsColumn()
{
    const FormLayout l = FormPdf().layout(saduak::test::sampleForm());
    QList<FormLayout::Item> address;
    for (const auto &value : itemsOf(l, Kind::Value)) {
        if (value.field == 4)
            address.append(value);
    }
    QVERIFY2(address.size() >= 2, "the address wraps onto a second line");
    QCOMPARE(address.at(1).rect.left(), address.at(0).rect.left());
    QVERIFY(address.at(1).rect.top() >= address.at(0).rect.bottom());
    QString joined;
    for (const auto &line : address)
        joined += line.text + u' ';
    QCOMPARE(joined.simplified(), saduak::test::sampleForm().fields.at(4).value.simplified());
}

void TestFormPdf::putsSignaturesSideBySideWithCaptionsUnder()
{
    const FormLayout l = FormPdf().layout(saduak::test::sampleForm());
    const auto lines = itemsOf(l, Kind::SignatureLine);
    const auto captions = itemsOf(l, Kind::SignatureCaption);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(captions.size(), 2);
    QCOMPARE(lines.at(0).rect.top(), lines.at(1).rect.top());
    QVERIFY(lines.at(0).rect.right() < lines.at(1).rect.left());
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(captions.at(i).text, saduak::test::sampleForm().signatures.at(i));
        QVERIFY(captions.at(i).rect.top() > lines.at(i).rect.bottom());
        QVERIFY(qAbs(captions.at(i).rect.center().x() - lines.at(i).rect.center().x()) < 10);
    }
    // Room to sign above the line, below the last field.
    const auto separators = itemsOf(l, Kind::RowSeparator);
    QVERIFY(lines.first().rect.top() - separators.at(6).rect.bottom() > 15 / 25.4 * 300);
    // The QR beside them, on the right.
    const auto qr = itemsOf(l, Kind::QrCode);
    QCOMPARE(qr.size(), 1);
    QVERIFY(qr.first().rect.left() > lines.at(1).rect.right());
    QCOMPARE(qr.first().rect.right(), l.pageSize.width() - 1);
}

void TestFormPdf::breaksLongFormsAcrossPagesWithFooterOnEach()
{
    const FormPrintout form = longForm();
    const FormLayout l = FormPdf().layout(form);
    QVERIFY2(l.pageCount >= 3, qPrintable(QString::number(l.pageCount)));
    QCOMPARE(itemsOf(l, Kind::Footer).size(), l.pageCount);
    QCOMPARE(itemsOf(l, Kind::PageNumber).size(), l.pageCount);
    QCOMPARE(itemsOf(l, Kind::PageNumber).last().text, u"%1 / %1"_s.arg(l.pageCount));

    // The details field is longer than a page: cut between lines, over two pages or more.
    const int details = int(form.fields.size()) - 2;
    QSet<int> detailPages;
    for (const auto &value : itemsOf(l, Kind::Value)) {
        if (value.field == details)
            detailPages.insert(value.page);
    }
    QVERIFY(detailPages.size() >= 2);
    // A short field is never cut.
    QHash<int, int> pageOfField;
    for (const auto &item : l.items) {
        if ((item.kind == Kind::Label || item.kind == Kind::Value) && item.field != details) {
            QVERIFY(pageOfField.value(item.field, item.page) == item.page);
            pageOfField.insert(item.field, item.page);
        }
    }
    // Nothing below the footer's rule, on any page.
    const int footerTop = itemsOf(l, Kind::Footer).first().rect.top();
    for (const auto &item : l.items) {
        if (item.kind == Kind::Label || item.kind == Kind::Value)
            QVERIFY2(item.rect.bottom() < footerTop, qPrintable(item.text));
    }

    const QByteArray pdf = FormPdf().render(form);
    QString why;
    QCOMPARE(saduak::test::pdfInfo(pdf, &why).pages, l.pageCount);
    const QString text = saduak::test::pdfText(pdf, &why);
    QVERIFY2(!text.isEmpty(), qPrintable(why));
    const QStringList pages = text.split(u'\f');
    QVERIFY(pages.size() >= l.pageCount);
    QVERIFY2(
        inOrder(pages.at(0), {u"Item 1"_s, u"1 / %1"_s.arg(l.pageCount)}, &why), qPrintable(why));
    QVERIFY2(inOrder(pages.at(l.pageCount - 1),
                 {u"เจ้าหน้าที่ / Officer"_s, u"%1 / %1"_s.arg(l.pageCount)}, &why),
        qPrintable(why));
    QStringList expected;
    for (qsizetype i = 0; i < 45; ++i) // each label right before its value
        expected.append(form.fields.at(i).label + form.fields.at(i).value);
    expected += {u"sentence 1."_s, u"sentence 90."_s, u"END-OF-FIELDS"_s, u"Applicant"_s};
    QVERIFY2(inOrder(text, expected, &why), qPrintable(why));

    for (int page = 1; page <= l.pageCount; ++page) {
        const QImage image = saduak::test::renderPdfPage(pdf, 100, page, &why);
        QVERIFY2(!image.isNull(), qPrintable(why));
        QVERIFY(image.save(outputPath(u"form-long-page%1.png"_s.arg(page))));
    }
}

void TestFormPdf::leavesOutAnEmptyQrAndSignatures()
{
    FormPrintout form = saduak::test::sampleForm();
    form.qrPayload.clear();
    form.signatures.clear();
    form.footer.clear();
    const FormLayout l = FormPdf().layout(form);
    QVERIFY(itemsOf(l, Kind::QrCode).isEmpty());
    QVERIFY(itemsOf(l, Kind::SignatureLine).isEmpty());
    QVERIFY(itemsOf(l, Kind::Footer).isEmpty());
    QCOMPARE(itemsOf(l, Kind::PageNumber).size(), 1);
    QString why;
    const QImage page = saduak::test::renderPdfPage(FormPdf().render(form), 100, 1, &why);
    QVERIFY2(!page.isNull(), qPrintable(why));
    QVERIFY(saduak::test::decodeQr(page).text.isEmpty());
}

void TestFormPdf::savesPreviewForPeople()
{
    QString why;
    const QImage page = saduak::test::renderPdfPage(m_pdf, 100, 1, &why);
    QVERIFY2(!page.isNull(), qPrintable(why));
    QVERIFY(page.save(outputPath(u"form-preview.png"_s)));
}

QTEST_MAIN(TestFormPdf)
#include "tst_formpdf.moc"
