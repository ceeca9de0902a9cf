#pragma once
// What the complaint desk's tests share: a real saduak-central with a branch, the categories, an
// officer, and complaints filed by that branch over HTTP as a hub does (POST /v1/ingest).

#include "centralprocess.h"
#include "rawhttp.h"

#include <attachmentrule.h>
#include <complaintworkflow.h>
#include <trackingnumber.h>

#include <domain/bangkoktime.h>

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

namespace saduak::test {

using namespace Qt::StringLiterals;

// The "name=value" of a cookie an answer sets (one Set-Cookie line each), or empty.
inline QByteArray cookieSetBy(const RawResponse &r, const QByteArray &name)
{
    for (const QByteArray &line : r.head.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.toLower().startsWith("set-cookie:"))
            continue;
        const QByteArray cookie = trimmed.mid(11).trimmed();
        if (cookie.startsWith(QByteArray(name + '=')))
            return cookie.left(cookie.indexOf(';'));
    }
    return {};
}

// The hidden "csrf" of a desk form in a page, or empty.
inline QString deskCsrfIn(const RawResponse &page)
{
    return QRegularExpression(u"name=\"csrf\" value=\"([^\"]+)\""_s)
        .match(QString::fromUtf8(page.body))
        .captured(1);
}

// A log-in at the desk as a browser does it: the form first, then its csrf sent back beside the
// cookie it came with (docs/central-api.md, "Complaint desk"). The answer to the POST.
inline RawResponse deskLogIn(quint16 port, const QString &user, const QByteArray &password)
{
    const RawResponse form = rawHttp(port, httpRequest("GET"_ba, "/desk/login?lang=en"_ba));
    const QByteArray body = "csrf="_ba + deskCsrfIn(form).toUtf8().toPercentEncoding()
        + "&user="_ba + user.toUtf8().toPercentEncoding() + "&password="_ba
        + password.toPercentEncoding();
    return rawHttp(port,
        httpRequest("POST"_ba, "/desk/login?lang=en"_ba,
            {"Content-Type: application/x-www-form-urlencoded"_ba,
                "Cookie: "_ba + cookieSetBy(form, "saduak_desk_login"_ba)},
            body));
}

// An officer's session cookie ("saduak_desk=…") from a good log-in, or empty.
inline QByteArray deskSession(quint16 port, const QString &user, const QByteArray &password)
{
    const RawResponse r = deskLogIn(port, user, password);
    return r.status == 303 ? cookieSetBy(r, "saduak_desk"_ba) : QByteArray();
}

inline QString deskNumber(
    int sequence, QDate day = QDate(2026, 12, 7), const QString &branch = u"B001"_s)
{
    return complaints::TrackingNumber::make(branch, day, sequence)->text();
}

// attachments: as the branch's record names them ([{sha256, name, type, size}], deskAttachment).
inline QJsonObject deskComplaintRow(int seq, const QString &subject, QDate day = QDate(2026, 12, 7),
    const QJsonArray &attachments = {}, const QString &branch = u"B001"_s)
{
    const qint64 filedAt = QDateTime(day, QTime(10, 30), BangkokTime::zone()).toMSecsSinceEpoch();
    const QJsonObject payload {{u"trackingNumber"_s, deskNumber(seq, day, branch)},
        {u"filedAtMs"_s, filedAt}, {u"attachments"_s, attachments},
        {u"dueAtMs"_s, complaints::dueAtMs(filedAt)}, {u"category"_s, u"roads"_s},
        {u"subject"_s, subject}, {u"description"_s, u"ท่อระบายน้ำอุดตันหน้าบ้าน"_s},
        {u"area"_s,
            QJsonObject {
                {u"province"_s, u"10"_s}, {u"amphoe"_s, u"1007"_s}, {u"tambon"_s, u"100701"_s}}},
        {u"location"_s, QJsonValue::Null},
        {u"complainant"_s,
            QJsonObject {{u"citizenId"_s, u"3100600123456"_s}, {u"prefix"_s, u"นาง"_s},
                {u"firstName"_s, u"สมศรี"_s}, {u"lastName"_s, u"มีสุข"_s}}},
        {u"contact"_s, QJsonObject {{u"phone"_s, u"0891234567"_s}, {u"email"_s, u""_s}}},
        {u"channel"_s, u"kiosk"_s}, {u"counter"_s, 0}, {u"staff"_s, QJsonValue::Null}};
    return {{u"uuid"_s, u"d0a1b2c3-0000-4000-8000-%1"_s.arg(seq, 12, 10, QChar(u'0'))},
        {u"seq"_s, seq}, {u"kind"_s, u"complaints.complaint"_s}, {u"payload"_s, payload},
        {u"createdAt"_s, filedAt}};
}

// A PNG drawn here, of about width*height*3 bytes: noise does not compress, so a big one is sent
// in several parts (AttachmentRule::partBytes); stripes and a disc keep a small one recognisable.
inline QByteArray deskPng(int width, int height, bool noise, quint32 seed = 2463534242u)
{
    QImage image(width, height, QImage::Format_RGB32);
    quint32 state = seed; // xorshift32: the same picture every run
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            if (noise) {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                image.setPixel(x, y, 0xff000000u | (state & 0xffffffu));
            } else {
                const int dx = x - width / 2, dy = y - height / 2;
                const bool disc = dx * dx + dy * dy < (height / 3) * (height / 3);
                image.setPixel(x, y,
                    disc ? qRgb(214, 40, 40)
                         : ((x / 20) % 2 ? qRgb(35, 57, 93) : qRgb(240, 200, 60)));
            }
        }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// What a complaint's record names of a file (modules/complaints/README.md, "Records for central").
inline QJsonObject deskAttachment(const QByteArray &bytes, const QString &name)
{
    return {{u"sha256"_s, complaints::AttachmentRule::sha256Of(bytes)}, {u"name"_s, name},
        {u"type"_s, complaints::AttachmentRule::typeOf(bytes).value_or(QString())},
        {u"size"_s, bytes.size()}};
}

// The complaints.attachmentPart rows of a file, as a hub queues them; seq from firstSeq (the uuid
// follows the seq); only: the indexes to give (all when empty).
inline QJsonArray deskPartRows(
    const QByteArray &bytes, int firstSeq, const QList<int> &only = {}, qint64 createdAt = 1)
{
    const qint64 part = complaints::AttachmentRule::partBytes;
    const int count = int((bytes.size() + part - 1) / part);
    QJsonArray rows;
    for (int index = 0; index < count; ++index) {
        if (!only.isEmpty() && !only.contains(index))
            continue;
        const int seq = firstSeq + index;
        const QJsonObject payload {{u"sha256"_s, complaints::AttachmentRule::sha256Of(bytes)},
            {u"type"_s, complaints::AttachmentRule::typeOf(bytes).value_or(QString())},
            {u"size"_s, bytes.size()}, {u"index"_s, index}, {u"count"_s, count},
            {u"data"_s, QString::fromLatin1(bytes.mid(index * part, part).toBase64())}};
        rows.append(
            QJsonObject {{u"uuid"_s, u"a77ac4ed-0000-4000-8000-%1"_s.arg(seq, 12, 10, QChar(u'0'))},
                {u"seq"_s, seq}, {u"kind"_s, u"complaints.attachmentPart"_s},
                {u"payload"_s, payload}, {u"createdAt"_s, createdAt}});
    }
    return rows;
}

// `saduak-central add-officer`, the password written to its stdin; its exit code, *err.
inline int addOfficer(const QString &db, const QString &user, const QByteArray &password,
    QString *err = nullptr, const QStringList &more = {u"--name"_s, u"สมชาย ใจดี"_s})
{
    QProcess p;
    p.start(QStringLiteral(SADUAK_CENTRAL_BINARY),
        QStringList {u"add-officer"_s, u"--db"_s, db, u"--user"_s, user, u"--language"_s, u"en"_s}
            + more);
    p.write(password + '\n');
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(60000);
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// Central with branch B001 (its token in *auth), the category "roads" in both languages and
// Bangkok's province, district and subdistrict; not started.
inline bool prepareDeskCentral(CentralProcess &central, const QTemporaryDir &dir, QByteArray *auth)
{
    const QString token = central.enrol(u"B001"_s, u"Central World"_s);
    if (token.isEmpty())
        return false;
    *auth = "Authorization: Bearer "_ba + token.toLatin1();
    const auto import = [&](const QString &dataset, const QList<QJsonObject> &items) {
        QFile file(dir.filePath(dataset + u".jsonl"_s));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        for (const QJsonObject &item : items)
            file.write(QJsonDocument(item).toJson(QJsonDocument::Compact) + '\n');
        file.close();
        return central.command({u"import-reference"_s, u"--dataset"_s, dataset, u"--file"_s,
                   file.fileName(), u"--key-field"_s, u"key"_s})
            == 0;
    };
    return import(u"complaint-categories"_s,
               {{{u"key"_s, u"roads"_s}, {u"code"_s, u"roads"_s}, {u"th"_s, u"ถนนและสาธารณูปโภค"_s},
                    {u"en"_s, u"Roads and public works"_s}},
                   {{u"key"_s, u"nuisance"_s}, {u"code"_s, u"nuisance"_s},
                       {u"th"_s, u"เหตุเดือดร้อนรำคาญ"_s}, {u"en"_s, u"Nuisance"_s}}})
        && import(u"admin-areas"_s,
            {{{u"key"_s, u"p10"_s}, {u"code"_s, u"10"_s}, {u"th"_s, u"กรุงเทพมหานคร"_s},
                 {u"en"_s, u"Bangkok"_s}},
                {{u"key"_s, u"d1007"_s}, {u"code"_s, u"1007"_s}, {u"th"_s, u"ปทุมวัน"_s},
                    {u"en"_s, u"Pathum Wan"_s}, {u"parent"_s, u"10"_s}},
                {{u"key"_s, u"t100701"_s}, {u"code"_s, u"100701"_s}, {u"th"_s, u"รองเมือง"_s},
                    {u"en"_s, u"Rong Mueang"_s}, {u"parent"_s, u"1007"_s}}});
}

inline RawResponse fileComplaints(quint16 port, const QByteArray &auth, const QJsonArray &rows)
{
    return rawHttp(port,
        httpRequest("POST"_ba, "/v1/ingest"_ba, {auth, "Content-Type: application/json"_ba},
            QJsonDocument(QJsonObject {{u"rows"_s, rows}}).toJson(QJsonDocument::Compact)));
}

} // namespace saduak::test
