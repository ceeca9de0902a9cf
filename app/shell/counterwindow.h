#pragma once

#include "modewindow.h"

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;

namespace saduak {

class ModuleArea;

// The counter officer's screen: which counter this is and what it serves, the ticket being served,
// and the module area where the services' modules do their work.
class CounterWindow : public ModeWindow
{
    Q_OBJECT
public:
    explicit CounterWindow(const ShellContext &context, QWidget *parent = nullptr);

    int counterNumber() const;

protected:
    void retranslateUi() override;

private:
    void showCounterServices();

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QLabel *m_branchLabel = nullptr;
    QLabel *m_counterLabel = nullptr;
    QComboBox *m_counterPicker = nullptr;
    QLabel *m_ticketTitle = nullptr;
    QLabel *m_ticketNumber = nullptr;
    QLabel *m_ticketHint = nullptr;
    QLabel *m_servicesTitle = nullptr;
    QListWidget *m_services = nullptr;
    ModuleArea *m_moduleArea = nullptr;
    QLabel *m_statusModules = nullptr;
};

} // namespace saduak
