// docs/central-api.md promises that a client can be written from it alone. This test replays the
// document's examples, request by request, against a real saduak-central and checks that every
// answer has the status and the JSON the document shows.
#include "centralprocess.h"
#include "rawhttp.h"

#include <postgrescluster.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak::test;

namespace {

struct Example
{
    QByteArray request; // request line, headers, blank line, body — as in the document
    int status = 0;
    QJsonObject answer;
};

// The ```http blocks of "## Examples", taken in pairs: a request, then its answer.
QList<Example> examples(const QString &markdown, QString *why)
{
    QList<QStringList> blocks;
    const qsizetype start = markdown.indexOf(u"## Examples"_s);
    if (start < 0) {
        *why = u"no Examples section"_s;
        return {};
    }
    bool inBlock = false;
    for (const QString &line : markdown.mid(start).split(u'\n')) {
        if (line.startsWith(u"```"_s)) {
            inBlock = !inBlock && line.trimmed() == u"```http"_s;
            if (inBlock)
                blocks.append(QStringList {});
            continue;
        }
        if (inBlock)
            blocks.last() << line;
    }
    QList<Example> out;
    for (qsizetype i = 0; i + 1 < blocks.size(); i += 2) {
        const QStringList req = blocks.at(i);
        const QStringList res = blocks.at(i + 1);
        if (req.isEmpty() || res.isEmpty() || !res.first().startsWith(u"HTTP/1.1 "_s)) {
            *why = u"block "_s + QString::number(i + 1) + u" is not a request/answer pair"_s;
            return {};
        }
        Example e;
        const qsizetype blank = req.indexOf(QString());
        const QStringList head = blank < 0 ? req : req.mid(0, blank);
        const QByteArray body = blank < 0 ? QByteArray() : req.mid(blank + 1).join(u'\n').toUtf8();
        e.request = head.join(u"\r\n"_s).toUtf8() + "\r\nHost: 127.0.0.1\r\n"_ba;
        if (!body.isEmpty() || head.first().startsWith(u"POST"_s))
            e.request += "Content-Length: "_ba + QByteArray::number(body.size()) + "\r\n"_ba;
        e.request += "\r\n"_ba + body;
        e.status = res.first().mid(9, 3).toInt();
        const qsizetype resBlank = res.indexOf(QString());
        e.answer = QJsonDocument::fromJson(res.mid(resBlank + 1).join(u'\n').toUtf8()).object();
        if (e.answer.isEmpty()) {
            *why = u"the answer of example "_s + QString::number(i / 2 + 1) + u" is not JSON"_s;
            return {};
        }
        out << e;
    }
    return out;
}

// Does actual say what the document says? Every key of an expected object must match;
// "<...>" matches any text.
QString mismatch(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    if (expected.isString() && expected.toString().startsWith(u'<')
        && expected.toString().endsWith(u'>'))
        return actual.isString() ? QString() : path + u": expected some text"_s;
    if (expected.isObject()) {
        if (!actual.isObject())
            return path + u": expected an object"_s;
        const QJsonObject object = expected.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString m
                = mismatch(it.value(), actual.toObject().value(it.key()), path + u'.' + it.key());
            if (!m.isEmpty())
                return m;
        }
        return {};
    }
    if (expected.isArray()) {
        if (!actual.isArray() || actual.toArray().size() != expected.toArray().size())
            return path + u": expected an array of "_s + QString::number(expected.toArray().size());
        for (qsizetype i = 0; i < expected.toArray().size(); ++i) {
            const QString m = mismatch(expected.toArray().at(i), actual.toArray().at(i),
                path + u'[' + QString::number(i) + u']');
            if (!m.isEmpty())
                return m;
        }
        return {};
    }
    return expected == actual ? QString()
                              : path + u": expected "_s + expected.toVariant().toString()
            + u", got "_s + actual.toVariant().toString();
}

} // namespace

class TestCentralApiDoc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examplesAreTrue()
    {
        QFile file(QStringLiteral(SADUAK_CENTRAL_API_DOC));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString why;
        const QList<Example> all = examples(QString::fromUtf8(file.readAll()), &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(all.size() >= 9);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CentralProcess central(centralLocation(dir));
        const QString token = central.enrol(u"B001"_s, u"Central World"_s);
        QVERIFY(!token.isEmpty());
        QVERIFY(central.start() != 0);

        for (qsizetype i = 0; i < all.size(); ++i) {
            QByteArray request = all.at(i).request;
            request.replace("<token of B001>"_ba, token.toLatin1());
            request.replace("<wrong token>"_ba, "not-a-token-central-issued"_ba);
            const RawResponse r = rawHttp(central.port(), request);
            const QString where = u"example "_s + QString::number(i + 1) + u": "_s;
            QVERIFY2(r.status == all.at(i).status,
                qPrintable(where + u"status "_s + QString::number(r.status)
                    + u", the document says "_s + QString::number(all.at(i).status)));
            const QString m = mismatch(all.at(i).answer, r.json(), u"answer"_s);
            QVERIFY2(m.isEmpty(), qPrintable(where + m + u" in "_s + QString::fromUtf8(r.body)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCentralApiDoc)
#include "tst_centralapidoc.moc"
