#pragma once

#include "shellcontext.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace saduak {

// The part of the counter screen that belongs to modules: one tab per running module with the
// module's own panel (or, for a module without one, what it serves), and a line that says which
// plugins were refused and why, so a supervisor can call support with the reason.
class ModuleArea : public QWidget
{
    Q_OBJECT
public:
    ModuleArea(const ShellContext &context, QWidget *parent = nullptr);

    int moduleTabCount() const;
    void retranslateUi(Language language);

private:
    QString servicesText(const ModuleInfo &info, Language language) const;

    ShellContext m_context;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_refused = nullptr;
    QList<QLabel *> m_serviceLabels; // for modules without a panel, retranslated
};

} // namespace saduak
