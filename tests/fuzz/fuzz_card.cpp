// Fuzz target: the Thai ID card's bytes (modules/idcard/card) — whole reads through
// ThaiIdCardReader with the card's answers taken from the input, and the pure parsers (TIS-620,
// where a JPEG ends, the text fields, dates, hex) on the raw input.
//
// Input: flags (1 byte: bit 0 read the photo, bit 1 the PerField plan), the ATR (1 length byte
// and its bytes), then the card's answers in the order the reader asks, each a 2-byte big-endian
// length and that many bytes (data + SW1 SW2). Past the last answer the card is gone. The seeds
// are whole reads of the emulated card (tests/support/card), recorded by record_card_seeds.

#include "fuzzcheck.h"

#include "card/apdu.h"
#include "card/cardmemory.h"
#include "card/jpegscan.h"
#include "card/thaiidcardjson.h"
#include "card/thaiidcardparser.h"
#include "card/thaiidcardreader.h"
#include "card/tis620.h"

#include <domain/buddhistdate.h>

#include <QByteArrayView>
#include <QRegularExpression>

#include <cstdint>

using namespace saduak::idcard;
using saduak::BuddhistDate;
using namespace Qt::StringLiterals;

namespace {

class ScriptedCard : public CardChannel
{
public:
    ScriptedCard(QByteArray atr, QByteArrayView answers) : m_atr(std::move(atr)), m_rest(answers)
    { }

    QByteArray atr() const override { return m_atr; }

    ApduResponse transmit(const QByteArray &) override
    {
        ++m_sent;
        if (m_rest.size() < 2)
            return apdu::splitResponse({}); // the card left: no answer
        const qsizetype length = (quint8(m_rest[0]) << 8) | quint8(m_rest[1]);
        const QByteArrayView answer = m_rest.sliced(2).first(std::min(length, m_rest.size() - 2));
        m_rest = m_rest.sliced(2 + answer.size());
        return apdu::splitResponse(answer.toByteArray());
    }

    int sent() const { return m_sent; }

private:
    QByteArray m_atr;
    QByteArrayView m_rest;
    int m_sent = 0;
};

// What a developer's detail may never carry (modules/idcard/card/README.md): a name (Thai
// letters) or a citizen ID (13 digits in a row).
bool carriesPersonalData(const QString &text)
{
    static const QRegularExpression thirteenDigits(u"\\d{13}"_s);
    for (const QChar c : text)
        if (c.unicode() >= 0x0E00 && c.unicode() <= 0x0E7F)
            return true;
    return thirteenDigits.match(text).hasMatch();
}

void checkTis620(QByteArrayView bytes)
{
    qsizetype bad = -1;
    const std::optional<QString> text = Tis620::decode(bytes, &bad);
    qsizetype firstUndefined = -1;
    for (qsizetype i = 0; i < bytes.size() && firstUndefined < 0; ++i)
        if (!Tis620::isDefined(quint8(bytes[i])))
            firstUndefined = i;
    FUZZ_CHECK(text.has_value() == (firstUndefined < 0), "TIS-620 refuses exactly undefined bytes");
    if (!text) {
        FUZZ_CHECK(bad == firstUndefined, "badOffset is the first undefined byte");
        return;
    }
    FUZZ_CHECK(text->size() == bytes.size(), "one character a byte");
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const quint8 b = quint8(bytes[i]);
        FUZZ_CHECK(text->at(i).unicode() == (b < 0x80 ? b : b + 0x0D60), "TIS-620 mapping");
    }
}

void checkJpegScan(QByteArrayView bytes)
{
    const JpegScan::Result whole = JpegScan::scan(bytes);
    if (whole.state == JpegScan::State::Complete) {
        FUZZ_CHECK(whole.length >= 4 && whole.length <= bytes.size(), "JPEG length in the buffer");
        FUZZ_CHECK(quint8(bytes[0]) == 0xFF && quint8(bytes[1]) == 0xD8, "starts with SOI");
        FUZZ_CHECK(quint8(bytes[whole.length - 2]) == 0xFF
                && quint8(bytes[whole.length - 1]) == 0xD9,
            "ends with EOI");
        const JpegScan::Result exact = JpegScan::scan(bytes.first(whole.length));
        FUZZ_CHECK(exact.state == JpegScan::State::Complete && exact.length == whole.length,
            "the JPEG alone scans the same");
    }
    // The reader scans the photo area as it grows chunk by chunk: what a prefix decided, the
    // whole buffer must decide the same way.
    for (const qsizetype cut : {bytes.size() / 2, bytes.size() * 3 / 4}) {
        const JpegScan::Result prefix = JpegScan::scan(bytes.first(cut));
        if (prefix.state == JpegScan::State::Complete)
            FUZZ_CHECK(whole.state == JpegScan::State::Complete && whole.length == prefix.length,
                "a complete prefix stays complete");
        if (prefix.state == JpegScan::State::NotJpeg)
            FUZZ_CHECK(whole.state == JpegScan::State::NotJpeg, "not a JPEG stays not a JPEG");
    }
}

void checkFields(QByteArrayView bytes)
{
    QString why;
    if (const std::optional<QString> text = ThaiIdCardParser::text(bytes, &why)) {
        ThaiIdCardParser::name(*text);
        ThaiIdCardParser::address(*text);
        ThaiIdCardParser::gender(*text);
        ThaiIdCardParser::checkDigitValid(*text);
        for (const bool lifelong : {false, true}) {
            const std::optional<CardDate> date = ThaiIdCardParser::date(*text, lifelong, &why);
            // Not year + 543: before 1941 the Thai year began on 1 April (BuddhistDate).
            if (date && !date->lifelong && date->date.isValid())
                FUZZ_CHECK(date->beYear == BuddhistDate::buddhistYear(date->date),
                    "the date is in the card's BE year");
        }
    } else {
        FUZZ_CHECK(!why.isEmpty(), "a refused field says why");
        FUZZ_CHECK(!carriesPersonalData(why), "a parser error carries no personal data");
    }
    const QByteArray raw = bytes.toByteArray();
    FUZZ_CHECK(apdu::fromHex(apdu::hex(raw)) == raw, "hex round trip");
    apdu::fromHex(QString::fromLatin1(raw));
}

void checkRead(const uint8_t *data, size_t size)
{
    if (size < 2)
        return;
    const quint8 flags = data[0];
    const size_t atrLength = std::min<size_t>(data[1], size - 2);
    const QByteArray atr(reinterpret_cast<const char *>(data + 2), qsizetype(atrLength));
    const QByteArrayView answers(data + 2 + atrLength, qsizetype(size - 2 - atrLength));
    ScriptedCard card(atr, answers);
    CardReadOptions options;
    options.readPhoto = flags & 1;
    options.plan = flags & 2 ? ReadPlan::PerField : ReadPlan::Batched;
    const CardReadResult result = ThaiIdCardReader::read(card, options);

    FUZZ_CHECK(result.commandCount == card.sent(), "every command counted");
    FUZZ_CHECK(result.card.has_value() == (result.problem == CardProblem::None),
        "a card exactly when there is no problem");
    FUZZ_CHECK(!carriesPersonalData(result.detail), "the detail carries no personal data");
    if (!result.card)
        return;
    const ThaiIdCardData &c = *result.card;
    FUZZ_CHECK(c.checkDigitValid == ThaiIdCardParser::checkDigitValid(c.citizenId),
        "checkDigitValid as computed");
    if (options.readPhoto) {
        const JpegScan::Result scan = JpegScan::scan(c.photoJpeg);
        FUZZ_CHECK(scan.state == JpegScan::State::Complete && scan.length == c.photoJpeg.size(),
            "the photo is one whole JPEG");
    } else {
        FUZZ_CHECK(c.photoJpeg.isEmpty(), "no photo unless asked");
    }
    CardJsonOptions json;
    json.today = QDate(2026, 6, 1);
    json.photo = CardJsonOptions::Photo::Base64;
    FUZZ_CHECK(!jsonText(toJson(c, json)).isEmpty(), "a read card prints as JSON");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    checkRead(data, size);
    checkTis620(bytes);
    checkJpegScan(bytes);
    checkFields(bytes.first(std::min<qsizetype>(bytes.size(), 512)));
    return 0;
}
