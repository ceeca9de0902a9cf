#include "cardproblemtext.h"

#include "domain/buddhistdate.h"

using namespace Qt::StringLiterals;

namespace saduak::idcard {

QString CardMessages::problemText(CardProblem problem)
{
    switch (problem) {
    case CardProblem::None:
        return tr("The card was read.");
    case CardProblem::PcscdNotRunning:
        return tr("The smart card service (pcscd) is not running on this computer. "
                  "Ask the IT officer to start it.");
    case CardProblem::NoReader:
        return tr("No card reader was found. Check that the card reader is plugged in.");
    case CardProblem::NoCard:
        return tr("There is no card in the reader. Insert the ID card with the chip facing up.");
    case CardProblem::CardRemoved:
        return tr("The card was taken out before reading finished. "
                  "Insert it again and leave it in until the data appears.");
    case CardProblem::CardReset:
        return tr("Another program interrupted the card reader. Read the card again.");
    case CardProblem::CardInUse:
        return tr("Another program is using the card. Close it and read the card again.");
    case CardProblem::NotThaiIdCard:
        return tr("This card is not a Thai national ID card. Ask for the ID card.");
    case CardProblem::UnreadableData:
        return tr("The card answered, but its data could not be read. "
                  "Try again; if it happens again, check the card and enter the data by hand.");
    case CardProblem::ReaderFailure:
        break;
    }
    return tr("The card reader reported an error. Take the card out and read it again.");
}

QString CardMessages::expiredWarning(const CardDate &expiry, Language language)
{
    return tr("This ID card expired on %1. It can still be used to identify the person where the "
              "law allows, but ask the citizen to renew it.")
        .arg(dateText(expiry, language));
}

QString CardMessages::badCheckDigitWarning()
{
    return tr("The ID number on this card fails its check digit. "
              "Check the card carefully before using it.");
}

QString CardMessages::lifelongText()
{
    return tr("Lifelong");
}

QString CardMessages::dateText(const CardDate &date, Language language)
{
    if (date.lifelong)
        return lifelongText();
    if (date.date.isValid())
        return BuddhistDate::format(date.date, language, BuddhistDate::Style::Long);
    if (date.beYear == 0)
        return date.rawBe;
    const int month = date.rawBe.mid(4, 2).toInt();
    const QString year = language == Language::Thai ? QString::number(date.beYear)
                                                    : QString::number(date.beYear - 543);
    if (month >= 1 && month <= 12) {
        const QString monthName = language == Language::Thai
            ? BuddhistDate::thaiMonthName(month, BuddhistDate::Style::Long)
            : QDate(2000, month, 1).toString(u"MMMM"_s);
        return monthName + u' ' + year;
    }
    return year;
}

} // namespace saduak::idcard
