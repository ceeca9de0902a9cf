#pragma once

#include <domain/counter.h>
#include <domain/service.h>
#include <modulehost/moduleloader.h>

#include <QList>
#include <QString>

namespace saduak {

class AppSettings;
class DeskState;
class LanguageSwitcher;
class QueueLink;

// What the program hands every screen: the branch's catalog, the modules that run and those
// refused, and the shared settings and language. The screens read it; they never open storage.
struct ShellContext
{
    AppSettings *settings = nullptr;
    LanguageSwitcher *language = nullptr;
    QueueLink *queue = nullptr;            // the branch queue, here or across the LAN
    DeskState *desk = nullptr; // the citizen and ticket this PC works on, shared with modules
    QList<Service> services;
    QList<Counter> counters;
    QList<Holiday> holidays; // the branch's: no kiosk ticket then (Service::hours, OpeningState)
    QList<LoadedModule> modules; // running, initialized
    QList<ModuleLoadResult> refusedModules;
    QString databasePath; // shown in About, for support
    QString sqliteVersion;
};

} // namespace saduak
