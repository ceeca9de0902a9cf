#include "idcardpanel.h"

#include "cardsession.h"
#include "citizenfromcard.h"

#include "card/cardproblemtext.h"

#include <domain/bangkoktime.h>
#include <sdk/modulecontext.h>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak::idcard {

namespace {

constexpr int kPhotoWidth = 150;
constexpr int kPhotoHeight = 180; // the card's photo is 297 x 356, about 5:6

QLabel *fieldTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(u"font-size: 12pt; color: #546e7a;"_s);
    return label;
}

QLabel *fieldValue(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(u"font-size: 14pt; font-weight: bold;"_s);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    label->setWordWrap(true); // a long English age note wraps instead of being cut
    return label;
}

} // namespace

IdCardPanel::IdCardPanel(ModuleContext &context, CardSession &session, QWidget *parent)
    : QWidget(parent), m_context(context), m_session(session)
{
    auto *layout = new QVBoxLayout(this);

    m_status = new QLabel(this);
    m_status->setObjectName(u"idcardStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_readAgain = new QPushButton(this);
    m_readAgain->setObjectName(u"idcardReadAgain"_s);
    m_readAgain->setStyleSheet(u"font-size: 13pt; padding: 6px 12px;"_s);
    connect(m_readAgain, &QPushButton::clicked, this, &IdCardPanel::readAgainRequested);
    layout->addWidget(m_readAgain, 0, Qt::AlignLeft);

    // Photo and names side by side, the facts beneath at full width: the module area is often
    // narrow (the counter's own buttons take the left of the screen).
    m_citizenBox = new QWidget(this);
    m_citizenBox->setObjectName(u"idcardCitizen"_s);
    auto *citizenLayout = new QVBoxLayout(m_citizenBox);
    citizenLayout->setContentsMargins(0, 8, 0, 0);
    auto *top = new QHBoxLayout;
    m_photo = new QLabel(m_citizenBox);
    m_photo->setObjectName(u"idcardPhoto"_s);
    m_photo->setFixedSize(kPhotoWidth, kPhotoHeight);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setStyleSheet(u"background: #eceff1; border: 1px solid #b0bec5;"_s);
    top->addWidget(m_photo, 0, Qt::AlignTop);

    auto *names = new QVBoxLayout;
    m_thaiName = new QLabel(m_citizenBox);
    m_thaiName->setObjectName(u"idcardThaiName"_s);
    m_thaiName->setWordWrap(true);
    m_thaiName->setStyleSheet(u"font-size: 20pt; font-weight: bold; color: #0d47a1;"_s);
    names->addWidget(m_thaiName);
    m_englishName = new QLabel(m_citizenBox);
    m_englishName->setObjectName(u"idcardEnglishName"_s);
    m_englishName->setWordWrap(true);
    m_englishName->setStyleSheet(u"font-size: 14pt; color: #37474f;"_s);
    names->addWidget(m_englishName);
    names->addStretch(1);
    top->addLayout(names, 1);
    citizenLayout->addLayout(top);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    m_idTitle = fieldTitle(m_citizenBox);
    m_id = fieldValue(u"idcardCitizenId"_s, m_citizenBox);
    m_id->setWordWrap(false); // one number: never broken across lines
    m_ageTitle = fieldTitle(m_citizenBox);
    m_age = fieldValue(u"idcardAge"_s, m_citizenBox);
    m_birthTitle = fieldTitle(m_citizenBox);
    m_birth = fieldValue(u"idcardBirthDate"_s, m_citizenBox);
    m_expiryTitle = fieldTitle(m_citizenBox);
    m_expiry = fieldValue(u"idcardExpiry"_s, m_citizenBox);
    int row = 0;
    for (const auto &[title, value] : {std::pair {m_idTitle, m_id}, std::pair {m_ageTitle, m_age},
             std::pair {m_birthTitle, m_birth}, std::pair {m_expiryTitle, m_expiry}}) {
        grid->addWidget(title, row, 0);
        grid->addWidget(value, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    citizenLayout->addLayout(grid);
    layout->addWidget(m_citizenBox);

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(u"idcardWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(u"background: #fff8e1; color: #8d4f00; border: 1px solid #ffb300;"
                              " border-radius: 4px; padding: 8px; font-size: 13pt;"_s);
    layout->addWidget(m_warnings);
    layout->addStretch(1);

    connect(&m_session, &CardSession::stateChanged, this, &IdCardPanel::refresh);
    connect(&m_context, &ModuleContext::citizenChanged, this, &IdCardPanel::refresh);
    connect(&m_context, &ModuleContext::languageChanged, this, &IdCardPanel::refresh);
    refresh();
}

QString IdCardPanel::statusText() const
{
    switch (m_session.state()) {
    case CardSession::State::Waiting:
        if (m_session.readerStatus() == CardProblem::PcscdNotRunning
            || m_session.readerStatus() == CardProblem::NoReader)
            return CardMessages::problemText(m_session.readerStatus());
        return tr("Insert the citizen's ID card into the card reader.");
    case CardSession::State::Reading:
        return tr("Reading the ID card… Leave it in the reader.");
    case CardSession::State::Shown:
        return tr("The ID card was read.");
    case CardSession::State::Problem:
        break;
    }
    if (m_session.auditFailed()) {
        // The hub's own reason (no link to it, no audit key, its disk) says what to do.
        const QString why = m_session.auditProblemText();
        if (!why.isEmpty())
            return why;
        return tr("The card was read, but the read could not be recorded in the audit log, so its "
                  "data is not shown. Tell support.");
    }
    return CardMessages::problemText(m_session.problem());
}

bool IdCardPanel::statusIsProblem() const
{
    if (m_session.state() == CardSession::State::Problem)
        return true;
    return m_session.state() == CardSession::State::Waiting
        && (m_session.readerStatus() == CardProblem::PcscdNotRunning
            || m_session.readerStatus() == CardProblem::NoReader);
}

void IdCardPanel::refresh()
{
    const Language language = m_context.language();
    const bool problem = statusIsProblem();
    m_status->setText(statusText());
    m_status->setStyleSheet(problem
            ? u"background: #fdecea; color: #b71c1c; border: 1px solid #e57373;"
              " border-radius: 4px; padding: 8px; font-size: 13pt;"_s
            : u"color: #37474f; padding: 8px; font-size: 13pt;"_s);

    // Reading again helps after a failed read with the card still in; a pulled card is read
    // again by inserting it.
    m_readAgain->setText(tr("Read the card again"));
    m_readAgain->setVisible(m_session.state() == CardSession::State::Problem
        && m_session.readerStatus() == CardProblem::None);

    m_idTitle->setText(tr("Citizen ID"));
    m_ageTitle->setText(tr("Age"));
    m_birthTitle->setText(tr("Date of birth"));
    m_expiryTitle->setText(tr("Card expires"));

    const std::optional<Citizen> citizen = m_context.currentCitizen();
    m_citizenBox->setVisible(citizen.has_value());
    if (!citizen) {
        m_warnings->setVisible(false);
        m_photo->clear();
        m_shownPhoto.clear();
        return;
    }

    if (citizen->photoJpeg != m_shownPhoto) {
        m_shownPhoto = citizen->photoJpeg;
        QPixmap photo;
        if (!m_shownPhoto.isEmpty() && photo.loadFromData(m_shownPhoto, "JPEG"))
            m_photo->setPixmap(
                photo.scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        else
            m_photo->setText(tr("No photo"));
    }

    m_thaiName->setText(citizen->thaiName.full());
    m_englishName->setText(citizen->englishName.full());
    m_id->setText(citizen->id ? citizen->id->masked() : QString());

    const QDate today = BangkokTime::fromUtcMs(BangkokTime::nowUtcMs()).date();
    const std::optional<int> age = citizen->ageOn(today);
    if (!age)
        m_age->setText(tr("unknown"));
    else if (citizen->birthDate.isComplete())
        m_age->setText(tr("%n year(s)", nullptr, *age));
    else
        // Civil and Commercial Code s. 16: counted from the first of the month or of the year.
        m_age->setText(tr("%n year(s) (the card has no day or month of birth)", nullptr, *age));
    m_birth->setText(citizen->birthDate.format(language));
    m_expiry->setText(CardMessages::dateText(cardExpiryFrom(*citizen), language));

    QStringList warnings;
    if (citizen->cardExpiredOn(today))
        warnings << CardMessages::expiredWarning(cardExpiryFrom(*citizen), language);
    if (citizen->id && !citizen->id->hasValidCheckDigit())
        warnings << CardMessages::badCheckDigitWarning();
    m_warnings->setText(warnings.join(u"\n\n"_s));
    m_warnings->setVisible(!warnings.isEmpty());
}

} // namespace saduak::idcard
