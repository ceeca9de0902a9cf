#include "modewindow.h"

#include "aboutdialog.h"
#include "appsettings.h"
#include "languageswitcher.h"

#include <queuelink/queuelink.h>

#include <QAction>

using namespace Qt::StringLiterals;

namespace saduak {

ModeWindow::ModeWindow(const ShellContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context)
{
    auto *languageAction = new QAction(this);
    languageAction->setObjectName(u"toggleLanguageAction"_s);
    languageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(languageAction, &QAction::triggered, this, &ModeWindow::toggleLanguage);
    addAction(languageAction);

    auto *aboutAction = new QAction(this);
    aboutAction->setObjectName(u"aboutAction"_s);
    aboutAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(aboutAction, &QAction::triggered, this, &ModeWindow::showAbout);
    addAction(aboutAction);

    // Retranslate on the switcher's signal rather than on QEvent::LanguageChange alone: Qt sends
    // that event only while the event loop runs, and a screen must follow the switch at once.
    if (m_context.language)
        connect(m_context.language, &LanguageSwitcher::languageChanged, this,
            [this] { retranslateUi(); });
    if (m_context.queue)
        connect(m_context.queue, &QueueLink::catalogChanged, this, &ModeWindow::takeCatalog);
}

void ModeWindow::takeCatalog()
{
    const std::optional<BranchCatalog> &catalog = m_context.queue->catalog();
    if (!catalog)
        return;
    m_context.services = catalog->services;
    m_context.counters = catalog->counters;
    m_context.holidays = catalog->holidays;
    showCatalog();
}

Language ModeWindow::language() const
{
    return m_context.language ? m_context.language->current() : Language::Thai;
}

void ModeWindow::toggleLanguage()
{
    if (!m_context.language)
        return;
    m_context.language->toggle();
    if (m_context.settings)
        m_context.settings->setLanguage(m_context.language->current());
}

void ModeWindow::showAbout()
{
    AboutDialog dialog(m_context, this);
    dialog.exec();
}

QString ModeWindow::languageToggleText() const
{
    return language() == Language::Thai ? u"English"_s : u"ภาษาไทย"_s;
}

void ModeWindow::setScreenTitle(const QString &title)
{
    setWindowTitle(title + u" — "_s + tr("Saduak"));
}

} // namespace saduak
