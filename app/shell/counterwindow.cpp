#include "counterwindow.h"

#include "appsettings.h"
#include "modulearea.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak {

CounterWindow::CounterWindow(const ShellContext &context, QWidget *parent)
    : ModeWindow(context, parent)
{
    setObjectName(u"counterWindow"_s);
    resize(1280, 800);

    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(findChild<QAction *>(u"toggleLanguageAction"_s));
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(findChild<QAction *>(u"aboutAction"_s));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    // Header: branch and counter.
    auto *header = new QHBoxLayout;
    m_branchLabel = new QLabel(central);
    m_branchLabel->setObjectName(u"branchLabel"_s);
    m_branchLabel->setStyleSheet(u"font-size: 18pt; font-weight: bold;"_s);
    header->addWidget(m_branchLabel, 1);
    m_counterLabel = new QLabel(central);
    header->addWidget(m_counterLabel);
    m_counterPicker = new QComboBox(central);
    m_counterPicker->setObjectName(u"counterPicker"_s);
    for (const Counter &c : context.counters)
        m_counterPicker->addItem(QString(), c.number);
    const int saved = context.settings ? context.settings->counterNumber() : 1;
    m_counterPicker->setCurrentIndex(std::max(0, m_counterPicker->findData(saved)));
    connect(m_counterPicker, &QComboBox::currentIndexChanged, this, [this] {
        if (this->context().settings)
            this->context().settings->setCounterNumber(counterNumber());
        showCounterServices();
    });
    header->addWidget(m_counterPicker);
    layout->addLayout(header);

    auto *splitter = new QSplitter(Qt::Horizontal, central);

    // Left: the ticket being served and what this counter serves.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    m_ticketTitle = new QLabel(left);
    m_ticketTitle->setStyleSheet(u"font-size: 14pt;"_s);
    leftLayout->addWidget(m_ticketTitle);
    m_ticketNumber = new QLabel(u"—"_s, left);
    m_ticketNumber->setObjectName(u"currentTicketLabel"_s);
    m_ticketNumber->setAlignment(Qt::AlignCenter);
    m_ticketNumber->setStyleSheet(u"font-size: 56pt; font-weight: bold; color: #1b5e20;"_s);
    leftLayout->addWidget(m_ticketNumber);
    m_ticketHint = new QLabel(left);
    m_ticketHint->setWordWrap(true);
    m_ticketHint->setAlignment(Qt::AlignCenter);
    leftLayout->addWidget(m_ticketHint);
    m_servicesTitle = new QLabel(left);
    m_servicesTitle->setStyleSheet(u"font-size: 14pt; margin-top: 16px;"_s);
    leftLayout->addWidget(m_servicesTitle);
    m_services = new QListWidget(left);
    m_services->setObjectName(u"counterServicesList"_s);
    m_services->setStyleSheet(u"font-size: 14pt;"_s);
    m_services->setWordWrap(true);
    m_services->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftLayout->addWidget(m_services, 1);
    splitter->addWidget(left);

    // Right: the modules.
    m_moduleArea = new ModuleArea(context, splitter);
    splitter->addWidget(m_moduleArea);
    splitter->setSizes({560, 720});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_statusModules = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusModules);

    retranslateUi();
}

int CounterWindow::counterNumber() const
{
    return m_counterPicker->currentData().toInt();
}

void CounterWindow::showCounterServices()
{
    m_services->clear();
    for (const Counter &c : context().counters) {
        if (c.number != counterNumber())
            continue;
        for (const Service &s : context().services)
            if (c.serviceCodes.contains(s.code))
                m_services->addItem(tr("%1  %2 (target wait %n min)", nullptr, s.targetWaitMinutes)
                                        .arg(s.code, s.name(language())));
    }
}

void CounterWindow::retranslateUi()
{
    setScreenTitle(tr("Counter"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    if (auto *a = findChild<QAction *>(u"toggleLanguageAction"_s))
        a->setText(languageToggleText());
    if (auto *a = findChild<QAction *>(u"aboutAction"_s))
        a->setText(tr("&About Saduak"));

    m_branchLabel->setText(tr("Government Center — demo branch"));
    m_counterLabel->setText(tr("This PC is"));
    for (int i = 0; i < m_counterPicker->count(); ++i) {
        const int number = m_counterPicker->itemData(i).toInt();
        for (const Counter &c : context().counters)
            if (c.number == number)
                m_counterPicker->setItemText(i, c.name(language()));
    }
    m_ticketTitle->setText(tr("Ticket being served"));
    m_ticketHint->setText(tr("No ticket is being served at this counter."));
    m_servicesTitle->setText(tr("Services at this counter"));
    showCounterServices();
    m_moduleArea->retranslateUi(language());
    m_statusModules->setText(tr("Modules: %1 running, %2 refused")
                                 .arg(context().modules.size())
                                 .arg(context().refusedModules.size()));
}

} // namespace saduak
