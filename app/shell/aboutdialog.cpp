#include "aboutdialog.h"

#include "appsettings.h"
#include "languageswitcher.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak {

AboutDialog::AboutDialog(const ShellContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Saduak"));
    auto *layout = new QVBoxLayout(this);

    auto *title
        = new QLabel(tr("<h2>Saduak</h2><p>Software of the one-stop Government Center</p>"));
    layout->addWidget(title);

    auto *versions = new QLabel(versionsText());
    versions->setObjectName(u"versionsLabel"_s);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(versions);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::AcceptRole);
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
}

QString AboutDialog::versionsText() const
{
    const Language lang = m_context.language ? m_context.language->current() : Language::Thai;
    QStringList lines;
    lines << tr("Saduak %1").arg(QStringLiteral(SADUAK_VERSION));
    lines << tr("Qt %1").arg(QString::fromLatin1(qVersion()));
    lines << tr("SQLite %1").arg(m_context.sqliteVersion);
    lines << tr("Module SDK %1").arg(kSdkVersion.toString());
    if (m_context.modules.isEmpty())
        lines << tr("No modules loaded");
    for (const LoadedModule &m : m_context.modules)
        lines << tr("Module %1 (%2) %3").arg(m.info.name(lang), m.info.id, m.info.version);
    lines << tr("Database: %1").arg(m_context.databasePath);
    if (m_context.settings)
        lines << tr("Settings: %1").arg(m_context.settings->filePath());
    return lines.join(u'\n');
}

} // namespace saduak
