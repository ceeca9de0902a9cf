#include "modulearea.h"

#include <sdk/module.h>

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak {

ModuleArea::ModuleArea(const ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"moduleArea"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"moduleTabs"_s);
    // The card reader's panel first, whatever the modules are called: every service at the
    // counter starts with the citizen's card, and the first tab is the one on screen.
    std::stable_partition(m_context.modules.begin(), m_context.modules.end(),
        [](const LoadedModule &m) { return m.info.provides.contains(u"citizen"_s); });
    for (const LoadedModule &module : m_context.modules) {
        QWidget *panel = module.instance ? module.instance->createPanel(m_tabs) : nullptr;
        if (!panel) {
            auto *label = new QLabel(m_tabs);
            label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
            label->setWordWrap(true);
            label->setProperty("moduleId", module.info.id);
            m_serviceLabels.append(label);
            panel = label;
        }
        panel->setObjectName(u"modulePanel_"_s + module.info.id);
        m_tabs->addTab(panel, module.info.id);
    }
    layout->addWidget(m_tabs, 1);

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"noModulesLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty, 1);

    m_refused = new QLabel(this);
    m_refused->setObjectName(u"refusedModulesLabel"_s);
    m_refused->setWordWrap(true);
    m_refused->setStyleSheet(u"color: #a33;"_s);
    layout->addWidget(m_refused);

    m_tabs->setVisible(!m_context.modules.isEmpty());
    m_empty->setVisible(m_context.modules.isEmpty());
    m_refused->setVisible(!m_context.refusedModules.isEmpty());
}

int ModuleArea::moduleTabCount() const
{
    return m_tabs->count();
}

QString ModuleArea::servicesText(const ModuleInfo &info, Language language) const
{
    QStringList names;
    for (const QString &code : info.services) {
        QString name = code;
        for (const Service &s : m_context.services)
            if (s.code == code)
                name = code + u" — "_s + s.name(language);
        names << name;
    }
    return tr("%1, version %2. Serves: %3")
        .arg(info.name(language), info.version,
            names.isEmpty() ? tr("no counter service") : names.join(u", "_s));
}

void ModuleArea::retranslateUi(Language language)
{
    for (int i = 0; i < m_context.modules.size(); ++i)
        m_tabs->setTabText(i, m_context.modules.at(i).info.name(language));
    for (QLabel *label : std::as_const(m_serviceLabels)) {
        const QString id = label->property("moduleId").toString();
        for (const LoadedModule &m : m_context.modules)
            if (m.info.id == id)
                label->setText(servicesText(m.info, language));
    }
    m_empty->setText(tr("No service modules are installed on this PC yet. "
                        "Counter work that needs no module can go on."));

    QStringList reasons;
    for (const ModuleLoadResult &r : m_context.refusedModules)
        reasons << (r.moduleId.isEmpty() ? r.filePath : r.moduleId) + u": "_s + r.reason;
    m_refused->setText(tr("%n module(s) could not be loaded; tell support:", nullptr,
                           int(m_context.refusedModules.size()))
        + u' ' + reasons.join(u"; "_s));
}

} // namespace saduak
