#include "virtualthaiidcard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace saduak::testing {

namespace {

// Where the card keeps each field, as the public readers' READ BINARY commands have it
// (80 B0 offHi offLo 02 00 Le: offset in P1 P2, length in the last byte). Written from those
// commands as published (chakphanu/ThaiNationalIDCard APDU.md, Shayennn/KOBThaiID dump.py, readers
// that ask 160 bytes of address), not from the reader's layout header, on purpose.
struct PublicReadCommand
{
    const char *field;
    quint8 command[7];
};
constexpr PublicReadCommand publicReadCommands[] = {
    {"version", {0x80, 0xB0, 0x00, 0x00, 0x02, 0x00, 0x04}},
    {"citizenId", {0x80, 0xB0, 0x00, 0x04, 0x02, 0x00, 0x0D}},
    {"thaiName", {0x80, 0xB0, 0x00, 0x11, 0x02, 0x00, 0x64}},
    {"englishName", {0x80, 0xB0, 0x00, 0x75, 0x02, 0x00, 0x64}},
    {"birthDate", {0x80, 0xB0, 0x00, 0xD9, 0x02, 0x00, 0x08}},
    {"gender", {0x80, 0xB0, 0x00, 0xE1, 0x02, 0x00, 0x01}},
    {"issuer", {0x80, 0xB0, 0x00, 0xF6, 0x02, 0x00, 0x64}},
    {"issuerCode", {0x80, 0xB0, 0x01, 0x5A, 0x02, 0x00, 0x0D}},
    {"issueDate", {0x80, 0xB0, 0x01, 0x67, 0x02, 0x00, 0x08}},
    {"expiryDate", {0x80, 0xB0, 0x01, 0x6F, 0x02, 0x00, 0x08}},
    {"address", {0x80, 0xB0, 0x15, 0x79, 0x02, 0x00, 0xA0}},
    {"cardRequestNumber", {0x80, 0xB0, 0x16, 0x19, 0x02, 0x00, 0x0E}},
};
// The photo: 20 parts of FF bytes, the first at 01 7B, the last at 14 68.
constexpr quint8 firstPhotoPart[7] = {0x80, 0xB0, 0x01, 0x7B, 0x02, 0x00, 0xFF};
constexpr int photoParts = 20;
// Memory beyond the last field; reads past it get 6B 00 (wrong P1 P2).
constexpr int memorySize = 0x1700;

constexpr quint8 selectHeader[] = {0x00, 0xA4, 0x04, 0x00, 0x08};
constexpr quint8 thaiIdAid[] = {0xA0, 0x00, 0x00, 0x00, 0x54, 0x48, 0x00, 0x01};
// What the applet would give to a GET RESPONSE after SELECT (its 61 0A): ten bytes of FCI that
// nobody reads. The content is made up.
const QByteArray selectAnswer = "\x6F\x08\x84\x06\xA0\x00\x00\x00\x54\x48"_ba;

int offsetOf(const quint8 (&command)[7])
{
    return (command[2] << 8) | command[3];
}

QByteArray status(quint8 sw1, quint8 sw2)
{
    QByteArray sw;
    sw.append(char(sw1));
    sw.append(char(sw2));
    return sw;
}

// TIS-620 for the emulator, kept apart from the reader's decoder: Thai U+0E01–U+0E3A and
// U+0E3F–U+0E5B are 0xA1–0xDA and 0xDF–0xFB; ASCII is itself. Nothing else has a byte.
std::optional<QByteArray> tis620(QStringView text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            bytes.append(char(u));
        else if ((u >= 0x0E01 && u <= 0x0E3A) || (u >= 0x0E3F && u <= 0x0E5B))
            bytes.append(char(u - 0x0E01 + 0xA1));
        else
            return std::nullopt;
    }
    return bytes;
}

QString joinName(const QJsonObject &name)
{
    return QStringList {name[u"prefix"].toString(), name[u"first"].toString(),
        name[u"middle"].toString(), name[u"last"].toString()}
        .join(u'#');
}

QByteArray hexBytes(QStringView text)
{
    QByteArray digits;
    for (const QChar c : text) {
        if (!c.isSpace())
            digits.append(char(c.unicode()));
    }
    return QByteArray::fromHex(digits);
}

} // namespace

std::unique_ptr<VirtualThaiIdCard> VirtualThaiIdCard::fromFixture(const QString &path, QString *why)
{
    auto failed = [why](const QString &reason) {
        if (why)
            *why = reason;
        return nullptr;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(u"cannot open %1: %2"_s.arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return failed(u"%1: %2"_s.arg(path, parseError.errorString()));
    const QJsonObject fixture = document.object();

    std::unique_ptr<VirtualThaiIdCard> card(new VirtualThaiIdCard);
    card->m_atr = hexBytes(fixture[u"atr"].toString());
    if (card->m_atr.size() < 2)
        return failed(u"%1: no ATR"_s.arg(path));
    card->m_hasThaiApplet = fixture[u"thaiIdApplet"].toBool(true);

    // Unused memory is zero, text fields are space-padded.
    card->m_memory = QByteArray(memorySize, '\0');
    if (card->m_hasThaiApplet) {
        QJsonArray addressParts = fixture[u"address"].toArray();
        QStringList address;
        for (const QJsonValue &part : addressParts)
            address.append(part.toString());
        if (address.size() != 8)
            return failed(u"%1: address needs 8 parts, has %2"_s.arg(path).arg(address.size()));
        const QHash<QString, QString> texts = {
            {u"version"_s, fixture[u"version"].toString()},
            {u"citizenId"_s, fixture[u"citizenId"].toString()},
            {u"thaiName"_s, joinName(fixture[u"thaiName"].toObject())},
            {u"englishName"_s, joinName(fixture[u"englishName"].toObject())},
            {u"birthDate"_s, fixture[u"birthDate"].toString()},
            {u"gender"_s, fixture[u"gender"].toString()},
            {u"issuer"_s, fixture[u"issuer"].toString()},
            {u"issuerCode"_s, fixture[u"issuerCode"].toString()},
            {u"issueDate"_s, fixture[u"issueDate"].toString()},
            {u"expiryDate"_s, fixture[u"expiryDate"].toString()},
            {u"address"_s, address.join(u'#')},
            {u"cardRequestNumber"_s, fixture[u"cardRequestNumber"].toString()},
        };
        for (const PublicReadCommand &field : publicReadCommands) {
            const QString name = QString::fromLatin1(field.field);
            const auto bytes = tis620(texts.value(name));
            const int length = field.command[6];
            if (!bytes)
                return failed(u"%1: %2 has a character TIS-620 cannot write"_s.arg(path, name));
            if (bytes->size() > length) {
                return failed(u"%1: %2 is %3 bytes, its field holds %4"_s.arg(path, name)
                                  .arg(bytes->size())
                                  .arg(length));
            }
            card->m_memory.replace(
                offsetOf(field.command), length, bytes->leftJustified(length, ' '));
        }

        const QString photoName = fixture[u"photo"].toString();
        QFile photo(QFileInfo(path).dir().filePath(photoName));
        if (photoName.isEmpty() || !photo.open(QIODevice::ReadOnly))
            return failed(u"%1: photo %2 cannot be read"_s.arg(path, photoName));
        card->m_photo = photo.readAll();
        card->m_photoOffset = offsetOf(firstPhotoPart);
        card->m_photoAreaLength = photoParts * firstPhotoPart[6];
        if (card->m_photo.size() > card->m_photoAreaLength)
            return failed(u"%1: photo too large for the card"_s.arg(path));
        card->m_memory.replace(card->m_photoOffset, card->m_photo.size(), card->m_photo);
    }

    if (fixture.contains(u"pullAfterPhotoBytes")) {
        const QString style = fixture[u"pullStyle"].toString(u"disconnect"_s);
        const PullStyle pullStyle = style == u"shortAnswer" ? PullStyle::ShortAnswer
            : style == u"emptyAnswer"                       ? PullStyle::EmptyAnswer
                                                            : PullStyle::Disconnect;
        card->pullAfterPhotoBytes(fixture[u"pullAfterPhotoBytes"].toInt(), pullStyle);
    }
    return card;
}

void VirtualThaiIdCard::pullAfterPhotoBytes(int bytes, PullStyle style)
{
    m_pullAfterPhotoBytes = bytes;
    m_pullStyle = style;
}

void VirtualThaiIdCard::resetState()
{
    m_selected = false;
    m_pending.clear();
    m_pendingOffset = -1;
}

std::optional<QByteArray> VirtualThaiIdCard::respond(const QByteArray &command)
{
    if (m_pulled)
        return std::nullopt;
    ++m_commandCount;
    if (command.size() < 4)
        return status(0x67, 0x00);
    const auto cla = quint8(command[0]);
    const auto ins = quint8(command[1]);

    if (cla == 0x00 && ins == 0xC0)
        return getResponse(command);
    m_pending.clear();

    if (cla == 0x00 && ins == 0xA4) {
        const QByteArray header(reinterpret_cast<const char *>(selectHeader), sizeof selectHeader);
        const QByteArray aid(reinterpret_cast<const char *>(thaiIdAid), sizeof thaiIdAid);
        if (!m_hasThaiApplet || command != header + aid)
            return status(0x6A, 0x82); // file or application not found
        m_selected = true;
        m_pending = selectAnswer;
        m_pendingOffset = -1;
        return status(0x61, quint8(selectAnswer.size()));
    }

    if (cla == 0x80 && ins == 0xB0) {
        if (!m_selected)
            return status(0x69, 0x86); // command not allowed: no applet selected
        if (command.size() != 7 || quint8(command[4]) != 0x02 || quint8(command[5]) != 0x00)
            return status(0x67, 0x00); // wrong length
        const int offset = (quint8(command[2]) << 8) | quint8(command[3]);
        const int length = quint8(command[6]);
        if (length == 0)
            return status(0x67, 0x00);
        if (offset + length > m_memory.size())
            return status(0x6B, 0x00); // wrong P1 P2
        m_pending = m_memory.mid(offset, length);
        m_pendingOffset = offset;
        return status(0x61, quint8(length));
    }
    return status(0x6D, 0x00); // instruction not supported
}

QByteArray VirtualThaiIdCard::getResponse(const QByteArray &command)
{
    // The GET RESPONSE family is fixed by the card's chip: 3B 67 cards take P2 = 01 only.
    const quint8 expectedP2 = m_atr.startsWith("\x3B\x67"_ba) ? 0x01 : 0x00;
    if (command.size() != 5 || quint8(command[2]) != 0x00)
        return status(0x67, 0x00);
    if (quint8(command[3]) != expectedP2)
        return status(0x6A, 0x86); // incorrect P1 P2
    if (m_pending.isEmpty())
        return status(0x69, 0x85); // conditions of use not satisfied: nothing waiting
    const int asked = quint8(command[4]) == 0 ? 256 : quint8(command[4]);
    if (asked > m_pending.size())
        return status(0x6C, quint8(m_pending.size())); // wrong Le, this many are there

    QByteArray data = m_pending.first(asked);
    bool leaveAfterThis = false;
    if (m_pendingOffset >= 0 && m_pullAfterPhotoBytes) {
        const int start = std::max(m_pendingOffset, m_photoOffset);
        const int end = std::min(m_pendingOffset + asked, m_photoOffset + m_photoAreaLength);
        const int photoBytes = std::max(0, end - start);
        const int allowed = *m_pullAfterPhotoBytes - m_photoBytesServed;
        if (photoBytes > 0 && photoBytes >= allowed) {
            leaveAfterThis = true;
            if (m_pullStyle == PullStyle::EmptyAnswer) {
                m_pulled = true;
                return {};
            }
            if (m_pullStyle == PullStyle::ShortAnswer && photoBytes > allowed)
                data.truncate(asked - (photoBytes - std::max(0, allowed)));
        }
        m_photoBytesServed += std::min(photoBytes, std::max(0, allowed));
    }
    m_pending.remove(0, asked);
    if (m_pendingOffset >= 0)
        m_pendingOffset += asked;
    if (leaveAfterThis)
        m_pulled = true;
    if (!m_pending.isEmpty())
        return data + status(0x61, quint8(std::min<qsizetype>(m_pending.size(), 255)));
    return data + status(0x90, 0x00);
}

} // namespace saduak::testing
