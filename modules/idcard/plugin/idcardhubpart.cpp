#include "idcardhubpart.h"

#include "auditkey.h"
#include "cardreadaudit.h"

#include <sdk/modulecontext.h>

#include <QDir>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace saduak::idcard {

bool IdCardHubPart::initialize(HubModuleContext *context, QString *why)
{
    // The key belongs to the branch, as the database does, and is backed up with it.
    QString path = context->settings()->value(u"auditKeyFile"_s).toString();
    if (path.isEmpty())
        path = QDir(context->branchFolder()).filePath(u"idcard-audit.key"_s);
    // Without its key the command still answers: with a refusal a counter shows and an officer
    // can report, instead of a module silently missing.
    QString keyWhy;
    const std::optional<AuditKey> key = AuditKey::loadOrCreate(path, &keyWhy);
    if (!key)
        qCWarning(context->log()).noquote()
            << "no audit key, card reads will be refused:" << keyWhy;
    return context->registerCommand(CardReadAudit::recordReadCommand(key), why);
}

} // namespace saduak::idcard
