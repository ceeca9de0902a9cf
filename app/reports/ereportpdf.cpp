#include "ereportpdf.h"

#include <domain/buddhistdate.h>
#include <domain/translatabletext.h>
#include <i18n/translation.h>
#include <printing/printdrawing.h>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QThread>
#include <QTranslator>
#include <QValueAxis>
#include <QtMath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

using Dimension = EReport::Dimension;

constexpr int dotsPerInch = 300; // as FormPdf: one device unit is a 300 dpi dot
constexpr qreal marginMm = 15.0;

constexpr int units(qreal mm)
{
    return printdrawing::dotsOfMm(mm, dotsPerInch);
}

// Font sizes are given in points and set in device units (printdrawing::font).
constexpr int pointsToUnits(qreal points)
{
    return printdrawing::dotsOfPoints(points, dotsPerInch);
}

// Qt Charts lays a chart out in its own coordinates with spacings made for a screen; the chart is
// built at a screen's resolution and scaled into its place on the page.
constexpr qreal chartDotsPerInch = 100;
constexpr qsizetype maxLabelledBars = 12;
constexpr qreal axisRoom = 40; // about what the value axis and the margins take, in chart units

// The report's two shades, in one place: the table header and every other row.
const QColor headerShade(0xd9, 0xd9, 0xd9);
const QColor stripeShade(0xf2, 0xf2, 0xf2);
const QColor ruleColour(Qt::black);

constexpr int cellPadding = units(1.0);
constexpr int minNumberColumnWidth = units(12.5);
constexpr int maxNumberColumnWidth = units(14.0);
constexpr int chartHeight = units(58);
constexpr int chartGap = units(8);
constexpr int sectionGap = units(6);
constexpr int lineWidth = units(0.3);

struct Fonts
{
    QFont title, subtitle, summary, caption, header, cell, footer;
};

Fonts fontsFor(const QString &family)
{
    const auto f = [&](qreal points, bool bold) {
        return printdrawing::font(family, pointsToUnits(points), bold, true);
    };
    return {f(16, true), f(12, false), f(10.5, false), f(11, true), f(7, true), f(8.5, false),
        f(8, false)};
}

// The report's words in the report's language, which need not be the screen's: a supervisor with
// an English screen may print the Thai report for the office's file. Sources are marked with
// QT_TRANSLATE_NOOP in the context saduak::EReportPdf, so lupdate finds them.
class Words
{
public:
    explicit Words(Language language) : m_language(language)
    {
        if (language != installedLanguage() && language == Language::Thai)
            m_loaded = loadTranslation(m_translator, language);
    }

    QString operator()(const char *source) const
    {
        if (m_language == installedLanguage())
            return QCoreApplication::translate(context, source);
        if (m_language == Language::English || !m_loaded)
            return QString::fromUtf8(source); // the sources are the English text
        const QString text = m_translator.translate(context, source);
        return text.isEmpty() ? QString::fromUtf8(source) : text;
    }

private:
    static constexpr const char *context = "saduak::EReportPdf";
    Language m_language;
    QTranslator m_translator;
    bool m_loaded = false;
};

// "6 ธันวาคม 2569" / "6 December 2026"; a whole month "ธันวาคม 2569" / "December 2026".
QString periodText(const EReport &report, Language language, const Words &words)
{
    const QDate from = report.from;
    const QDate to = report.to.isValid() ? report.to : report.from;
    if (from == to) {
        return words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Daily service report, %1"))
            .arg(BuddhistDate::format(from, language, BuddhistDate::Style::Long));
    }
    if (from.day() == 1 && to.year() == from.year() && to.month() == from.month()
        && to.day() == from.daysInMonth()) {
        const QString month = language == Language::Thai
            ? BuddhistDate::thaiMonthName(from.month(), BuddhistDate::Style::Long) + u' '
                + QString::number(BuddhistDate::buddhistYear(from))
            : QLocale(QLocale::English).monthName(from.month()) + u' '
                + QString::number(from.year());
        return words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Monthly service report, %1"))
            .arg(month);
    }
    return words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Service report, %1 to %2"))
        .arg(BuddhistDate::format(from, language, BuddhistDate::Style::Long),
            BuddhistDate::format(to, language, BuddhistDate::Style::Long));
}

// Minutes with one decimal, as the CSV has them; "-" where there is no figure.
QString minutes(const std::optional<qint64> &ms)
{
    return ms ? QString::number(double(*ms) / 60000.0, 'f', 1) : u"-"_s;
}

QString percent(const std::optional<double> &share)
{
    return share ? QString::number(*share * 100.0, 'f', 1) : u"-"_s;
}

QString hourText(int hour)
{
    return u"%1:00-%2:00"_s.arg(hour, 2, 10, QChar(u'0')).arg(hour + 1, 2, 10, QChar(u'0'));
}

// The axis of a bar chart: from 0 to a round number above the highest bar (room for the bars'
// labels), in steps of 1, 2 or 5 times a power of ten, about five of them.
struct AxisScale
{
    double top = 1;
    double step = 1;
};

AxisScale axisScale(double highest, double smallestStep)
{
    const double wanted = qMax(highest * 1.15, smallestStep) / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(wanted)));
    double step = power;
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * power;
        if (step >= wanted)
            break;
    }
    step = qMax(step, smallestStep);
    return {std::ceil(highest * 1.15 / step) * step, step};
}

enum class ChartKind { ServedPerHour, WaitPerService };

// One thing drawn on a page, in device units inside the margins.
struct Item
{
    enum class Kind { Text, Fill, Chart };
    Kind kind = Kind::Text;
    int page = 0;
    QRect rect;
    QString text;
    const QFont *font = nullptr;
    Qt::Alignment alignment = Qt::AlignLeft;
    QColor colour;
    ChartKind chart = ChartKind::ServedPerHour;
};

struct ServiceLine
{
    QString label; // "A บัตรประชาชน"
    QString shortName; // the name alone, for the chart's axis
    const EReport::Row *row = nullptr;
};

// Lays the report out page after page, then paints it.
class Document
{
public:
    Document(const EReport &report, const EReportPdf::Content &content)
        : m_report(report),
          m_content(content),
          m_words(content.language),
          m_fonts(fontsFor(printdrawing::defaultFontFamily())),
          m_page(pageLayout().paintRectPixels(dotsPerInch).size())
    {
        for (const Service &s : content.services) {
            if (const EReport::Row *row = report.row(Dimension::Service, s.code))
                m_services.append(
                    {s.code + u' ' + s.name(content.language), s.name(content.language), row});
        }
        // Any other service the events name, by code, as EReport orders them.
        for (const EReport::Row &row : report.rows) {
            if (row.dimension != Dimension::Service)
                continue;
            const bool listed = std::any_of(content.services.cbegin(), content.services.cend(),
                [&](const Service &s) { return s.code == row.key; });
            if (!listed)
                m_services.append({row.key, row.key, &row});
        }
    }

    static QPageLayout pageLayout()
    {
        return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
    }

    QString title() const
    {
        return m_content.centerName + u" - "_s + periodText(m_report, m_content.language, m_words);
    }

    int compose()
    {
        m_bottom = m_page.height() - footerHeight();
        heading();
        summary();
        charts();
        serviceTable();
        otherTable(Dimension::Counter,
            m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "By counter")),
            m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Counter")));
        otherTable(Dimension::Officer,
            m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "By officer")),
            m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Officer")));
        otherTable(Dimension::Hour,
            m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "By hour of the day")),
            m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Hour")));
        footers();
        return m_pageIndex + 1;
    }

    void paint(QPainter &painter, int page) const
    {
        painter.setPen(Qt::black);
        for (const Item &item : m_items) {
            if (item.page != page)
                continue;
            switch (item.kind) {
            case Item::Kind::Text:
                printdrawing::drawText(painter, item.rect, item.text, *item.font, item.alignment);
                break;
            case Item::Kind::Fill:
                painter.fillRect(item.rect, item.colour);
                break;
            case Item::Kind::Chart:
                paintChart(painter, item.rect, item.chart);
                break;
            }
        }
    }

private:
    int width() const { return m_page.width(); }

    void addText(const QRect &rect, const QString &text, const QFont &font,
        Qt::Alignment alignment = Qt::AlignLeft)
    {
        Item item;
        item.kind = Item::Kind::Text;
        item.page = m_pageIndex;
        item.rect = rect;
        item.text = text;
        item.font = &font;
        item.alignment = alignment;
        m_items.append(item);
    }

    void addFill(const QRect &rect, const QColor &colour)
    {
        Item item;
        item.kind = Item::Kind::Fill;
        item.page = m_pageIndex;
        item.rect = rect;
        item.colour = colour;
        m_items.append(item);
    }

    // A line of text the width of the page; returns its height.
    int addParagraph(const QString &text, const QFont &font, Qt::Alignment alignment)
    {
        const int h = printdrawing::textHeight(text, font, width(), alignment);
        addText(QRect(0, m_y, width(), h), text, font, alignment);
        m_y += h;
        return h;
    }

    // Moves to the next page unless height fits below the current line.
    bool ensureRoom(int height)
    {
        if (m_y + height <= m_bottom || m_y == 0)
            return false;
        ++m_pageIndex;
        m_y = 0;
        return true;
    }

    int lineHeight(const QFont &font) const { return QFontMetrics(font).height(); }

    int footerHeight() const { return lineHeight(m_fonts.footer) + units(4); }

    void heading()
    {
        addParagraph(m_content.centerName, m_fonts.title, Qt::AlignHCenter);
        m_y += units(1.5);
        addParagraph(
            periodText(m_report, m_content.language, m_words), m_fonts.subtitle, Qt::AlignHCenter);
        m_y += units(2);
        addFill(QRect(0, m_y, width(), 2 * lineWidth), ruleColour);
        m_y += 2 * lineWidth + units(3);
    }

    // The period's totals over the services (each ticket is issued for one service, each leg
    // served, missed or called belongs to one), side by side in four columns, then what the
    // figures mean.
    void summary()
    {
        int issued = 0, served = 0, noShows = 0, called = 0, within = 0;
        for (const ServiceLine &s : std::as_const(m_services)) {
            issued += s.row->issued;
            served += s.row->served;
            noShows += s.row->noShows;
            called += s.row->called;
            within += s.row->withinTarget;
        }
        const QString share = called > 0 ? percent(double(within) / called) + u" %"_s : u"-"_s;
        const QStringList figures {
            m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Issued %1")).arg(issued),
            m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Served %1")).arg(served),
            m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "No-shows %1")).arg(noShows),
            m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Called within target %1")).arg(share),
        };
        // On one line with equal gaps when they fit, else in four equal columns, wrapped.
        QList<int> widths;
        int total = 0;
        for (const QString &f : figures) {
            widths.append(printdrawing::textWidth(f, m_fonts.summary) + units(1));
            total += widths.last();
        }
        const int gap = (width() - total) / int(figures.size() + 1);
        const bool oneLine = gap >= units(4);
        int x = oneLine ? gap : 0;
        int height = 0;
        for (qsizetype i = 0; i < figures.size(); ++i) {
            const int w = oneLine ? widths.at(i) : width() / int(figures.size());
            const int h
                = printdrawing::textHeight(figures.at(i), m_fonts.summary, w, Qt::AlignHCenter);
            addText(QRect(x, m_y, w, h), figures.at(i), m_fonts.summary, Qt::AlignHCenter);
            height = qMax(height, h);
            x += w + (oneLine ? gap : 0);
        }
        m_y += height + units(2);
        addParagraph(m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf",
                         "Times in minutes. p50: half of the waits (or services) were at most this "
                         "long; p90: nine in ten were. Within target: called within the service's "
                         "target wait.")),
            m_fonts.footer, Qt::AlignLeft);
    }

    // Charts only of what there is (an empty day has its tables saying so, not empty axes), side
    // by side, each under its caption.
    void charts()
    {
        QList<std::pair<QString, ChartKind>> charts;
        const QList<EReport::Row> hours = m_report.rowsOf(Dimension::Hour);
        if (std::any_of(hours.cbegin(), hours.cend(), [](const auto &r) { return r.served > 0; })) {
            charts.append({m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Served per hour")),
                ChartKind::ServedPerHour});
        }
        if (std::any_of(m_services.cbegin(), m_services.cend(),
                [](const ServiceLine &s) { return s.row->waitP50Ms.has_value(); })) {
            charts.append(
                {m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Wait per service (minutes)")),
                    ChartKind::WaitPerService});
        }
        if (charts.isEmpty())
            return;
        const int captionHeight = lineHeight(m_fonts.caption);
        const int chartWidth = (width() - chartGap) / 2;
        m_y += sectionGap;
        ensureRoom(captionHeight + units(1) + chartHeight);
        for (qsizetype i = 0; i < charts.size(); ++i) {
            const int x = int(i) * (chartWidth + chartGap);
            addText(QRect(x, m_y, chartWidth, captionHeight), charts.at(i).first, m_fonts.caption);
            Item item;
            item.kind = Item::Kind::Chart;
            item.page = m_pageIndex;
            item.rect = QRect(x, m_y + captionHeight + units(1), chartWidth, chartHeight);
            item.chart = charts.at(i).second;
            m_items.append(item);
        }
        m_y += captionHeight + units(1) + chartHeight;
    }

    struct Column
    {
        QString header;
        int width = 0;
    };

    QList<Column> columns(const QString &itemHeader, bool withIssued) const
    {
        QStringList headers;
        if (withIssued)
            headers << m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Issued"));
        headers << m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Called"))
                << m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Served"))
                << m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "No-shows"))
                << m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Transfers out"))
                << m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Cancelled"))
                << m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Wait p50"))
                << m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Wait p90"))
                << m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Service p50"))
                << m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Service p90"))
                << m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Within target (%)"));
        // Wide enough for the longest English word of a header ("Cancelled" cut into "Cancelle" and
        // "d" reads badly; Thai wraps between syllables), within bounds that leave the first
        // column room for a service's name.
        int longestWord = 0;
        for (const QString &h : std::as_const(headers)) {
            for (const QString &word : h.split(u' ', Qt::SkipEmptyParts)) {
                if (word.front().unicode() < 0x80)
                    longestWord = qMax(longestWord, printdrawing::textWidth(word, m_fonts.header));
            }
        }
        const int numberWidth = std::clamp(
            longestWord + 2 * cellPadding + units(0.5), minNumberColumnWidth, maxNumberColumnWidth);
        QList<Column> result {{itemHeader, width() - int(headers.size()) * numberWidth}};
        for (const QString &h : std::as_const(headers))
            result.append({h, numberWidth});
        return result;
    }

    static QStringList cells(const QString &item, const EReport::Row &r, bool withIssued)
    {
        QStringList c {item};
        if (withIssued)
            c << QString::number(r.issued);
        c << QString::number(r.called) << QString::number(r.served) << QString::number(r.noShows)
          << QString::number(r.transfersOut) << QString::number(r.cancelled) << minutes(r.waitP50Ms)
          << minutes(r.waitP90Ms) << minutes(r.serviceP50Ms) << minutes(r.serviceP90Ms)
          << percent(r.withinTargetShare());
        return c;
    }

    int headerHeight(const QList<Column> &cols) const
    {
        qsizetype lines = 1;
        for (const Column &c : cols) {
            lines = qMax(lines,
                printdrawing::wrappedLines(c.header, m_fonts.header, c.width - 2 * cellPadding)
                    .size());
        }
        return int(lines) * lineHeight(m_fonts.header) + 2 * cellPadding;
    }

    void tableHeader(const QList<Column> &cols)
    {
        const int h = headerHeight(cols);
        addFill(QRect(0, m_y, width(), h), headerShade);
        int x = 0;
        for (qsizetype i = 0; i < cols.size(); ++i) {
            const Column &c = cols.at(i);
            addText(QRect(x + cellPadding, m_y + cellPadding, c.width - 2 * cellPadding,
                        h - 2 * cellPadding),
                c.header, m_fonts.header, i == 0 ? Qt::AlignLeft : Qt::AlignRight);
            x += c.width;
        }
        m_y += h;
        addFill(QRect(0, m_y, width(), lineWidth), ruleColour);
        m_y += lineWidth;
    }

    // A caption, the header, then the rows; a row that does not fit goes to the next page, under
    // the header again, so every page of a long table can be read alone.
    void table(const QString &caption, const QString &itemHeader,
        const QList<std::pair<QString, const EReport::Row *>> &rows, bool withIssued)
    {
        const QList<Column> cols = columns(itemHeader, withIssued);
        const int captionHeight = lineHeight(m_fonts.caption);
        const int cellLine = lineHeight(m_fonts.cell);
        const auto rowLines = [&](const QString &item) {
            return qMax<qsizetype>(1,
                printdrawing::wrappedLines(item, m_fonts.cell, cols.first().width - 2 * cellPadding)
                    .size());
        };
        m_y += sectionGap;
        const int firstRow = rows.isEmpty()
            ? cellLine
            : int(rowLines(rows.first().first)) * cellLine + 2 * cellPadding;
        ensureRoom(captionHeight + units(1) + headerHeight(cols) + firstRow);
        addText(QRect(0, m_y, width(), captionHeight), caption, m_fonts.caption);
        m_y += captionHeight + units(1);
        if (rows.isEmpty()) {
            addText(QRect(0, m_y, width(), cellLine),
                m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Nothing in this period.")),
                m_fonts.cell);
            m_y += cellLine;
            return;
        }
        tableHeader(cols);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QStringList values = cells(rows.at(r).first, *rows.at(r).second, withIssued);
            const QStringList itemLines = printdrawing::wrappedLines(
                values.first(), m_fonts.cell, cols.first().width - 2 * cellPadding);
            const int h = int(qMax<qsizetype>(1, itemLines.size())) * cellLine + 2 * cellPadding;
            if (ensureRoom(h)) {
                // Which table this is, on a page that starts in the middle of it.
                addText(QRect(0, m_y, width(), captionHeight),
                    m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "%1 (continued)")).arg(caption),
                    m_fonts.caption);
                m_y += captionHeight + units(1);
                tableHeader(cols);
            }
            if (r % 2 == 1)
                addFill(QRect(0, m_y, width(), h), stripeShade);
            int x = 0;
            for (qsizetype i = 0; i < cols.size(); ++i) {
                const int w = cols.at(i).width - 2 * cellPadding;
                if (i == 0) {
                    int y = m_y + cellPadding;
                    for (const QString &line : itemLines) {
                        addText(QRect(x + cellPadding, y, w, cellLine), line, m_fonts.cell);
                        y += cellLine;
                    }
                } else {
                    addText(QRect(x + cellPadding, m_y + cellPadding, w, cellLine), values.at(i),
                        m_fonts.cell, Qt::AlignRight);
                }
                x += cols.at(i).width;
            }
            m_y += h;
        }
        addFill(QRect(0, m_y, width(), lineWidth), ruleColour);
        m_y += lineWidth;
    }

    void serviceTable()
    {
        QList<std::pair<QString, const EReport::Row *>> rows;
        for (const ServiceLine &s : std::as_const(m_services))
            rows.append({s.label, s.row});
        table(m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "By service")),
            m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Service")), rows, true);
    }

    void otherTable(Dimension dimension, const QString &caption, const QString &itemHeader)
    {
        QList<std::pair<QString, const EReport::Row *>> rows;
        for (const EReport::Row &r : m_report.rows) {
            if (r.dimension != dimension)
                continue;
            QString item = r.key;
            if (dimension == Dimension::Officer)
                item = m_content.officerNames.value(r.key, r.key);
            else if (dimension == Dimension::Hour)
                item = hourText(r.key.toInt());
            rows.append({item, &r});
        }
        // No one issues at a counter: issued is always 0 there, and a column of zeros would read
        // as if the counter had done nothing.
        table(caption, itemHeader, rows, dimension == Dimension::Hour);
    }

    void footers()
    {
        const int h = lineHeight(m_fonts.footer);
        const int top = m_page.height() - h;
        const int pages = m_pageIndex + 1;
        const QString left = title();
        for (int page = 0; page < pages; ++page) {
            m_pageIndex = page;
            const QString number = m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Page %1 of %2"))
                                       .arg(page + 1)
                                       .arg(pages);
            const int numberWidth = printdrawing::textWidth(number, m_fonts.footer) + units(1);
            addFill(QRect(0, top - units(2), width(), lineWidth), Qt::lightGray);
            addText(QRect(0, top, width() - numberWidth - units(4), h), left, m_fonts.footer);
            addText(QRect(width() - numberWidth, top, numberWidth, h), number, m_fonts.footer,
                Qt::AlignRight);
        }
    }

    // Qt Charts draws into any QPainter through a QGraphicsScene: the chart is made in a scene of
    // its own, laid out at a screen's resolution, and the scene rendered into the page's
    // rectangle. Its text stays text in the PDF, in the report's font.
    void paintChart(QPainter &painter, const QRect &target, ChartKind kind) const
    {
        const qreal scale = chartDotsPerInch / dotsPerInch;
        const QRectF bounds(0, 0, target.width() * scale, target.height() * scale);
        const QString family = m_fonts.cell.family();
        const auto chartFont = [&](qreal points, bool bold) {
            QFont f(family);
            f.setPixelSize(qRound(points * chartDotsPerInch / 72.0));
            f.setBold(bold);
            f.setHintingPreference(QFont::PreferNoHinting); // scaled after layout
            return f;
        };
        const QFont labelFont = chartFont(8, false);
        const QFont valueFont = chartFont(7, false);

        QGraphicsScene scene;
        auto *chart = new QChart; // the scene owns it
        scene.addItem(chart);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setBackgroundRoundness(0);
        chart->setDropShadowEnabled(false);
        chart->setMargins(QMargins(2, 2, 2, 2));
        chart->legend()->setFont(labelFont);

        auto *series = new QBarSeries;
        auto *categories = new QBarCategoryAxis;
        auto *values = new QValueAxis;
        double highest = 0;
        double smallestStep = 1;
        if (kind == ChartKind::ServedPerHour) {
            // Every hour from the first to the last with anything, so the gaps show as gaps.
            const QList<EReport::Row> hours = m_report.rowsOf(Dimension::Hour);
            int first = 23, last = 0;
            for (const EReport::Row &r : hours) {
                first = qMin(first, r.key.toInt());
                last = qMax(last, r.key.toInt());
            }
            auto *served = new QBarSet(m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Served")));
            QStringList labels;
            for (int hour = first; hour <= last; ++hour) {
                const EReport::Row *r = m_report.row(Dimension::Hour, QString::number(hour));
                const int n = r ? r->served : 0;
                served->append(n);
                highest = qMax(highest, double(n));
                labels << u"%1"_s.arg(hour, 2, 10, QChar(u'0')); // "08:00" is cut at half a page
            }
            series->append(served);
            categories->append(labels);
            chart->legend()->hide();
        } else {
            auto *p50 = new QBarSet(m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Wait p50")));
            auto *p90 = new QBarSet(m_words(QT_TRANSLATE_NOOP("saduak::EReportPdf", "Wait p90")));
            QStringList labels, codes;
            for (const ServiceLine &s : m_services) {
                if (!s.row->waitP50Ms)
                    continue;
                codes << s.row->key;
                // One decimal, as the tables show it, so a bar's label and its row agree.
                const auto m = [](qint64 ms) { return std::round(double(ms) / 6000.0) / 10.0; };
                p50->append(m(*s.row->waitP50Ms));
                p90->append(m(s.row->waitP90Ms.value_or(0)));
                highest = qMax(highest, m(s.row->waitP90Ms.value_or(0)));
                labels << s.shortName;
            }
            // A name wider than its category would run into its neighbours: then every service is
            // named by its code, as the table below names it first.
            const qreal room = (bounds.width() - axisRoom) / qMax<qsizetype>(1, labels.size());
            const QFontMetrics metrics(labelFont);
            if (std::any_of(labels.cbegin(), labels.cend(),
                    [&](const QString &l) { return metrics.horizontalAdvance(l) > room; }))
                labels = codes;
            series->append(p50);
            series->append(p90);
            categories->append(labels);
            chart->legend()->setAlignment(Qt::AlignTop);
            smallestStep = 0.5;
        }
        for (QBarSet *set : series->barSets()) {
            set->setLabelFont(valueFont);
            set->setLabelColor(Qt::black);
        }
        // A value over each bar while they are few; crowded, the labels of neighbours run into
        // one another ("1010"), and the tables have every figure anyway.
        qsizetype bars = 0;
        for (const QBarSet *set : series->barSets())
            bars += set->count();
        series->setLabelsVisible(bars <= maxLabelledBars);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsPrecision(4);
        chart->addSeries(series);

        categories->setLabelsFont(labelFont);
        // Qt Charts cuts a label to "…" by the room it had before the chart was given its size.
        categories->setTruncateLabels(false);
        chart->addAxis(categories, Qt::AlignBottom);
        series->attachAxis(categories);
        const AxisScale axis = axisScale(highest, smallestStep);
        values->setRange(0, axis.top);
        values->setTickType(QValueAxis::TicksDynamic);
        values->setTickAnchor(0);
        values->setTickInterval(axis.step);
        values->setLabelFormat(axis.step < 1 ? u"%.1f"_s : u"%.0f"_s);
        values->setLabelsFont(labelFont);
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(values);

        chart->setGeometry(bounds);
        // The chart lays itself out on a posted event; painting comes before the event loop
        // would deliver it, so it is laid out now.
        if (chart->layout())
            chart->layout()->activate();
        scene.setSceneRect(bounds);
        scene.render(&painter, QRectF(target), bounds, Qt::IgnoreAspectRatio);
    }

    const EReport &m_report;
    const EReportPdf::Content &m_content;
    Words m_words;
    Fonts m_fonts;
    QSize m_page; // the printable area, device units
    QList<ServiceLine> m_services;
    int m_bottom = 0; // where the footer starts
    int m_pageIndex = 0;
    int m_y = 0;
    QList<Item> m_items;
};

} // namespace

bool EReportPdf::write(
    const QString &path, const EReport &report, const Content &content, QString *why)
{
    const auto fail = [&](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    QCoreApplication *app = QCoreApplication::instance();
    if (!qobject_cast<QApplication *>(app) || QThread::currentThread() != app->thread()) {
        return fail(tr("The e-report's charts can be drawn only by a program with a screen "
                       "(a QApplication; the offscreen platform will do), in its main thread."));
    }
    if (!report.from.isValid() || (report.to.isValid() && report.to < report.from))
        return fail(tr("The e-report has no valid period."));

    Document document(report, content);
    const int pages = document.compose();

    // Written whole or not at all: a supervisor's earlier copy is not replaced by half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(tr("Cannot write the PDF file %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setCreator(u"Saduak"_s);
        writer.setTitle(document.title());
        writer.setResolution(dotsPerInch);
        writer.setPageLayout(Document::pageLayout());
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return fail(
                tr("Cannot write the PDF file %1: %2")
                    .arg(QDir::toNativeSeparators(path), tr("the PDF could not be started")));
        }
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            document.paint(painter, page);
        }
        painter.end();
    }
    if (!file.commit()) {
        return fail(tr("Cannot write the PDF file %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return true;
}

} // namespace saduak
