// The modules' self-service flows on the kiosk (KioskModulePages in KioskWindow), with a module
// made here: its button among the services in the screen's language, its page opened by a touch
// or the keypad, and closed — with what was typed — by the back button, the keypad's cancel key,
// the flow's own end, or nobody touching the screen; the card's citizen goes with an idle close.
#include "shelltestbranch.h"

#include <domain/citizen.h>
#include <modulehost/deskstate.h>
#include <sdk/kioskpage.h>
#include <sdk/module.h>
#include <sdk/onscreenkeyboard.h>
#include <shell/kioskmodulepages.h>
#include <shell/kioskwindow.h>

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

class StatusPage : public KioskPage
{
public:
    explicit StatusPage(QWidget *parent) : KioskPage(parent)
    {
        auto *layout = new QVBoxLayout(this);
        field = new QLineEdit(this);
        field->setObjectName(u"trackingNumber"_s);
        layout->addWidget(field);
        auto *keyboard = new OnScreenKeyboard(this);
        keyboard->setTarget(field);
        layout->addWidget(keyboard);
        auto *done = new QPushButton(u"OK"_s, this);
        done->setObjectName(u"pageDone"_s);
        connect(done, &QPushButton::clicked, this, &KioskPage::finished);
        layout->addWidget(done);
    }
    void aboutToClose() override { ++closed; }
    void showEvent(QShowEvent *event) override
    {
        KioskPage::showEvent(event);
        field->setFocus();
    }
    QLineEdit *field = nullptr;
    static inline int closed = 0;
};

class StatusModule : public Module
{
public:
    bool initialize(ModuleContext *, QString *) override { return true; }
    QList<KioskOffer> kioskOffers() const override
    {
        return {{u"status"_s, u"ติดตามเรื่อง"_s, u"Track a complaint"_s, u"ใส่เลขที่เรื่อง"_s,
            u"Enter the tracking number"_s}};
    }
    KioskPage *createKioskPage(const QString &offerId, QWidget *parent) override
    {
        return offerId == u"status"_s ? new StatusPage(parent) : nullptr;
    }
};

} // namespace

class TestKioskModulePages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBranch> m_branch;
    std::unique_ptr<DeskState> m_desk;
    StatusModule m_module;
    std::unique_ptr<KioskWindow> m_kiosk;

    QPushButton *offerButton() const
    {
        const auto buttons = m_kiosk->modulePages()->offerButtons();
        return buttons.isEmpty() ? nullptr : buttons.first();
    }
    StatusPage *page() const
    {
        return dynamic_cast<StatusPage *>(m_kiosk->modulePages()->currentPage());
    }

private Q_SLOTS:
    void init()
    {
        m_branch = std::make_unique<TestBranch>();
        QString why;
        QVERIFY2(m_branch->open(&why), qPrintable(why));
        m_desk = std::make_unique<DeskState>();
        ShellContext context = m_branch->context();
        context.desk = m_desk.get();
        ModuleInfo info;
        info.id = u"complaints"_s;
        context.modules = {LoadedModule {info, {}, &m_module}};
        m_kiosk = std::make_unique<KioskWindow>(context);
        m_kiosk->resize(1080, 1600);
        m_kiosk->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_kiosk.get()));
        m_kiosk->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_kiosk.get()));
        StatusPage::closed = 0;
    }

    void cleanup()
    {
        m_kiosk.reset();
        m_desk.reset();
        m_branch.reset();
    }

    void theOfferIsAButtonInTheScreensLanguage()
    {
        QPushButton *button = offerButton();
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QCOMPARE(button->findChild<QLabel *>(u"offerName"_s)->text(), u"ติดตามเรื่อง"_s);
        QCOMPARE(button->findChild<QLabel *>(u"offerHint"_s)->text(), u"ใส่เลขที่เรื่อง"_s);
        // After the five services' keys 1-5, the keypad's 6.
        QCOMPARE(button->shortcut(), QKeySequence(Qt::Key_6));
        QVERIFY(saveScreenshot(m_kiosk.get(), u"kiosk-with-module-offer"_s));
        m_branch->language().setLanguage(Language::English);
        QCOMPARE(button->findChild<QLabel *>(u"offerName"_s)->text(), u"Track a complaint"_s);
    }

    void aTouchOpensThePageAndBackReturnsToTheServices()
    {
        QTest::mouseClick(offerButton(), Qt::LeftButton);
        QVERIFY(page());
        QVERIFY(!m_kiosk->isShowingStart());
        QTRY_VERIFY(page()->field->hasFocus());
        QTest::keyClicks(page()->field, u"E-2569-0001"_s);
        // The SDK's keyboard on the page types into its field; the field keeps the focus.
        auto *keyboard = page()->findChild<OnScreenKeyboard *>();
        QVERIFY(keyboard);
        QVERIFY(saveScreenshot(m_kiosk.get(), u"kiosk-module-page"_s));
        QPointer<StatusPage> opened = page();
        auto *back = m_kiosk->findChild<QPushButton *>(u"kioskBackToServices"_s);
        QVERIFY(back);
        QCOMPARE(back->text(), u"← กลับไปหน้าบริการ"_s);
        QTest::mouseClick(back, Qt::LeftButton);
        QVERIFY(m_kiosk->isShowingStart());
        QCOMPARE(StatusPage::closed, 1);
        QTRY_VERIFY(!opened); // gone, with what was typed
    }

    void theKeypadOpensItAndItsCancelKeyGoesBackFromAField()
    {
        QTest::keyClick(m_kiosk.get(), Qt::Key_6);
        QTRY_VERIFY(page()); // a shortcut clicks the button a moment later, as it shows it pressed
        QTRY_VERIFY(page()->field->hasFocus());
        QTest::keyClicks(page()->field, u"123"_s);
        QTest::keyClick(page()->field, Qt::Key_Escape);
        QTRY_VERIFY(m_kiosk->isShowingStart());
        QVERIFY(!page());
    }

    void theFlowsOwnEndReturnsToTheServices()
    {
        QTest::mouseClick(offerButton(), Qt::LeftButton);
        QVERIFY(page());
        QTest::mouseClick(page()->findChild<QPushButton *>(u"pageDone"_s), Qt::LeftButton);
        QTRY_VERIFY(m_kiosk->isShowingStart());
        QCOMPARE(StatusPage::closed, 1);
    }

    void nobodyTouchingClosesThePageAndForgetsTheCard()
    {
        m_branch->settings().raw().setValue(u"kiosk/pageIdleSeconds"_s, 1);
        Citizen citizen;
        citizen.id = ThaiCitizenId::parse(u"1101700230708"_s);
        m_desk->setCitizen(citizen);
        QTest::mouseClick(offerButton(), Qt::LeftButton);
        QVERIFY(page());
        auto *idle = m_kiosk->findChild<QTimer *>(u"kioskIdleTimer"_s);
        QVERIFY(idle && idle->isActive());
        QCOMPARE(idle->interval(), 1000);
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->isShowingStart(), 5000);
        QVERIFY(!page());
        QVERIFY(!m_desk->citizen());
        // The services' own idle time is back for the next ticket.
        QCOMPARE(idle->interval(), m_branch->settings().kioskIdleResetSeconds() * 1000);
    }
};

QTEST_MAIN(TestKioskModulePages)
#include "tst_kioskmodulepages.moc"
