#include "samplemodule.h"

#include <sdk/modulecontext.h>
#include <sdk/moduleprinting.h>
#include <sdk/onscreenkeyboard.h>

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak::sample {

bool SampleModule::initialize(ModuleContext *context, QString *)
{
    m_context = context;
    return true;
}

QWidget *SampleModule::createPanel(QWidget *parent)
{
    return m_context ? new SamplePanel(*m_context, parent) : nullptr;
}

std::unique_ptr<ModuleHubPart> SampleModule::createHubPart()
{
    return std::make_unique<SampleHubPart>();
}

QList<KioskOffer> SampleModule::kioskOffers() const
{
    return {{u"note"_s, u"ฝากบันทึก"_s, u"Leave a note"_s, u"พิมพ์แล้วกด Enter"_s,
        u"Type, then press Enter"_s}};
}

KioskPage *SampleModule::createKioskPage(const QString &offerId, QWidget *parent)
{
    if (offerId != u"note"_s || !m_context)
        return nullptr;
    return new SampleKioskPage(*m_context, parent);
}

bool SampleHubPart::initialize(HubModuleContext *context, QString *why)
{
    m_context = context;
    using Type = CommandField::Type;

    CommandSpec file;
    file.name = u"fileNote"_s;
    file.roles = {DeviceRole::Kiosk, DeviceRole::Counter};
    file.fields = {{u"text"_s, Type::String, true, 500}};
    file.summary = u"file a note"_s;
    file.handler = [this](ModuleTransaction &tx, const CommandRequest &request) {
        QString why;
        const QString text = request.params.value(u"text"_s).toString();
        const auto inserted = tx.run(
            u"INSERT INTO sample_note (text, filed_at_ms, device) VALUES (?, ?, ?)"_s,
            {text, request.atMs, request.caller.deviceName}, &why);
        if (!inserted)
            return CommandResult::refused(u"storage"_s,
                TranslatableText("saduak::sample", "The note could not be saved."));
        const qint64 id = inserted->lastInsertId.toLongLong();
        if (tx.appendOutbox(u"note"_s,
                {{u"noteId"_s, id}, {u"text"_s, text}, {u"filedAtMs"_s, request.atMs},
                    {u"device"_s, request.caller.deviceName}},
                &why)
                .isEmpty())
            return CommandResult::refused(u"storage"_s,
                TranslatableText("saduak::sample", "The note could not be saved."));
        m_context->publishEvent(u"noteFiled"_s, {{u"noteId"_s, id}});
        return CommandResult::ok({{u"noteId"_s, id}});
    };

    CommandSpec list;
    list.name = u"listNotes"_s;
    list.kind = CommandSpec::Kind::Query;
    list.roles = {DeviceRole::Kiosk, DeviceRole::Counter, DeviceRole::Display};
    list.summary = u"the notes, oldest first"_s;
    list.handler = [](ModuleTransaction &tx, const CommandRequest &) {
        QString why;
        const auto rows
            = tx.run(u"SELECT id, text, device FROM sample_note ORDER BY id"_s, {}, &why);
        if (!rows)
            return CommandResult::refused(u"storage"_s,
                TranslatableText("saduak::sample", "The notes could not be read."));
        QJsonArray notes;
        for (const QVariantMap &row : rows->rows)
            notes.append(QJsonObject {{u"id"_s, row.value(u"id"_s).toLongLong()},
                {u"text"_s, row.value(u"text"_s).toString()},
                {u"device"_s, row.value(u"device"_s).toString()}});
        return CommandResult::ok({{u"notes"_s, notes}});
    };
    return context->registerCommand(file, why) && context->registerCommand(list, why);
}

SamplePanel::SamplePanel(ModuleContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"samplePanel"_s);
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(u"sampleStatus"_s);
    layout->addWidget(m_status);
    m_notes = new QStringListModel(this);
    auto *view = new QListView(this);
    view->setObjectName(u"sampleNotes"_s);
    view->setModel(m_notes);
    layout->addWidget(view, 1);
    connect(&m_context, &ModuleContext::hubEventReceived, this,
        [this](const QString &name) {
            if (name == u"noteFiled"_s)
                refresh();
        });
    connect(&m_context, &ModuleContext::hubLinkRestored, this, &SamplePanel::refresh);
    refresh();
}

void SamplePanel::refresh()
{
    m_context.call(u"listNotes"_s, {}, [this](const ModuleReply &reply) {
        if (!reply.ok) {
            m_status->setText(reply.shownMessage());
            qCInfo(m_context.log()).noquote() << "panel could not list:" << reply.code;
            return;
        }
        QStringList texts;
        for (const QJsonValue &note : reply.body.value(u"notes"_s).toArray())
            texts << note.toObject().value(u"text"_s).toString();
        m_notes->setStringList(texts);
        m_status->setText(tr("%n note(s)", nullptr, int(texts.size())));
        qCInfo(m_context.log()).noquote()
            << "panel shows" << texts.size() << "notes:" << texts.join(u" | "_s);
    });
}

SampleKioskPage::SampleKioskPage(ModuleContext &context, QWidget *parent)
    : KioskPage(parent), m_context(context)
{
    setObjectName(u"sampleKioskPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(context.language() == Language::English ? u"Leave a note"_s
                                                                      : u"ฝากบันทึก"_s,
        this);
    title->setStyleSheet(u"font-size: 28pt; font-weight: bold;"_s);
    layout->addWidget(title);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"sampleText"_s);
    m_text->setStyleSheet(u"font-size: 24pt; padding: 12px;"_s);
    layout->addWidget(m_text);
    auto *send = new QPushButton(u"ส่ง / Send"_s, this);
    send->setObjectName(u"sampleSend"_s);
    send->setMinimumHeight(80);
    layout->addWidget(send);
    m_result = new QLabel(this);
    m_result->setObjectName(u"sampleResult"_s);
    m_result->setStyleSheet(u"font-size: 24pt;"_s);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    layout->addStretch(1);
    // The kiosk has no keyboard: the SDK's types into the note (Enter files it, as Done does).
    auto *keyboard = new OnScreenKeyboard(this);
    keyboard->setObjectName(u"sampleKeyboard"_s);
    keyboard->setTarget(m_text);
    keyboard->setLanguage(context.language());
    layout->addWidget(keyboard);
    connect(keyboard, &OnScreenKeyboard::donePressed, this, &SampleKioskPage::file);
    connect(m_text, &QLineEdit::returnPressed, this, &SampleKioskPage::file);
    connect(send, &QPushButton::clicked, this, &SampleKioskPage::file);
    m_text->setFocus();
}

void SampleKioskPage::file()
{
    if (m_filing || m_text->text().trimmed().isEmpty())
        return;
    m_filing = true;
    const QString text = m_text->text().trimmed();
    m_context.call(u"fileNote"_s, {{u"text"_s, text}}, [this, text](const ModuleReply &reply) {
        m_filing = false;
        if (!reply.ok) {
            m_result->setText(reply.shownMessage());
            qCInfo(m_context.log()).noquote() << "kiosk page: not filed:" << reply.code;
            return;
        }
        const qint64 id = reply.body.value(u"noteId"_s).toInteger();
        m_result->setText(u"บันทึกเลขที่ %1 / Note %1"_s.arg(id));
        m_text->clear();
        qCInfo(m_context.log()).noquote() << "kiosk page filed note" << id;
        if (ModulePrinting *printing = m_context.printing()) {
            Receipt receipt;
            receipt.title(u"บันทึก / Note"_s)
                .field(u"เลขที่ / Number"_s, QString::number(id))
                .text(text)
                .qrCode(u"note:"_s + QString::number(id));
            printing->printReceipt(receipt);
        }
    });
}

void SampleKioskPage::showEvent(QShowEvent *event)
{
    KioskPage::showEvent(event);
    m_text->setFocus(); // the citizen types at once (on the on-screen keyboard or a keypad)
}

void SampleKioskPage::aboutToClose()
{
    m_text->clear(); // nothing typed outlives the page
}

} // namespace saduak::sample
