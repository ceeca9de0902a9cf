// Writes the card target's seeds (tests/fuzz/corpus/card/): a whole read of each fixture of the
// emulated card (tests/support/card), the card's answers in the order the reader asked for them,
// in fuzz_card's input format. Run by hand when the fixtures or the reader's plan change:
//   cmake --build build/default --target record_card_seeds
//   build/default/tests/fuzz/record_card_seeds tests/fuzz/corpus/card

#include "card/apdu.h"
#include "card/thaiidcardreader.h"

#include "virtualthaiidcard.h"

#include <QDir>
#include <QFile>

#include <cstdio>

using namespace saduak;
using namespace Qt::StringLiterals;

namespace {

// Passes every command to the emulated card and keeps its answers.
class RecordingChannel : public idcard::CardChannel
{
public:
    explicit RecordingChannel(testing::VirtualCard &card) : m_card(card) { }
    QByteArray atr() const override { return m_card.atr(); }
    idcard::ApduResponse transmit(const QByteArray &command) override
    {
        const QByteArray answer = m_card.respond(command).value_or(QByteArray());
        script.append(char(answer.size() >> 8)).append(char(answer.size() & 0xFF)).append(answer);
        return idcard::apdu::splitResponse(answer);
    }
    QByteArray script; // fuzz_card's answers: 2-byte length, then the answer

private:
    testing::VirtualCard &m_card;
};

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: record_card_seeds OUTPUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    struct Seed
    {
        const char *fixture;
        bool photo;
        idcard::ReadPlan plan;
    };
    const Seed seeds[] = {{"standard-3b68", true, idcard::ReadPlan::Batched},
        {"get-response-p2-01-3b67", false, idcard::ReadPlan::Batched},
        {"middle-name-3b7818", false, idcard::ReadPlan::PerField},
        {"long-address-3b7918", false, idcard::ReadPlan::Batched},
        {"every-thai-character", false, idcard::ReadPlan::Batched},
        {"lifelong-expiry", false, idcard::ReadPlan::Batched},
        {"unknown-birth-day", false, idcard::ReadPlan::Batched},
        {"not-thai-id-card", false, idcard::ReadPlan::Batched},
        {"pulled-mid-photo-short-answer", true, idcard::ReadPlan::Batched}};
    for (const Seed &seed : seeds) {
        const QString name = QString::fromLatin1(seed.fixture);
        QString why;
        auto card = testing::VirtualThaiIdCard::fromFixture(
            QStringLiteral(SADUAK_CARD_FIXTURE_DIR) + u'/' + name + u".json"_s, &why);
        if (!card) {
            std::fprintf(stderr, "%s: %s\n", seed.fixture, qPrintable(why));
            return 1;
        }
        RecordingChannel channel(*card);
        idcard::CardReadOptions options;
        options.readPhoto = seed.photo;
        options.plan = seed.plan;
        idcard::ThaiIdCardReader::read(channel, options);
        const QByteArray atr = card->atr();
        const char flags = char((seed.photo ? 1 : 0) | (seed.plan == idcard::ReadPlan::PerField ? 2 : 0));
        QFile file(out.filePath(name + u".bin"_s));
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(file.fileName()), qPrintable(file.errorString()));
            return 1;
        }
        file.write(QByteArray(1, flags) + char(atr.size()) + atr + channel.script);
    }
    return 0;
}
