#include "connectingwindow.h"

#include <queuelink/queuelink.h>

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak {

ConnectingWindow::ConnectingWindow(QueueLink &queue, const QUrl &hub, QWidget *parent)
    : QWidget(parent), m_queue(queue), m_hub(hub)
{
    setObjectName(u"connectingWindow"_s);
    setWindowTitle(tr("Saduak"));
    resize(640, 240);
    auto *layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setStyleSheet(u"font-size: 16pt;"_s);
    layout->addWidget(m_text);
    connect(&m_queue, &QueueLink::stateChanged, this, &ConnectingWindow::showState);
    showState();
}

void ConnectingWindow::showState()
{
    if (m_queue.state() == QueueLink::State::Refused) {
        m_text->setText(
            tr("This PC cannot join the hub at %1: %2").arg(m_hub.toString(), m_queue.stateMessage()));
        return;
    }
    m_text->setText(tr("Connecting to the branch hub at %1 …").arg(m_hub.toString()));
}

} // namespace saduak
