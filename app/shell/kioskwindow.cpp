#include "kioskwindow.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak {

KioskWindow::KioskWindow(const ShellContext &context, QWidget *parent) : ModeWindow(context, parent)
{
    setObjectName(u"kioskWindow"_s);
    resize(1080, 1920 / 2);
    setStyleSheet(u"QMainWindow { background: #f4f7fb; }"
                  "QPushButton[service=\"true\"] { background: #0d47a1; color: white;"
                  "  border-radius: 18px; padding: 24px; font-size: 30pt; text-align: left; }"
                  "QPushButton[service=\"true\"]:pressed { background: #1565c0; }"_s);

    // Staff leave the kiosk with Ctrl+Shift+Q; citizens have no way out of the screen.
    auto *quit = new QAction(this);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addAction(quit);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(24);

    auto *top = new QHBoxLayout;
    m_welcome = new QLabel(central);
    m_welcome->setObjectName(u"kioskWelcome"_s);
    m_welcome->setStyleSheet(u"font-size: 36pt; font-weight: bold; color: #0d47a1;"_s);
    top->addWidget(m_welcome, 1);
    m_languageButton = new QPushButton(central);
    m_languageButton->setObjectName(u"kioskLanguageButton"_s);
    m_languageButton->setStyleSheet(u"font-size: 20pt; padding: 12px 24px;"_s);
    connect(m_languageButton, &QPushButton::clicked, this, &ModeWindow::toggleLanguage);
    top->addWidget(m_languageButton);
    layout->addLayout(top);

    m_instruction = new QLabel(central);
    m_instruction->setStyleSheet(u"font-size: 24pt; color: #333;"_s);
    layout->addWidget(m_instruction);

    auto *grid = new QGridLayout;
    grid->setSpacing(24);
    int row = 0;
    int column = 0;
    for (const Service &service : context.services) {
        auto *button = new QPushButton(central);
        button->setObjectName(u"serviceButton_"_s + service.code);
        button->setProperty("service", true);
        button->setMinimumHeight(140);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        const QString code = service.code;
        connect(button, &QPushButton::clicked, this, [this, code] { Q_EMIT serviceChosen(code); });
        grid->addWidget(button, row, column);
        m_serviceButtons.append(button);
        if (++column == 2) {
            column = 0;
            ++row;
        }
    }
    layout->addLayout(grid, 1);
    setCentralWidget(central);
    retranslateUi();
}

void KioskWindow::retranslateUi()
{
    setScreenTitle(tr("Kiosk"));
    m_welcome->setText(tr("Welcome to the Government Center"));
    m_instruction->setText(tr("Touch the service you came for to take a queue ticket."));
    m_languageButton->setText(languageToggleText());
    const Language other = language() == Language::Thai ? Language::English : Language::Thai;
    for (int i = 0; i < m_serviceButtons.size(); ++i) {
        const Service &s = context().services.at(i);
        // The service in the screen's language, big, with the other language beneath for visitors.
        m_serviceButtons.at(i)->setText(
            s.code + u"   "_s + s.name(language()) + u"\n      "_s + s.name(other));
    }
}

} // namespace saduak
