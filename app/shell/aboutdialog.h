#pragma once

#include "shellcontext.h"

#include <QDialog>

class QLabel;

namespace saduak {

// Versions of everything a support call needs: Saduak, Qt, SQLite, the module SDK, each module,
// and where the database and settings live.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const ShellContext &context, QWidget *parent = nullptr);

    QString versionsText() const; // what the dialog shows, for the log and for tests

private:
    ShellContext m_context;
};

} // namespace saduak
