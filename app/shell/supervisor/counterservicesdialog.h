#pragma once

#include <domain/counter.h>
#include <domain/language.h>
#include <domain/service.h>

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace saduak {

// Counter services… on the Services tab: pick a counter, tick what it may serve (what it opens
// with when nobody says; one at least, or it could never call) and its call order (Call order…
// opens the counter screen's CallProfileDialog). Only edits; the panel sends setCounterServices
// and, when the order changed, setCallProfile.
class CounterServicesDialog : public QDialog
{
    Q_OBJECT
public:
    // counters: the catalog's (serviceCodes: what each may serve) with their call order.
    CounterServicesDialog(const QList<Counter> &counters, const QList<Service> &services,
        int selectedCounter, Language language, QWidget *parent = nullptr);

    int counter() const; // its number; 0 when the branch has none
    QStringList services() const; // ticked, in the catalog's order
    CallProfile profile() const; // the counter's call order as it is to be
    bool profileChanged() const;

    void selectCounter(int number);
    void setServices(const QStringList &codes);
    void setProfile(const CallProfile &profile); // what Call order… would return

public Q_SLOTS:
    void editCallProfile(); // opens CallProfileDialog (a child named callProfileDialog)

private:
    void showCounter();
    void update();
    const Counter *current() const;

    QList<Counter> m_counters;
    Language m_language;
    QHash<int, CallProfile> m_profiles; // as edited, by counter
    QComboBox *m_counter = nullptr;
    QList<QCheckBox *> m_boxes;
    QLabel *m_profileText = nullptr;
    QPushButton *m_profileButton = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace saduak
