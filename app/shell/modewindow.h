#pragma once

#include "shellcontext.h"

#include <QMainWindow>

namespace saduak {

// What every screen has in common: the language switch (Ctrl+L), the About box (F1),
// retranslation when the language changes (subclasses call retranslateUi() once when built), and
// the branch's catalog as the queue link last read it (showCatalog), so that every screen follows
// a supervisor's change at once, without a restart. Each mode is a subclass with its own layout.
class ModeWindow : public QMainWindow
{
    Q_OBJECT
public:
    ModeWindow(const ShellContext &context, QWidget *parent = nullptr);

    const ShellContext &context() const { return m_context; }
    Language language() const;

public Q_SLOTS:
    void toggleLanguage();
    void showAbout();

protected:
    virtual void retranslateUi() = 0;
    // The branch's catalog changed (a supervisor set a target, hours, holidays or a counter's
    // services; QueueLink::followCatalog): context() has the new one, the screen shows it.
    virtual void showCatalog() { }

    // The language switch names the other language in its own script ("English" / "ภาษาไทย"),
    // so someone who cannot read the current one still finds it.
    QString languageToggleText() const;

    // A title in the user's language for this window; the program name follows it.
    void setScreenTitle(const QString &title);

private:
    void takeCatalog();

    ShellContext m_context;
};

} // namespace saduak
