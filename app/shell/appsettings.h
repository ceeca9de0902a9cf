#pragma once

#include <domain/language.h>

#include <QSettings>
#include <QString>
#include <optional>

namespace saduak {

// The program's settings file (INI, under the user's config folder unless a path is given).
// Every key the shell reads is named here, so a support person can find them in one place.
class AppSettings
{
public:
    explicit AppSettings(const QString &filePath = {});

    QString filePath() const { return m_settings.fileName(); }

    std::optional<Language> language() const; // nullopt: follow the system locale
    void setLanguage(Language language);

    int counterNumber() const; // which counter this PC is; 1 by default
    void setCounterNumber(int number);

    QString databasePath() const; // the branch database for the embedded hub
    quint16 hubPort() const; // the LAN port of `--serve`; 7420
    QString hubUrl() const; // the hub a client PC joins; empty: run the branch here
    QString hubToken() const; // this PC's pairing token for that hub
    QString hubPin() const; // hub/pinSha256: the hub's key, for a wss:// hub (docs/hub-protocol.md)
    QString moduleFolder() const; // where module plugins are loaded from

    // The center's name as printed on tickets ("branch/thaiName", "branch/englishName").
    QString centerName(Language language) const;

    // Kiosk.
    QString kioskPrinter() const; // "kiosk/printer": socket://…, /dev/…, cups:…; empty: none
    void setKioskPrinter(const QString &address);
    int kioskIdleResetSeconds() const; // "kiosk/idleResetSeconds", 20 by default
    void setKioskIdleResetSeconds(int seconds);
    // "kiosk/pageIdleSeconds", 90 by default: a module's self-service page without a touch for
    // this long closes (the citizen walked away), and what was typed goes with it.
    int kioskPageIdleSeconds() const;
    QString ticketStatusBase() const; // "kiosk/ticketStatusBase": the QR's https://host/ base

    // Printing by modules (ModulePrinting), on this PC's own printers.
    // "printing/receiptPrinter": the 80 mm printer for receipts, an address as kiosk/printer takes;
    // absent: kiosk/printer, the ticket printer. Empty: none.
    QString receiptPrinter() const;
    // "printing/formPrinter": where A4 forms go, pdf:/folder or pdf+cups:QUEUE; empty: none.
    QString formPrinter() const;

    // Display board.
    int displayLastCallRows() const; // "display/lastCallRows", 4 by default (1–10)
    int displayHighlightSeconds() const; // "display/highlightSeconds", 10 by default
    // "display/voiceFolder": recorded call clips; by default the build's voice/th (espeak-ng
    // stand-ins, app/voice/README.md) or the installed share/saduak/voice/th, if either exists.
    QString displayVoiceFolder() const;
    bool displaySpeakEnglish() const; // "display/speakEnglish", false by default

    QSettings &raw() { return m_settings; } // for module settings ("modules/<id>/...")

private:
    mutable QSettings m_settings;
};

} // namespace saduak
