#include "hellomodule.h"

#include <sdk/modulecontext.h>

#include <QLabel>
#include <QLoggingCategory>

namespace hello {

bool HelloModule::initialize(saduak::ModuleContext *context, QString *why)
{
    Q_UNUSED(why);
    // The context's log is the module's own category, "saduak.module.hello", so a support
    // person can switch one module's messages on with QT_LOGGING_RULES.
    qCInfo(context->log()).noquote()
        << "hello module initialized, SDK" << saduak::kSdkVersion.toString();
    return true;
}

QWidget *HelloModule::createPanel(QWidget *parent)
{
    return new QLabel(QStringLiteral("Hello from a module built outside Saduak"), parent);
}

} // namespace hello
