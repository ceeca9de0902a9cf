#include "thaiidcardreader.h"

#include "apdu.h"
#include "jpegscan.h"
#include "thaiidcardlayout.h"
#include "thaiidcardparser.h"

using namespace Qt::StringLiterals;

namespace saduak::idcard {

namespace {

QString hexOffset(int offset)
{
    return u"0x%1"_s.arg(offset, 4, 16, QChar(u'0'));
}

QString hexStatus(quint16 statusWord)
{
    return u"%1"_s.arg(uint(statusWord), 4, 16, QChar(u'0')).toUpper();
}

// One read of one card: sends commands, counts them, and turns the card's T=0 dance
// (READ BINARY -> 61 xx -> GET RESPONSE -> data 90 00) into bytes or a problem.
class CardSession
{
public:
    explicit CardSession(CardChannel &channel)
        : m_channel(channel), m_getResponseP2(apdu::getResponseP2ForAtr(channel.atr()))
    { }

    int commandCount() const { return m_commandCount; }
    CardProblem problem() const { return m_problem; }
    const QString &detail() const { return m_detail; }

    ApduResponse transmit(const QByteArray &command)
    {
        ++m_commandCount;
        return m_channel.transmit(command);
    }

    bool fail(CardProblem problem, const QString &detail)
    {
        m_problem = problem;
        m_detail = detail;
        return false;
    }

    bool selectApplet()
    {
        const ApduResponse response = transmit(apdu::selectThaiIdApplet());
        if (!response.transmitted())
            return fail(response.problem, u"SELECT of the Thai ID applet was not answered"_s);
        // 61 xx (data waiting: the applet's FCI, which nobody needs) or 90 00: the applet is there.
        if (response.sw1() == 0x61 || response.statusWord == 0x9000)
            return true;
        return fail(CardProblem::NotThaiIdCard,
            u"SELECT of the Thai ID applet answered SW %1"_s.arg(hexStatus(response.statusWord)));
    }

    // Exactly `length` bytes from `offset`, or false with the problem set. A short or empty
    // answer means the card went away mid-read: it is never taken as data.
    std::optional<QByteArray> read(int offset, int length)
    {
        const QString where = u"READ BINARY %1 (%2 bytes)"_s.arg(hexOffset(offset)).arg(length);
        ApduResponse response = transmit(apdu::readBinary(quint16(offset), quint8(length)));
        if (!response.transmitted()) {
            fail(response.problem, where + u": not answered"_s);
            return std::nullopt;
        }
        if (response.sw1() == 0x61) {
            response = transmit(apdu::getResponse(m_getResponseP2, quint8(length)));
            if (!response.transmitted()) {
                fail(response.problem, where + u": GET RESPONSE not answered"_s);
                return std::nullopt;
            }
        }
        // 90 00 with the data: straight after GET RESPONSE, or from a reader driver that does the
        // GET RESPONSE itself.
        if (response.statusWord != 0x9000) {
            fail(CardProblem::UnreadableData,
                where + u": answered SW %1"_s.arg(hexStatus(response.statusWord)));
            return std::nullopt;
        }
        if (response.data.size() < length) {
            fail(CardProblem::CardRemoved,
                where + u": short answer of %1 bytes"_s.arg(response.data.size()));
            return std::nullopt;
        }
        if (response.data.size() > length) {
            fail(CardProblem::UnreadableData,
                where + u": %1 bytes answered"_s.arg(response.data.size()));
            return std::nullopt;
        }
        return response.data;
    }

private:
    CardChannel &m_channel;
    quint8 m_getResponseP2;
    int m_commandCount = 0;
    CardProblem m_problem = CardProblem::None;
    QString m_detail;
};

// The photo: chunks of 255 bytes from the photo's offset until the JPEG's end marker has been
// read (Batched), or all 20 chunks as public readers do (PerField). Either way the photo is the
// bytes up to and including FF D9, byte for byte.
std::optional<QByteArray> readPhoto(CardSession &session, ReadPlan plan)
{
    QByteArray area;
    for (int chunk = 0; chunk < layout::perFieldPhotoChunks; ++chunk) {
        const int offset = layout::photo.offset + chunk * layout::photoChunkLength;
        const auto bytes = session.read(offset, layout::photoChunkLength);
        if (!bytes)
            return std::nullopt;
        area.append(*bytes);
        if (plan == ReadPlan::PerField)
            continue;
        const JpegScan::Result scan = JpegScan::scan(area);
        if (scan.state == JpegScan::State::NotJpeg)
            break;
        if (scan.state == JpegScan::State::Complete)
            return area.first(scan.length);
    }
    const JpegScan::Result scan = JpegScan::scan(area);
    if (scan.state == JpegScan::State::Complete)
        return area.first(scan.length);
    session.fail(CardProblem::UnreadableData,
        scan.state == JpegScan::State::NotJpeg
            ? u"the photo area does not hold a JPEG"_s
            : u"the photo has no end marker within %1 bytes"_s.arg(layout::photo.length));
    return std::nullopt;
}

} // namespace

CardReadResult ThaiIdCardReader::read(CardChannel &channel, const CardReadOptions &options)
{
    CardSession session(channel);
    CardReadResult result;
    auto finish = [&]() {
        result.problem = session.problem();
        result.detail = session.detail();
        result.commandCount = session.commandCount();
        if (result.problem != CardProblem::None)
            result.card.reset();
        return result;
    };

    if (!session.selectApplet())
        return finish();

    CardMemory memory;
    auto readInto = [&](layout::Field field) {
        const auto bytes = session.read(field.offset, field.length);
        if (bytes)
            memory.store(field.offset, *bytes);
        return bytes.has_value();
    };
    if (options.plan == ReadPlan::Batched) {
        for (const layout::Field block : layout::batchedTextBlocks) {
            if (!readInto(block))
                return finish();
        }
    } else {
        for (const layout::Field field : layout::perFieldTextFields) {
            if (!readInto(field))
                return finish();
        }
    }

    QString why;
    auto card = ThaiIdCardParser::parseText(memory, &why);
    if (!card) {
        session.fail(CardProblem::UnreadableData, why);
        return finish();
    }
    if (options.readPhoto) {
        const auto photo = readPhoto(session, options.plan);
        if (!photo)
            return finish();
        card->photoJpeg = *photo;
    }
    result.card = std::move(card);
    return finish();
}

} // namespace saduak::idcard
