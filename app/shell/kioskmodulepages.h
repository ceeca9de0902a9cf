#pragma once

#include <domain/language.h>
#include <modulehost/moduleloader.h>
#include <sdk/kioskpage.h>

#include <QList>
#include <QObject>
#include <QPointer>

class QPushButton;
class QStackedWidget;
class QWidget;

namespace saduak {

// The self-service flows the modules offer at the kiosk (Module::kioskOffers), named by no module
// here: a button for each on the start page, and while a citizen uses one, the module's page in
// the kiosk's page stack with a "back to the services" button beneath it. The page goes (and with
// it whatever was typed) when the citizen goes back, when it says finished, or when the kiosk
// calls closePage() (idle, the next citizen). Escape (a keypad's cancel key) is the back button.
class KioskModulePages : public QObject
{
    Q_OBJECT
public:
    KioskModulePages(const QList<LoadedModule> &modules, QStackedWidget *pages,
        QObject *parent = nullptr);
    ~KioskModulePages() override;

    // The buttons of every offer, in module id order then the module's order; an empty, hidden
    // widget when no module offers anything. Keypad keys continue after the services': the
    // first offer gets digit firstDigit (1-9), the next one the next digit, while digits last.
    QWidget *createOfferRow(QWidget *parent, int firstDigit);
    QList<QPushButton *> offerButtons() const { return m_buttons; }

    bool isShowingPage() const { return m_page != nullptr; }
    KioskPage *currentPage() const { return m_page; }
    void closePage(); // no pageClosed: the kiosk asked
    void retranslate(Language language);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void pageOpened();
    void pageClosed(); // the citizen went back, or the flow finished

private:
    struct Offer;
    void open(int offerIndex);
    void closeFromPage();

    QStackedWidget *m_pages;
    QList<Offer> m_offers;
    QList<QPushButton *> m_buttons;
    QWidget *m_frame = nullptr; // the page and the back button
    QPushButton *m_back = nullptr;
    QPointer<KioskPage> m_page;
    Language m_language = Language::Thai;
};

} // namespace saduak
