#pragma once

#include <sdk/modulecontext.h>
#include <sdk/moduleinfo.h>

#include <QHash>
#include <QLoggingCategory>
#include <QStringList>

namespace saduak::test {

// The host's side of a module's context, as small as the tests need: settings in memory that
// also append "<module id> <value>" to a journal shared by every context whenever a module
// records its "phase", so one list shows the order the host called all modules in.
class FakeModuleSettings : public ModuleSettings
{
public:
    FakeModuleSettings(QString moduleId, QStringList *journal)
        : m_moduleId(std::move(moduleId)), m_journal(journal)
    { }

    QVariant value(const QString &key, const QVariant &defaultValue) const override
    {
        return m_values.value(key, defaultValue);
    }

    void setValue(const QString &key, const QVariant &value) override
    {
        m_values.insert(key, value);
        if (key == QLatin1StringView("phase"))
            m_journal->append(m_moduleId + u' ' + value.toString());
    }

private:
    QString m_moduleId;
    QStringList *m_journal;
    QHash<QString, QVariant> m_values;
};

// No citizen, no ticket, no hub: the test modules use settings only.
class FakeModuleContext : public ModuleContext
{
public:
    FakeModuleContext(const ModuleInfo &info, QStringList *journal, QObject *parent = nullptr)
        : ModuleContext(parent), m_info(info), m_settings(info.id, journal)
    { }

    const ModuleInfo &info() const { return m_info; }

    std::optional<Citizen> currentCitizen() const override { return std::nullopt; }
    std::optional<Ticket> currentTicket() const override { return std::nullopt; }
    ModuleSettings *settings() override { return &m_settings; }
    const QLoggingCategory &log() const override
    {
        static const QLoggingCategory category("saduak.modules.test");
        return category;
    }

private:
    ModuleInfo m_info;
    FakeModuleSettings m_settings;
};

} // namespace saduak::test
