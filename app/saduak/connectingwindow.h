#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;

namespace saduak {

class QueueLink;

// Shown by a client PC until the hub answered: where it is connecting to, and why it cannot
// (a refused pairing says so plainly instead of knocking for ever).
class ConnectingWindow : public QWidget
{
    Q_OBJECT
public:
    ConnectingWindow(QueueLink &queue, const QUrl &hub, QWidget *parent = nullptr);

private:
    void showState();

    QueueLink &m_queue;
    QUrl m_hub;
    QLabel *m_text = nullptr;
};

} // namespace saduak
