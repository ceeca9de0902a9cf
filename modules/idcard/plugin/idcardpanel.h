#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace saduak {
class ModuleContext;
}

namespace saduak::idcard {

class CardSession;

// The ID-card tab of the counter screen's module area: what the reader is doing (waiting for a
// card, reading, why a read failed) and the citizen read: photo, names in Thai and English, age,
// the masked ID, birth date and card expiry (Buddhist-Era dates in Thai), with a warning for an
// expired card or a bad check digit. Shows and forwards only; CardSession decides.
class IdCardPanel : public QWidget
{
    Q_OBJECT
public:
    IdCardPanel(ModuleContext &context, CardSession &session, QWidget *parent = nullptr);

Q_SIGNALS:
    void readAgainRequested(); // after a failed read, without pulling the card

private:
    void refresh();
    QString statusText() const;
    bool statusIsProblem() const;

    ModuleContext &m_context;
    CardSession &m_session;
    QLabel *m_status = nullptr;
    QPushButton *m_readAgain = nullptr;
    QWidget *m_citizenBox = nullptr;
    QLabel *m_photo = nullptr;
    QLabel *m_thaiName = nullptr;
    QLabel *m_englishName = nullptr;
    QLabel *m_idTitle = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_ageTitle = nullptr;
    QLabel *m_age = nullptr;
    QLabel *m_birthTitle = nullptr;
    QLabel *m_birth = nullptr;
    QLabel *m_expiryTitle = nullptr;
    QLabel *m_expiry = nullptr;
    QLabel *m_warnings = nullptr;
    QByteArray m_shownPhoto; // the JPEG now on screen, to decode each photo once
};

} // namespace saduak::idcard
