#include <reports/ereportpdf.h>

#include "poppler.h"

#include "reportscript.h"

#include <domain/bangkoktime.h>
#include <printing/ticketrenderer.h>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::reporttest;

namespace {

QString outputPath(const QString &name)
{
    return QDir(QStringLiteral(SADUAK_TEST_OUTPUT_DIR)).filePath(name);
}

const QDate day(2026, 12, 7);

// Monday 7 December 2026; A (target 15 min) and B (target 10 min); somchai at counter 1, suda at 2:
//  T1 A: issued 08:30, called 08:40 at 1 (wait 10), started 08:41, finished 08:53 (service 12)
//  T2 A: issued 08:35, called 09:00 at 1 (wait 25), started 09:01, finished 09:05 (service 4)
//  T3 B: issued 09:10, called 09:14 at 2 (wait 4), no-show 09:16
//  T4 B: issued 09:20, called 09:27 at 2 (wait 7), started 09:27, finished 09:45 (service 18)
//  T5 A: issued 10:00, cancelled 10:05 uncalled
// By hand: A issued 3, called 2, served 2, cancelled 1, within target 1 of 2 (50.0 %), waits
// 10 and 25 (p50 10.0, p90 25.0: nearest rank), service 4 and 12 (p50 4.0, p90 12.0).
// B issued 2, called 2, served 1, no-shows 1, within 2 of 2. All: issued 5, served 3, no-shows 1,
// within target 3 of 4 called = 75.0 %.
QList<QueueEvent> scriptedDay()
{
    Script s;
    const QString A = u"A"_s, B = u"B"_s, somchai = u"somchai"_s, suda = u"suda"_s;
    s.add(QueueEvent::TicketIssued, day, 8, 30, u"T1"_s, A);
    s.add(QueueEvent::TicketIssued, day, 8, 35, u"T2"_s, A);
    s.add(QueueEvent::TicketCalled, day, 8, 40, u"T1"_s, A, 1, somchai);
    s.add(QueueEvent::TicketStarted, day, 8, 41, u"T1"_s, A, 1, somchai);
    s.add(QueueEvent::TicketFinished, day, 8, 53, u"T1"_s, A, 1, somchai);
    s.add(QueueEvent::TicketCalled, day, 9, 0, u"T2"_s, A, 1, somchai);
    s.add(QueueEvent::TicketStarted, day, 9, 1, u"T2"_s, A, 1, somchai);
    s.add(QueueEvent::TicketFinished, day, 9, 5, u"T2"_s, A, 1, somchai);
    s.add(QueueEvent::TicketIssued, day, 9, 10, u"T3"_s, B);
    s.add(QueueEvent::TicketCalled, day, 9, 14, u"T3"_s, B, 2, suda);
    s.add(QueueEvent::TicketNoShow, day, 9, 16, u"T3"_s, B, 2, suda);
    s.add(QueueEvent::TicketIssued, day, 9, 20, u"T4"_s, B);
    s.add(QueueEvent::TicketCalled, day, 9, 27, u"T4"_s, B, 2, suda);
    s.add(QueueEvent::TicketStarted, day, 9, 27, u"T4"_s, B, 2, suda);
    s.add(QueueEvent::TicketFinished, day, 9, 45, u"T4"_s, B, 2, suda);
    s.add(QueueEvent::TicketIssued, day, 10, 0, u"T5"_s, A);
    s.add(QueueEvent::TicketCancelled, day, 10, 5, u"T5"_s, A);
    return s.events;
}

QHash<QString, QString> officerNames()
{
    return {{u"somchai"_s, u"สมชาย ใจดี"_s}, {u"suda"_s, u"สุดา รักงาน"_s}};
}

// December 2026 at a big branch: officer n (of officers) serves one A ticket on day 1 + n % 28 at
// counter 1 + n % 20, waiting n % 40 minutes; enough officers for their table to run over pages.
QList<QueueEvent> busyMonth(int officers)
{
    Script s;
    for (int n = 0; n < officers; ++n) {
        const QDate d(2026, 12, 1 + n % 28);
        const QString ticket = u"M%1"_s.arg(n);
        const QString officer = u"officer%1"_s.arg(n, 3, 10, QChar(u'0'));
        const int counter = 1 + n % 20;
        const int wait = n % 40;
        s.add(QueueEvent::TicketIssued, d, 9, 0, ticket, u"A"_s);
        s.add(QueueEvent::TicketCalled, d, 9 + wait / 60, wait % 60, ticket, u"A"_s, counter,
            officer);
        s.add(QueueEvent::TicketStarted, d, 10, 0, ticket, u"A"_s, counter, officer);
        s.add(QueueEvent::TicketFinished, d, 10, 10, ticket, u"A"_s, counter, officer);
    }
    return s.events;
}

// Thai for the report's words, as translations/saduak_th.ts will hold them (the lead merges them
// from /tmp/s6/thai/reportpdf.json): proves the words go through the translation in the context
// saduak::EReportPdf without depending on the compiled .qm.
class ThaiReportWords : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArrayView(context) != "saduak::EReportPdf")
            return {};
        static const QHash<QByteArray, QString> thai {
            {"Daily service report, %1", u"รายงานผลการให้บริการประจำวันที่ %1"_s},
            {"Monthly service report, %1", u"รายงานผลการให้บริการประจำเดือน%1"_s},
            {"Service report, %1 to %2", u"รายงานผลการให้บริการ ตั้งแต่วันที่ %1 ถึงวันที่ %2"_s},
            {"Issued %1", u"ออกบัตรคิว %1"_s},
            {"Served %1", u"ให้บริการแล้ว %1"_s},
            {"No-shows %1", u"ไม่มาติดต่อ %1"_s},
            {"Called within target %1", u"เรียกภายในเวลาเป้าหมาย %1"_s},
            {"By service", u"จำแนกตามบริการ"_s},
            {"By counter", u"จำแนกตามช่องบริการ"_s},
            {"By officer", u"จำแนกตามเจ้าหน้าที่"_s},
            {"By hour of the day", u"จำแนกตามช่วงเวลาของวัน"_s},
            {"Service", u"บริการ"_s},
            {"Counter", u"ช่องบริการ"_s},
            {"Officer", u"เจ้าหน้าที่"_s},
            {"Hour", u"ช่วงเวลา"_s},
            {"Served per hour", u"จำนวนที่ให้บริการแล้วรายชั่วโมง"_s},
            {"Wait per service (minutes)", u"เวลารอแยกตามบริการ (นาที)"_s},
            {"Issued", u"ออกบัตรคิว"_s},
            {"Called", u"เรียกแล้ว"_s},
            {"Served", u"ให้บริการแล้ว"_s},
            {"No-shows", u"ไม่มาติดต่อ"_s},
            {"Transfers out", u"ส่งต่อ"_s},
            {"Cancelled", u"ยกเลิก"_s},
            {"Wait p50", u"รอ p50"_s},
            {"Wait p90", u"รอ p90"_s},
            {"Service p50", u"บริการ p50"_s},
            {"Service p90", u"บริการ p90"_s},
            {"Within target (%)", u"ภายในเป้า (%)"_s},
            {"Times in minutes. p50: half of the waits (or services) were at most this long; p90: "
             "nine in ten were. Within target: called within the service's target wait.",
                u"เวลาเป็นนาที p50: ครึ่งหนึ่งของการรอ (หรือการให้บริการ) ใช้เวลาไม่เกินนี้ "
                u"p90: เก้าในสิบใช้เวลาไม่เกินนี้ ภายในเป้าหมาย: เรียกภายในเวลารอเป้าหมายของบริการ"_s},
            {"Nothing in this period.", u"ไม่มีข้อมูลในช่วงเวลานี้"_s},
            {"Page %1 of %2", u"หน้า %1/%2"_s},
            {"%1 (continued)", u"%1 (ต่อ)"_s},
            {"Cannot write the PDF file %1: %2", u"เขียนไฟล์ PDF %1 ไม่ได้: %2"_s},
        };
        return thai.value(QByteArray(source));
    }
    bool isEmpty() const override { return false; }
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Each of expected found in the text extracted from a PDF, in this order; the first one missing
// in why.
bool inOrder(const QString &extracted, const QStringList &expected, QString *why)
{
    const QString text = test::comparableText(extracted);
    qsizetype at = 0;
    for (const QString &printed : expected) {
        const QString e = test::comparableText(printed);
        const qsizetype found = text.indexOf(e, at);
        if (found < 0) {
            *why = u"\"%1\" not found after offset %2 in:\n%3"_s.arg(e).arg(at).arg(text);
            return false;
        }
        at = found + e.size();
    }
    return true;
}

// The share of a page's pixels that are not white: ink.
double inkShare(const QImage &page)
{
    const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    qint64 dark = 0;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            dark += line[x] < 200 ? 1 : 0;
    }
    return double(dark) / (qint64(gray.width()) * gray.height());
}

// pdffonts: the names of the fonts the PDF embeds.
QString pdfFonts(const QString &path)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"pdffonts"_s), {path});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestEReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void thaiDayReadsCentreBuddhistDateServicesAndFigures();
    void thaiDayPagesAreA4WithInkInThaiFonts();
    void englishDayHasGregorianDateAndPageOfPages();
    void monthBreaksLongTableAcrossPagesUnderItsHeader();
    void emptyDaySaysNothingInThisPeriod();
    void refusesAPathItCannotWrite();
    void namesServicesByCodeOnACrowdedChart();
    void refusesOutsideTheGuiThread();

private:
    QTemporaryDir m_dir;
};

void TestEReportPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty(), "install poppler-utils");
}

void TestEReportPdf::thaiDayReadsCentreBuddhistDateServicesAndFigures()
{
    ThaiReportWords thai;
    QVERIFY(QCoreApplication::installTranslator(&thai));
    const EReport report = EReport::compute(day, day, scriptedDay(), services());
    const QString path = outputPath(u"ereport-day-th.pdf"_s);
    QString why;
    const bool written = EReportPdf::write(path, report,
        {u"ศูนย์ราชการสะดวก เซ็นทรัลบางนา"_s, Language::Thai, services(), officerNames()}, &why);
    QCoreApplication::removeTranslator(&thai);
    QVERIFY2(written, qPrintable(why));

    const QString text = test::pdfText(readFile(path), &why);
    QVERIFY2(!text.isEmpty(), qPrintable(why));
    QVERIFY2(inOrder(text,
                 {u"ศูนย์ราชการสะดวก เซ็นทรัลบางนา"_s, u"รายงานผลการให้บริการประจำวันที่ 7 ธันวาคม 2569"_s,
                     // the summary, worked out by hand above
                     u"ออกบัตรคิว 5"_s, u"ให้บริการแล้ว 3"_s, u"ไม่มาติดต่อ 1"_s,
                     u"เรียกภายในเวลาเป้าหมาย 75.0 %"_s, u"จำแนกตามบริการ"_s, u"รอ p50"_s,
                     // A: issued, called, served, no-shows, transfers, cancelled, waits p50 p90,
                     // service p50 p90, within target %
                     u"A บัตรประชาชน 3 2 2 0 0 1 10.0 25.0 4.0 12.0 50.0"_s,
                     u"B ทะเบียนราษฎร 2 2 1 1 0 0 4.0 7.0 18.0 18.0 100.0"_s, u"จำแนกตามช่องบริการ"_s,
                     u"จำแนกตามเจ้าหน้าที่"_s,
                     // somchai: called 2, served 2, waits 10 and 25, service 4 and 12
                     u"สมชาย ใจดี 2 2 0 0 0 10.0 25.0 4.0 12.0 50.0"_s, u"สุดา รักงาน"_s,
                     u"จำแนกตามช่วงเวลาของวัน"_s, u"08:00-09:00"_s, u"10:00-11:00"_s},
                 &why),
        qPrintable(why));
    // The charts' text is text too: their captions and the service names on the wait chart's axis.
    QVERIFY2(inOrder(text, {u"จำนวนที่ให้บริการแล้วรายชั่วโมง"_s, u"เวลารอแยกตามบริการ (นาที)"_s}, &why),
        qPrintable(why));
    QVERIFY2(!text.contains(u"somchai"_s), "officers by their display names");
    // Every page numbered "of" all pages.
    const int pages = test::pdfInfo(readFile(path), &why).pages;
    QVERIFY2(pages >= 1, qPrintable(why));
    for (int p = 1; p <= pages; ++p) {
        QVERIFY2(inOrder(text, {u"หน้า %1/%2"_s.arg(p).arg(pages)}, &why), qPrintable(why));
    }
}

void TestEReportPdf::thaiDayPagesAreA4WithInkInThaiFonts()
{
    const QString path = outputPath(u"ereport-day-th.pdf"_s); // written by the test before
    const QByteArray pdf = readFile(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QString why;
    const test::PdfInfo info = test::pdfInfo(pdf, &why);
    QVERIFY2(info.pages >= 1, qPrintable(why));
    QVERIFY2(qAbs(info.pageSizePt.width() - 210 / 25.4 * 72) < 1.0, qPrintable(why));
    QVERIFY2(qAbs(info.pageSizePt.height() - 297 / 25.4 * 72) < 1.0, qPrintable(why));
    for (int p = 1; p <= info.pages; ++p) {
        const QImage page = test::renderPdfPage(pdf, 60, p, &why);
        QVERIFY2(!page.isNull(), qPrintable(why));
        // Text and rules at least: more than 0.5 % of the page is ink (the footer alone has
        // about 0.2 %); the first, with two charts and shaded rows, over 3 %.
        const double ink = inkShare(page);
        QVERIFY2(ink > (p == 1 ? 0.03 : 0.005), qPrintable(u"page %1: %2"_s.arg(p).arg(ink)));
        QVERIFY(test::renderPdfPage(pdf, 100, p, &why)
                    .save(outputPath(u"ereport-day-th-%1.png"_s.arg(p))));
    }
    // All of it, charts too, in the printed forms' Thai fonts (fonts-thai-tlwg): not boxes of a
    // font without Thai, nor a patchwork of whatever fonts Qt falls back to.
    const QStringList lines = pdfFonts(path).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!lines.isEmpty(), "pdffonts lists no font");
    for (const QString &line : lines) {
        const QString name = line.section(u' ', 0, 0).section(u'+', -1); // "ABCDEF+Loma-Bold"
        const QString family = name.section(u'-', 0, 0);
        QVERIFY2(TicketRenderer::preferredFontFamilies().contains(family), qPrintable(line));
    }
}

void TestEReportPdf::englishDayHasGregorianDateAndPageOfPages()
{
    const EReport report = EReport::compute(day, day, scriptedDay(), services());
    const QString path = outputPath(u"ereport-day-en.pdf"_s);
    QString why;
    // The Thai translation of the screen stays installed: the report is in the language asked.
    ThaiReportWords thai;
    QVERIFY(QCoreApplication::installTranslator(&thai));
    const bool written = EReportPdf::write(path, report,
        {u"Government Center Central Bangna"_s, Language::English, services(), officerNames()},
        &why);
    QCoreApplication::removeTranslator(&thai);
    QVERIFY2(written, qPrintable(why));
    const QByteArray pdf = readFile(path);
    const QString text = test::pdfText(pdf, &why);
    QVERIFY2(
        inOrder(text,
            {u"Government Center Central Bangna"_s, u"Daily service report, 7 December 2026"_s,
                u"Issued 5"_s, u"Served 3"_s, u"No-shows 1"_s, u"Called within target 75.0 %"_s,
                u"By service"_s, u"A ID card 3 2 2 0 0 1 10.0 25.0 4.0 12.0 50.0"_s,
                u"B Civil registration 2 2 1 1 0 0 4.0 7.0 18.0 18.0 100.0"_s, u"By counter"_s,
                u"By officer"_s, u"By hour of the day"_s, u"09:00-10:00"_s},
            &why),
        qPrintable(why));
    const int pages = test::pdfInfo(pdf, &why).pages;
    QVERIFY2(pages >= 1, qPrintable(why));
    for (int p = 1; p <= pages; ++p)
        QVERIFY2(inOrder(text, {u"Page %1 of %2"_s.arg(p).arg(pages)}, &why), qPrintable(why));
    QVERIFY2(!text.contains(u"2569"_s), "Gregorian years in English");
    const QImage page = test::renderPdfPage(pdf, 60, 1, &why);
    QVERIFY2(!page.isNull(), qPrintable(why));
    QVERIFY2(inkShare(page) > 0.03, qPrintable(QString::number(inkShare(page))));
    QVERIFY(test::renderPdfPage(pdf, 100, 1, &why).save(outputPath(u"ereport-day-en-1.png"_s)));
}

void TestEReportPdf::monthBreaksLongTableAcrossPagesUnderItsHeader()
{
    constexpr int officers = 90;
    const QDate first(2026, 12, 1), last(2026, 12, 31);
    const EReport report = EReport::compute(first, last, busyMonth(officers), services());
    QHash<QString, QString> names;
    for (int n = 0; n < officers; ++n)
        names.insert(u"officer%1"_s.arg(n, 3, 10, QChar(u'0')), u"เจ้าหน้าที่คนที่ %1"_s.arg(n));
    ThaiReportWords thai;
    QVERIFY(QCoreApplication::installTranslator(&thai));
    const QString path = outputPath(u"ereport-month-th.pdf"_s);
    QString why;
    QElapsedTimer timer;
    timer.start();
    const bool written = EReportPdf::write(
        path, report, {u"ศูนย์ราชการสะดวก เซ็นทรัลบางนา"_s, Language::Thai, services(), names}, &why);
    qInfo("a month's PDF (%d officers, 20 counters) written in %lld ms", officers, timer.elapsed());
    QCoreApplication::removeTranslator(&thai);
    QVERIFY2(written, qPrintable(why));

    const QByteArray pdf = readFile(path);
    const test::PdfInfo info = test::pdfInfo(pdf, &why);
    // 90 officer rows and 20 counter rows of about 4.9 mm do not fit on one page beside the
    // heading and two charts of 62 mm each.
    QVERIFY2(info.pages >= 3, qPrintable(QString::number(info.pages)));
    const QStringList pages = test::pdfText(pdf, &why).split(u'\f', Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= info.pages, qPrintable(why));
    QVERIFY2(
        inOrder(pages.first(),
            {u"รายงานผลการให้บริการประจำเดือนธันวาคม 2569"_s, u"หน้า 1/%1"_s.arg(info.pages)}, &why),
        qPrintable(why));
    // Every officer once, in order; every page that has officers has the header before them.
    int officer = 0;
    for (int p = 0; p < info.pages; ++p) {
        const QString page = test::comparableText(pages.at(p));
        const QString name = test::comparableText(u"เจ้าหน้าที่คนที่ %1 "_s.arg(officer));
        if (!page.contains(name))
            continue;
        const qsizetype header = page.indexOf(test::comparableText(u"รอ p50"_s));
        QVERIFY2(header >= 0 && header < page.indexOf(name),
            qPrintable(u"page %1 has no header before its officers"_s.arg(p + 1)));
        // A page that goes on with the table says which table it is.
        if (officer > 0) {
            QVERIFY2(page.contains(test::comparableText(u"จำแนกตามเจ้าหน้าที่ (ต่อ)"_s)),
                qPrintable(pages.at(p)));
        }
        // "… 1 1 0 0 0 ": called, served, no-shows, transfers, cancelled of each officer.
        while (officer < officers
            && page.contains(test::comparableText(u"เจ้าหน้าที่คนที่ %1 1 1 0 0 0 "_s.arg(officer))))
            ++officer;
        QVERIFY2(page.contains(test::comparableText(u"หน้า %1/%2"_s.arg(p + 1).arg(info.pages))),
            qPrintable(pages.at(p)));
    }
    QCOMPARE(officer, officers);
    for (int p = 1; p <= info.pages; ++p) {
        const QImage image = test::renderPdfPage(pdf, 60, p, &why);
        QVERIFY2(!image.isNull(), qPrintable(why));
        QVERIFY2(inkShare(image) > 0.01, qPrintable(u"page %1"_s.arg(p)));
        test::renderPdfPage(pdf, 100, p, &why)
            .save(outputPath(u"ereport-month-th-%1.png"_s.arg(p)));
    }
}

void TestEReportPdf::emptyDaySaysNothingInThisPeriod()
{
    const EReport report = EReport::compute(day, day, {}, services());
    const QString path = m_dir.filePath(u"empty.pdf"_s);
    QString why;
    QVERIFY2(
        EReportPdf::write(path, report, {u"Center"_s, Language::English, services(), {}}, &why),
        qPrintable(why));
    const QString text = test::pdfText(readFile(path), &why);
    // Both services listed with zeros; no counters, officers or hours to list.
    QVERIFY2(inOrder(text,
                 {u"Issued 0"_s, u"Served 0"_s, u"No-shows 0"_s, u"Called within target -"_s,
                     u"A ID card 0 0 0 0 0 0 - - - - -"_s, u"By counter"_s,
                     u"Nothing in this period."_s, u"By officer"_s, u"Nothing in this period."_s,
                     u"By hour of the day"_s, u"Nothing in this period."_s, u"Page 1 of 1"_s},
                 &why),
        qPrintable(why));
    QVERIFY2(!text.contains(u"Served per hour"_s), "no chart of nothing");
}

void TestEReportPdf::refusesAPathItCannotWrite()
{
    const EReport report = EReport::compute(day, day, scriptedDay(), services());
    ThaiReportWords thai;
    QVERIFY(QCoreApplication::installTranslator(&thai));
    const QString missing = m_dir.filePath(u"no-such-folder/report.pdf"_s);
    QString why;
    const bool written
        = EReportPdf::write(missing, report, {u"Center"_s, Language::Thai, services(), {}}, &why);
    QCoreApplication::removeTranslator(&thai);
    QVERIFY(!written);
    QVERIFY2(why.startsWith(u"เขียนไฟล์ PDF "_s) && why.contains(missing), qPrintable(why));
    QVERIFY(!QFile::exists(missing));
}

// Six services with long names over half a page: the wait chart names them by code, the table in
// full; a period of days that is not a month has both dates.
void TestEReportPdf::namesServicesByCodeOnACrowdedChart()
{
    QList<Service> many;
    Script s;
    const QDate from(2026, 12, 1), to(2026, 12, 15);
    for (int i = 0; i < 6; ++i) {
        Service service;
        service.code = QString(QChar(u'A' + i));
        service.ticketPrefix = QChar(u'A' + i);
        service.thaiName = u"บริการที่มีชื่อยาวมากลำดับที่ %1"_s.arg(i + 1);
        service.englishName = u"A service with a very long name, number %1"_s.arg(i + 1);
        service.targetWaitMinutes = 10;
        many.append(service);
        const QString ticket = u"T%1"_s.arg(i);
        s.add(QueueEvent::TicketIssued, to, 9, 0, ticket, service.code);
        s.add(QueueEvent::TicketCalled, to, 9, 10 + i, ticket, service.code, 1, u"somchai"_s);
    }
    const EReport report = EReport::compute(from, to, s.events, many);
    const QString path = outputPath(u"ereport-crowded-en.pdf"_s);
    QString why;
    QVERIFY2(EReportPdf::write(path, report, {u"Center"_s, Language::English, many, {}}, &why),
        qPrintable(why));
    const QByteArray pdf = readFile(path);
    const QString text = test::pdfText(pdf, &why);
    // The chart's axis: the codes in order; then the table with the names in full.
    QVERIFY2(inOrder(text,
                 {u"Service report, 1 December 2026 to 15 December 2026"_s,
                     u"Wait per service (minutes)"_s, u"A B C D E F"_s,
                     u"A A service with a very long name, number 1"_s,
                     u"F A service with a very long name, number 6"_s},
                 &why),
        qPrintable(why));
    QVERIFY(test::renderPdfPage(pdf, 100, 1, &why).save(outputPath(u"ereport-crowded-en-1.png"_s)));
}

// Qt Charts' widgets belong to the GUI thread: a report written from a worker is refused, not
// drawn with a font database and a style that are not for it.
void TestEReportPdf::refusesOutsideTheGuiThread()
{
    const EReport report = EReport::compute(day, day, scriptedDay(), services());
    const QString path = m_dir.filePath(u"worker.pdf"_s);
    bool written = true;
    QString why;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        written = EReportPdf::write(
            path, report, {u"Center"_s, Language::English, services(), {}}, &why);
    }));
    worker->start();
    QVERIFY(worker->wait(30000));
    QVERIFY(!written);
    QVERIFY2(why.contains(u"main thread"_s), qPrintable(why));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestEReportPdf)
#include "tst_ereportpdf.moc"
