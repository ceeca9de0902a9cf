#include <reports/ereportpdf.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

// EReportPdf::write in a program without a QApplication (saduak-hub as it starts): Qt Charts'
// widgets would crash there, so it refuses and says why instead.
class TestEReportPdfHeadless : public QObject
{
    Q_OBJECT

private slots:
    void refusesWithoutAQApplication()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        EReport report;
        report.from = report.to = QDate(2026, 12, 7);
        const QString path = dir.filePath(u"report.pdf"_s);
        QString why;
        QVERIFY(!EReportPdf::write(path, report, {u"Center"_s, Language::English, {}, {}}, &why));
        QVERIFY2(why.contains(u"QApplication"_s), qPrintable(why));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestEReportPdfHeadless)
#include "tst_ereportpdf_headless.moc"
