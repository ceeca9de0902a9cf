#include "centralrequests.h"

#include <tls/publickeypin.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// Per-reply TLS facts, kept on the reply itself so that several requests may be open at once.
constexpr char kTlsErrors[] = "saduakTlsErrors";
constexpr char kPinRefused[] = "saduakPinRefused";

} // namespace

CentralRequests::CentralRequests(const Settings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_network(new QNetworkAccessManager(this))
{ }

bool CentralRequests::pinMatches(const QSslCertificate &certificate) const
{
    return m_settings.pinSha256.isEmpty() || PublicKeyPin::of(certificate) == m_settings.pinSha256;
}

QNetworkReply *CentralRequests::get(const QString &relativePath)
{
    return send(relativePath, nullptr);
}

QNetworkReply *CentralRequests::post(const QString &relativePath, const QByteArray &body)
{
    return send(relativePath, &body);
}

QNetworkReply *CentralRequests::send(const QString &relativePath, const QByteArray *body)
{
    QNetworkRequest request(m_settings.centralUrl.resolved(QUrl(relativePath)));
    if (body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Authorization"_ba, "Bearer "_ba + m_settings.token.toUtf8());
    // Qt's network access has no timeout of its own: a central that accepts and never answers
    // would hold the sync for ever.
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    const bool https = request.url().scheme() == u"https"_s;
    if (https) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        if (!m_settings.caCertificates.isEmpty())
            tls.setCaCertificates(m_settings.caCertificates); // instead of the system's
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = body ? m_network->post(request, *body) : m_network->get(request);
    if (https) {
        // Certificate errors are never ignored: the request fails and nothing is sent.
        connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
            QStringList texts;
            for (const QSslError &e : errors)
                texts << e.errorString();
            reply->setProperty(kTlsErrors, texts.join(u"; "_s));
        });
        // After the handshake and before any byte of the request (the token) is sent.
        connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
            if (pinMatches(reply->sslConfiguration().peerCertificate()))
                return;
            reply->setProperty(kPinRefused, true);
            reply->abort();
        });
    }
    return reply;
}

CentralRequests::Answer CentralRequests::answerOf(QNetworkReply *reply) const
{
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->isOpen() ? reply->readAll() : QByteArray();
    const bool https = reply->url().scheme() == u"https"_s;
    const QString tlsErrors = reply->property(kTlsErrors).toString();
    // The pin is checked again on the answer: a reused connection has no handshake of its own.
    if (https
        && (reply->property(kPinRefused).toBool()
            || (answer.status != 0 && !pinMatches(reply->sslConfiguration().peerCertificate())))) {
        answer.failure = Failure::PinMismatch;
        return answer;
    }
    if (https && answer.status == 0
        && (!tlsErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError)) {
        answer.failure = Failure::TlsUntrusted;
        answer.detail = tlsErrors.isEmpty() ? reply->errorString() : tlsErrors;
        return answer;
    }
    if (answer.status == 0 || (answer.status == 200 && reply->error() != QNetworkReply::NoError)) {
        // No (whole) answer: refused connection, reset, timeout.
        answer.failure = reply->error() == QNetworkReply::OperationCanceledError
            ? Failure::TimedOut
            : Failure::NoAnswer;
        answer.detail = reply->errorString();
    }
    return answer;
}

QString CentralRequests::failureWords(const Answer &answer) const
{
    switch (answer.failure) {
    case Failure::None:
        return {};
    case Failure::PinMismatch:
        return u"its certificate's key does not match central/pinSha256"_s;
    case Failure::TlsUntrusted:
        return u"TLS refused: "_s + answer.detail;
    case Failure::TimedOut: {
        const int ms = m_settings.transferTimeoutMs;
        return ms % 1000 == 0 ? u"no answer within %1 s"_s.arg(ms / 1000)
                              : u"no answer within %1 ms"_s.arg(ms);
    }
    case Failure::NoAnswer:
        break;
    }
    return answer.detail.isEmpty() ? u"no answer"_s : answer.detail;
}

} // namespace saduak
