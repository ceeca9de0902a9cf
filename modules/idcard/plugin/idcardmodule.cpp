#include "idcardmodule.h"

#include "cardsession.h"
#include "idcardhubpart.h"
#include "idcardpanel.h"

#include "pcsc/idcardreaderservice.h"

#include <sdk/modulecontext.h>

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace saduak::idcard {

IdCardModule::IdCardModule() = default;
IdCardModule::~IdCardModule() = default;

bool IdCardModule::initialize(ModuleContext *context, QString *why)
{
    Q_UNUSED(why);
    m_context = context;

    QString ruleWhy;
    const ClearingRule rule = ClearingRule::fromSetting(
        context->settings()->value(ClearingRule::kSettingKey), &ruleWhy);
    if (!ruleWhy.isEmpty())
        qCWarning(context->log()).noquote() << ruleWhy;

    m_session = new CardSession(*context, rule, this);

    // The reader service watches the readers and reads cards on its own threads; its signals
    // arrive here, on the UI thread.
    m_reader = new IdCardReaderService(this);
    m_reader->setPinnedReader(context->settings()->value(u"reader"_s).toString());
    CardReadOptions options;
    options.readPhoto = context->settings()->value(u"readPhoto"_s, true).toBool();
    m_reader->setReadOptions(options);
    connect(m_reader, &IdCardReaderService::statusChanged, m_session,
        &CardSession::readerStatusChanged);
    connect(m_reader, &IdCardReaderService::readStarted, m_session, &CardSession::readStarted);
    connect(m_reader, &IdCardReaderService::cardRead, m_session, &CardSession::cardRead);
    connect(m_reader, &IdCardReaderService::readFailed, m_session, &CardSession::readFailed);
    connect(m_reader, &IdCardReaderService::cardRemoved, m_session, &CardSession::cardRemoved);
    return true;
}

void IdCardModule::allModulesReady()
{
    // Started here, after initialize(): the host asks for no I/O while modules initialize.
    m_reader->start();
    // The service reports changes only; the first status is asked for.
    m_session->readerStatusChanged(m_reader->status());
}

void IdCardModule::aboutToShutDown()
{
    // Stops the reader threads (waiting for a read in progress) while the program and the
    // context still exist, rather than when the plugin's instance dies at library unload.
    delete m_reader;
    m_reader = nullptr;
}

std::unique_ptr<ModuleHubPart> IdCardModule::createHubPart()
{
    return std::make_unique<IdCardHubPart>();
}

QWidget *IdCardModule::createPanel(QWidget *parent)
{
    if (!m_context || !m_session)
        return nullptr;
    auto *panel = new IdCardPanel(*m_context, *m_session, parent);
    if (m_reader)
        connect(panel, &IdCardPanel::readAgainRequested, m_reader, &IdCardReaderService::readAgain);
    return panel;
}

} // namespace saduak::idcard
