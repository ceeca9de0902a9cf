#include "kioskmodulepages.h"

#include <sdk/kioskpage.h>
#include <sdk/module.h>

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcKioskPages, "saduak.kiosk.pages")

namespace saduak {

struct KioskModulePages::Offer
{
    Module *module = nullptr;
    QString moduleId;
    KioskOffer offer;
};

KioskModulePages::KioskModulePages(
    const QList<LoadedModule> &modules, QStackedWidget *pages, QObject *parent)
    : QObject(parent), m_pages(pages)
{
    QList<LoadedModule> ordered = modules;
    std::sort(ordered.begin(), ordered.end(),
        [](const LoadedModule &a, const LoadedModule &b) { return a.info.id < b.info.id; });
    for (const LoadedModule &m : std::as_const(ordered)) {
        if (!m.instance)
            continue;
        for (const KioskOffer &offer : m.instance->kioskOffers())
            m_offers.append({m.instance, m.info.id, offer});
    }
}

KioskModulePages::~KioskModulePages() = default;

QWidget *KioskModulePages::createOfferRow(QWidget *parent, int firstDigit)
{
    auto *row = new QWidget(parent);
    row->setObjectName(u"kioskOfferRow"_s);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    for (int i = 0; i < m_offers.size(); ++i) {
        const Offer &o = m_offers.at(i);
        auto *button = new QPushButton(row);
        button->setObjectName(u"kioskOffer_"_s + o.moduleId + u'_' + o.offer.id);
        button->setProperty("offer", true);
        button->setMinimumHeight(120);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *inside = new QVBoxLayout(button);
        inside->setContentsMargins(24, 12, 24, 12);
        for (const auto &[name, style] :
            {std::pair {u"offerName"_s, u"font-size: 24pt; font-weight: bold;"_s},
                std::pair {u"offerHint"_s, u"font-size: 16pt;"_s}}) {
            auto *label = new QLabel(button);
            label->setObjectName(name);
            label->setStyleSheet(u"background: transparent; color: white; "_s + style);
            label->setAttribute(Qt::WA_TransparentForMouseEvents);
            label->setWordWrap(true);
            inside->addWidget(label);
        }
        if (firstDigit + i <= 9)
            button->setShortcut(QKeySequence(Qt::Key_0 + firstDigit + i));
        connect(button, &QPushButton::clicked, this, [this, i] { open(i); });
        layout->addWidget(button);
        m_buttons.append(button);
    }
    row->setVisible(!m_offers.isEmpty());
    retranslate(m_language);
    return row;
}

void KioskModulePages::retranslate(Language language)
{
    m_language = language;
    for (int i = 0; i < m_buttons.size(); ++i) {
        const KioskOffer &offer = m_offers.at(i).offer;
        m_buttons.at(i)->findChild<QLabel *>(u"offerName"_s)->setText(offer.name(language));
        QLabel *hint = m_buttons.at(i)->findChild<QLabel *>(u"offerHint"_s);
        hint->setText(offer.hint(language));
        hint->setVisible(!offer.hint(language).isEmpty());
        m_buttons.at(i)->setAccessibleName(offer.name(language));
    }
    if (m_back)
        m_back->setText(tr("← Back to the services"));
}

void KioskModulePages::open(int offerIndex)
{
    closePage();
    const Offer &o = m_offers.at(offerIndex);
    m_frame = new QWidget(m_pages);
    m_frame->setObjectName(u"kioskModulePage"_s);
    auto *layout = new QVBoxLayout(m_frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    m_page = o.module->createKioskPage(o.offer.id, m_frame);
    if (!m_page) {
        qCWarning(lcKioskPages).noquote()
            << "module" << o.moduleId << "made no page for its offer" << o.offer.id;
        delete m_frame;
        m_frame = nullptr;
        return;
    }
    layout->addWidget(m_page, 1);
    m_back = new QPushButton(m_frame);
    m_back->setObjectName(u"kioskBackToServices"_s);
    m_back->setMinimumHeight(96);
    m_back->setStyleSheet(u"font-size: 24pt; padding: 12px 32px;"_s);
    layout->addWidget(m_back, 0, Qt::AlignLeft);
    connect(m_back, &QPushButton::clicked, this, &KioskModulePages::closeFromPage);
    connect(m_page, &KioskPage::finished, this, &KioskModulePages::closeFromPage,
        Qt::QueuedConnection); // not while the page's own slot is still running
    retranslate(m_language);
    m_pages->addWidget(m_frame);
    m_pages->setCurrentWidget(m_frame);
    qApp->installEventFilter(this);
    qCInfo(lcKioskPages).noquote() << "opened" << o.moduleId << o.offer.id;
    Q_EMIT pageOpened();
}

bool KioskModulePages::eventFilter(QObject *watched, QEvent *event)
{
    // A keypad's cancel key goes back from anywhere on the page, also from a text field (which
    // would otherwise keep Escape for itself, so a button's shortcut never sees it).
    if (m_frame && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && (widget == m_frame || m_frame->isAncestorOf(widget))) {
            closeFromPage();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void KioskModulePages::closePage()
{
    if (!m_frame)
        return;
    if (m_page)
        m_page->aboutToClose();
    qApp->removeEventFilter(this);
    m_pages->removeWidget(m_frame);
    m_frame->deleteLater(); // the page may be inside one of its own signals
    m_frame = nullptr;
    m_back = nullptr;
    m_page = nullptr;
}

void KioskModulePages::closeFromPage()
{
    if (!m_frame)
        return;
    closePage();
    Q_EMIT pageClosed();
}

} // namespace saduak
