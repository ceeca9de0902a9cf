#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace saduak {

// One word of a call as it is heard: the clip recorded for it (resources/voice/th/<clipKey>.wav)
// and its Thai text for a text-to-speech engine.
struct SpokenWord
{
    QString clipKey; // "digit_0"
    QString thai; // "ศูนย์"

    friend bool operator==(const SpokenWord &, const SpokenWord &) = default;
};

// What the display board says when a ticket is called to a counter:
//   heard:   "หมายเลข เอ ศูนย์ ศูนย์ หนึ่ง เชิญที่ช่องบริการ สาม"
//   shown:   "หมายเลข A001 เชิญที่ช่องบริการ 3"
//   English: "Number A zero zero one, please go to counter 3"
// A ticket number is read letter by letter and digit by digit (a citizen compares it with the
// slip in the hand); the counter is read as a number ("สิบเอ็ด", not "หนึ่ง หนึ่ง"), as people
// say it. Pure: no I/O.
class CallPhrase
{
    Q_DECLARE_TR_FUNCTIONS(saduak::CallPhrase)

public:
    // A ticket number is up to kMaxLetters Latin letters (either case) and 1 to kMaxDigits digits
    // (ASCII or Thai); the counter is 1 or more. On failure returns nullopt and, if why is set, a
    // translated reason.
    static std::optional<CallPhrase> compose(
        QStringView ticketNumber, int counterNumber, QString *why = nullptr);

    static constexpr int kMaxLetters = 3;
    static constexpr int kMaxDigits = 8;
    static constexpr int kMaxCounter = 999'999;

    QString ticketNumber() const { return m_ticketNumber; } // normalised: "A001"
    int counterNumber() const { return m_counterNumber; }

    QList<SpokenWord> words() const { return m_words; }
    QStringList clipKeys() const; // one a word, in order
    QString displayText() const; // "หมายเลข A001 เชิญที่ช่องบริการ 3"
    QString spokenText() const; // Thai words only, for a Thai TTS voice
    QString englishText() const; // "Number A zero zero one, please go to counter 3"

    // The rules, for tests and for anyone who needs a piece of them.
    // The Thai reading of a Latin letter ('A' -> "เอ", 'W' -> "ดับเบิลยู"); empty if not A–Z/a–z.
    static QString letterReading(QChar letter);
    // n (0 <= n <= kMaxCounter) read as a Thai number, one word a clip:
    // 21 -> [num_twenty ยี่สิบ, num_ed เอ็ด]. Empty for a number out of range.
    static QList<SpokenWord> thaiNumberWords(int n);
    // The same as one Thai word: 111 -> "หนึ่งร้อยสิบเอ็ด".
    static QString thaiNumberText(int n);
    // Every word any call can use, each once, in a stable order: the list a site records.
    static QList<SpokenWord> vocabulary();

private:
    CallPhrase() = default;

    QString m_ticketNumber;
    QString m_letters;
    QString m_digits;
    int m_counterNumber = 0;
    QList<SpokenWord> m_words;
};

} // namespace saduak
