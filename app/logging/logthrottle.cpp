#include "logthrottle.h"

#include <QDebug>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace saduak {

LogThrottle::LogThrottle(const QLoggingCategory &category, QtMsgType summaryType, QString what)
    : m_category(category), m_summaryType(summaryType), m_what(std::move(what))
{
    m_window.setSingleShot(true);
    QObject::connect(&m_window, &QTimer::timeout, &m_window, [this] { endWindow(); });
}

LogThrottle::~LogThrottle()
{
    endWindow();
}

void LogThrottle::setWindow(int linesPerWindow, int windowMs)
{
    m_linesPerWindow = linesPerWindow > 0 ? linesPerWindow : kDefaultLinesPerWindow;
    m_windowMs = windowMs > 0 ? windowMs : kDefaultWindowMs;
}

bool LogThrottle::admit()
{
    if (!m_window.isActive()) {
        m_logged = 0;
        m_left = 0;
        m_window.start(m_windowMs);
    }
    if (m_logged < m_linesPerWindow) {
        ++m_logged;
        return true;
    }
    ++m_left;
    return false;
}

void LogThrottle::endWindow()
{
    m_window.stop();
    if (m_left > 0) {
        // Plain digits, no grouping: scripts and tests read the number back.
        const QString line = m_what + u": "_s + QString::number(m_left)
            + u" more like this in the last "_s + QString::number(m_windowMs / 1000.0) + u" s"_s;
        const QMessageLogger logger;
        if (m_summaryType == QtWarningMsg)
            logger.warning(m_category).noquote() << line;
        else if (m_summaryType == QtCriticalMsg)
            logger.critical(m_category).noquote() << line;
        else
            logger.info(m_category).noquote() << line;
    }
    m_logged = 0;
    m_left = 0;
}

} // namespace saduak
