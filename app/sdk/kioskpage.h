#pragma once

#include "sdkversion.h"

#include <domain/language.h>

#include <QString>
#include <QWidget>

namespace saduak {

// A self-service flow a module offers at the kiosk ("Check a complaint's status"): the kiosk
// shows one button for it beside the services, in the screen's language.
struct KioskOffer
{
    QString id; // the flow's id within the module
    QString thaiName;
    QString englishName;
    QString thaiHint; // one line under the name; may be empty
    QString englishHint;

    QString name(Language language) const
    {
        return language == Language::English ? englishName : thaiName;
    }
    QString hint(Language language) const
    {
        return language == Language::English ? englishHint : thaiHint;
    }
};

// The page of one flow, made by the module when a citizen touches its button, shown full width on
// the kiosk's touch screen under the kiosk's own title and language button, with the kiosk's
// "back to the services" button beneath it. The kiosk destroys it when the citizen goes back, when
// the page says finished, or after kiosk/pageIdleSeconds without a touch (the citizen walked
// away): nothing the citizen typed may outlive the page. The ID card's citizen, if one was read,
// is ModuleContext::currentCitizen(); the on-screen keyboard (onscreenkeyboard.h) types for them.
// Touch sizes: at least 80 px high buttons, 24 pt text; Thai first.
class SADUAK_SDK_EXPORT KioskPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    ~KioskPage() override;

    // The page is about to go (back, finished or idle): stop timers, drop what was typed.
    virtual void aboutToClose();

Q_SIGNALS:
    void finished(); // the flow is over: back to the services
};

} // namespace saduak
