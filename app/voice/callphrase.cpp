#include "callphrase.h"

#include <domain/thaidigits.h>

#include <array>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// The Latin alphabet as Thai people say it (the ราชบัณฑิตยสถาน transcriptions in everyday use).
constexpr std::array<char16_t const *, 26> kLetters = {u"เอ", u"บี", u"ซี", u"ดี", u"อี", u"เอฟ", u"จี",
    u"เอช", u"ไอ", u"เจ", u"เค", u"แอล", u"เอ็ม", u"เอ็น", u"โอ", u"พี", u"คิว", u"อาร์", u"เอส", u"ที",
    u"ยู", u"วี", u"ดับเบิลยู", u"เอ็กซ์", u"วาย", u"แซด"};

constexpr std::array<char16_t const *, 10> kDigits
    = {u"ศูนย์", u"หนึ่ง", u"สอง", u"สาม", u"สี่", u"ห้า", u"หก", u"เจ็ด", u"แปด", u"เก้า"};

constexpr std::array<char const *, 10> kEnglishDigits
    = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

// Place words from the hundreds up, largest first; the tens are read apart in thaiNumberWords()
// (สิบ alone, ยี่สิบ).
struct Place
{
    int value;
    char const *key;
    char16_t const *thai;
};
constexpr std::array<Place, 4> kPlaces = {{
    {100'000, "num_hundred_thousand", u"แสน"},
    {10'000, "num_ten_thousand", u"หมื่น"},
    {1'000, "num_thousand", u"พัน"},
    {100, "num_hundred", u"ร้อย"},
}};

const SpokenWord &numberWord() // หมายเลข
{
    static const SpokenWord word {u"number"_s, u"หมายเลข"_s};
    return word;
}

const SpokenWord &pleaseCounterWord()
{
    static const SpokenWord word {u"please_counter"_s, u"เชิญที่ช่องบริการ"_s};
    return word;
}

SpokenWord letterWord(int index)
{
    return {u"letter_"_s + QChar(u'a' + index), QString::fromUtf16(kLetters[size_t(index)])};
}

SpokenWord digitWord(int digit)
{
    return {u"digit_"_s + QChar(u'0' + digit), QString::fromUtf16(kDigits[size_t(digit)])};
}

// Unit words of a number ("สาม" in "สามร้อย"). The same sounds as digitWord(), but a site may
// record them apart: a counter number ends the sentence and is said with a falling tone.
SpokenWord unitWord(int digit)
{
    return {u"num_"_s + QChar(u'0' + digit), QString::fromUtf16(kDigits[size_t(digit)])};
}

SpokenWord tenWord()
{
    return {u"num_ten"_s, u"สิบ"_s};
}

// ยี่ is only ever said before สิบ, so "ยี่สิบ" is one word to record.
SpokenWord twentyWord()
{
    return {u"num_twenty"_s, u"ยี่สิบ"_s};
}

// A trailing 1 after tens or more is เอ็ด: 11 สิบเอ็ด, 101 หนึ่งร้อยเอ็ด.
SpokenWord edWord()
{
    return {u"num_ed"_s, u"เอ็ด"_s};
}

SpokenWord placeWord(const Place &place)
{
    return {QString::fromLatin1(place.key), QString::fromUtf16(place.thai)};
}

int letterIndex(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'a' && u <= u'z')
        return u - u'a';
    return -1;
}

} // namespace

std::optional<CallPhrase> CallPhrase::compose(
    QStringView ticketNumber, int counterNumber, QString *why)
{
    const auto fail = [why](const QString &reason) -> std::optional<CallPhrase> {
        if (why)
            *why = reason;
        return std::nullopt;
    };

    const QStringView text = ticketNumber.trimmed();
    QString letters;
    QString digits;
    for (const QChar c : text) {
        if (const int letter = letterIndex(c); letter >= 0 && digits.isEmpty()) {
            letters.append(QChar(u'A' + letter));
            continue;
        }
        if (const int digit = digitValue(c); digit >= 0) {
            digits.append(QChar(u'0' + digit));
            continue;
        }
        return fail(tr("A ticket number is letters followed by digits, like A001; \"%1\" is not.")
                        .arg(text));
    }
    if (digits.isEmpty())
        return fail(tr("The ticket number \"%1\" has no digits.").arg(text));
    if (letters.size() > kMaxLetters || digits.size() > kMaxDigits)
        return fail(tr("The ticket number \"%1\" is too long to call out: at most %2 letters "
                       "and %3 digits.")
                        .arg(text)
                        .arg(kMaxLetters)
                        .arg(kMaxDigits));
    if (counterNumber < 1 || counterNumber > kMaxCounter)
        return fail(tr("There is no counter %1: counters are numbered from 1 to %2.")
                        .arg(counterNumber)
                        .arg(kMaxCounter));

    CallPhrase phrase;
    phrase.m_ticketNumber = letters + digits;
    phrase.m_letters = letters;
    phrase.m_digits = digits;
    phrase.m_counterNumber = counterNumber;
    phrase.m_words.append(numberWord());
    for (const QChar letter : std::as_const(letters))
        phrase.m_words.append(letterWord(letter.unicode() - u'A'));
    for (const QChar digit : std::as_const(digits))
        phrase.m_words.append(digitWord(digit.unicode() - u'0'));
    phrase.m_words.append(pleaseCounterWord());
    phrase.m_words.append(thaiNumberWords(counterNumber));
    return phrase;
}

QStringList CallPhrase::clipKeys() const
{
    QStringList keys;
    keys.reserve(m_words.size());
    for (const SpokenWord &word : m_words)
        keys.append(word.clipKey);
    return keys;
}

QString CallPhrase::displayText() const
{
    // Shown under the big ticket number on the board, so digits stay digits.
    return numberWord().thai + u' ' + m_ticketNumber + u' ' + pleaseCounterWord().thai + u' '
        + QString::number(m_counterNumber);
}

QString CallPhrase::spokenText() const
{
    // Letters and digits apart, each a word, so a TTS voice pauses between them as a person
    // does; the counter number is one word ("สิบเอ็ด").
    QStringList parts {numberWord().thai};
    for (const QChar letter : m_letters)
        parts.append(letterReading(letter));
    for (const QChar digit : m_digits)
        parts.append(QString::fromUtf16(kDigits[size_t(digit.unicode() - u'0')]));
    parts.append(pleaseCounterWord().thai);
    parts.append(thaiNumberText(m_counterNumber));
    return parts.join(u' ');
}

QString CallPhrase::englishText() const
{
    QStringList ticket;
    for (const QChar letter : m_letters)
        ticket.append(QString(letter));
    for (const QChar digit : m_digits)
        ticket.append(QString::fromLatin1(kEnglishDigits[size_t(digit.unicode() - u'0')]));
    return u"Number %1, please go to counter %2"_s.arg(ticket.join(u' ')).arg(m_counterNumber);
}

QString CallPhrase::letterReading(QChar letter)
{
    const int index = letterIndex(letter);
    return index < 0 ? QString() : QString::fromUtf16(kLetters[size_t(index)]);
}

QList<SpokenWord> CallPhrase::thaiNumberWords(int n)
{
    if (n < 0 || n > kMaxCounter)
        return {};
    if (n == 0)
        return {unitWord(0)};

    QList<SpokenWord> words;
    int rest = n;
    for (const Place &place : kPlaces) {
        const int digit = rest / place.value;
        rest %= place.value;
        if (digit > 0) {
            // "หนึ่งร้อย", never plain "ร้อย": Thai says the one before every place but tens.
            words.append(unitWord(digit));
            words.append(placeWord(place));
        }
    }
    const int tens = rest / 10;
    const int units = rest % 10;
    if (tens == 1)
        words.append(tenWord()); // สิบ, never หนึ่งสิบ
    else if (tens == 2)
        words.append(twentyWord());
    else if (tens > 2)
        words << unitWord(tens) << tenWord();
    if (units == 1 && n > 10)
        words.append(edWord());
    else if (units > 0)
        words.append(unitWord(units));
    return words;
}

QString CallPhrase::thaiNumberText(int n)
{
    QString text;
    for (const SpokenWord &word : thaiNumberWords(n))
        text += word.thai;
    return text;
}

QList<SpokenWord> CallPhrase::vocabulary()
{
    QList<SpokenWord> words {numberWord(), pleaseCounterWord()};
    for (int i = 0; i < int(kLetters.size()); ++i)
        words.append(letterWord(i));
    for (int i = 0; i < 10; ++i)
        words.append(digitWord(i));
    for (int i = 0; i < 10; ++i)
        words.append(unitWord(i));
    words << tenWord() << twentyWord() << edWord();
    for (auto it = kPlaces.rbegin(); it != kPlaces.rend(); ++it)
        words.append(placeWord(*it));
    return words;
}

} // namespace saduak
