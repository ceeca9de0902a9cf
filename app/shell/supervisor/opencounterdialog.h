#pragma once

#include <domain/language.h>
#include <domain/service.h>

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;

namespace saduak {

// Which services a counter opens for, asked by the supervisor's Open…: every service of the
// branch with a tick, those given ticked (the counter's own); a counter opened for nothing could
// never call, so OK waits for one tick at least.
class OpenCounterDialog : public QDialog
{
    Q_OBJECT
public:
    OpenCounterDialog(const QString &counterName, const QList<Service> &services,
        const QStringList &ticked, Language language, QWidget *parent = nullptr);

    QStringList chosenServices() const; // in the catalog's order
    void setChosen(const QStringList &codes); // for tests and a saved choice

private:
    void updateButtons();

    QList<QCheckBox *> m_boxes;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace saduak
