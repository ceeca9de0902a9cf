#include "displaywindow.h"

#include <domain/bangkoktime.h>

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak {

DisplayWindow::DisplayWindow(const ShellContext &context, QWidget *parent)
    : ModeWindow(context, parent)
{
    setObjectName(u"displayWindow"_s);
    resize(1920, 1080);
    setStyleSheet(u"QMainWindow, QWidget#displayCentral { background: #0b1f3a; }"
                  "QLabel { color: white; }"
                  "QTableWidget { background: #0b1f3a; color: #ffd54f; font-size: 64pt;"
                  "  gridline-color: #23416b; border: none; }"
                  "QHeaderView::section { background: #12305a; color: white; font-size: 30pt;"
                  "  padding: 12px; border: none; }"_s);

    auto *central = new QWidget(this);
    central->setObjectName(u"displayCentral"_s);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(48, 24, 48, 24);

    auto *top = new QHBoxLayout;
    m_branch = new QLabel(central);
    m_branch->setStyleSheet(u"font-size: 34pt; font-weight: bold;"_s);
    top->addWidget(m_branch, 1);
    m_clock = new QLabel(central);
    m_clock->setObjectName(u"displayClock"_s);
    m_clock->setStyleSheet(u"font-size: 34pt;"_s);
    top->addWidget(m_clock);
    layout->addLayout(top);

    m_nowCalling = new QLabel(central);
    m_nowCalling->setStyleSheet(u"font-size: 40pt; color: #90caf9; margin-top: 24px;"_s);
    layout->addWidget(m_nowCalling);

    m_calls = new QTableWidget(kLastCallRows, 2, central);
    m_calls->setObjectName(u"lastCallsTable"_s);
    m_calls->verticalHeader()->hide();
    m_calls->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_calls->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_calls->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calls->setSelectionMode(QAbstractItemView::NoSelection);
    m_calls->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_calls, 1);

    m_footer = new QLabel(central);
    m_footer->setObjectName(u"displayFooter"_s);
    m_footer->setAlignment(Qt::AlignCenter);
    m_footer->setStyleSheet(u"font-size: 26pt; color: #b0bec5;"_s);
    layout->addWidget(m_footer);
    setCentralWidget(central);

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &DisplayWindow::showClock);
    m_clockTimer->start();

    retranslateUi();
}

void DisplayWindow::showClock()
{
    m_clock->setText(BangkokTime::formatDateTime(BangkokTime::nowUtcMs(), language()));
}

void DisplayWindow::retranslateUi()
{
    setScreenTitle(tr("Display board"));
    m_branch->setText(tr("Government Center — demo branch"));
    m_nowCalling->setText(tr("Now calling"));
    m_calls->setHorizontalHeaderLabels({tr("Ticket"), tr("Counter")});
    m_footer->setText(tr("Please wait for your number to be called."));
    showClock();
}

} // namespace saduak
