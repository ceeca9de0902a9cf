#include "poppler.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace saduak::test {

namespace {

// Runs a poppler tool on pdf written to dir; its standard output, or null with why set.
QByteArray run(const QString &tool, const QByteArray &pdf, const QTemporaryDir &dir,
    const QStringList &arguments, QString *why)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        *why = tool + u" not found: install poppler-utils"_s;
        return {};
    }
    QFile file(dir.filePath(u"document.pdf"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        *why = file.errorString();
        return {};
    }
    file.close();
    QStringList args = arguments;
    for (QString &arg : args)
        arg.replace(u"%PDF%"_s, file.fileName());
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *why = tool + u": "_s + QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    QByteArray out = process.readAllStandardOutput();
    if (out.isNull())
        out = ""; // ran fine and printed nothing
    return out;
}

} // namespace

QImage renderPdfPage(const QByteArray &pdf, int dpi, int page, QString *why)
{
    QTemporaryDir dir;
    const QString stem = dir.filePath(u"page"_s);
    if (run(u"pdftoppm"_s, pdf, dir,
            {u"-r"_s, QString::number(dpi), u"-f"_s, QString::number(page), u"-l"_s,
                QString::number(page), u"-png"_s, u"-singlefile"_s, u"%PDF%"_s, stem},
            why)
            .isNull()) {
        return {};
    }
    QImage image(stem + u".png"_s);
    if (image.isNull())
        *why = u"pdftoppm wrote no page %1"_s.arg(page);
    return image;
}

QString pdfText(const QByteArray &pdf, QString *why)
{
    QTemporaryDir dir;
    const QByteArray text = run(
        u"pdftotext"_s, pdf, dir, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, u"%PDF%"_s, u"-"_s}, why);
    return text.isNull() ? QString() : QString::fromUtf8(text);
}

QString comparableText(const QString &text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c.isSpace() || (c.unicode() >= 0x0E47 && c.unicode() <= 0x0E4E)
            || c.category() == QChar::Other_PrivateUse)
            continue;
        result.append(c);
    }
    return result;
}

PdfInfo pdfInfo(const QByteArray &pdf, QString *why)
{
    QTemporaryDir dir;
    const QString info = QString::fromUtf8(run(u"pdfinfo"_s, pdf, dir, {u"%PDF%"_s}, why));
    PdfInfo result;
    static const QRegularExpression pages(
        u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression size(
        u"^Page size:\\s+([0-9.]+) x ([0-9.]+) pts"_s, QRegularExpression::MultilineOption);
    if (const auto m = pages.match(info); m.hasMatch())
        result.pages = m.captured(1).toInt();
    if (const auto m = size.match(info); m.hasMatch())
        result.pageSizePt = QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
    return result;
}

} // namespace saduak::test
