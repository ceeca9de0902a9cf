#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace saduak {

// The requests of a hub to saduak-central, whatever they carry (the outbox push, the reference
// pull): one network manager, the branch token, a transfer timeout on every request, TLS with
// the configured CAs and the key pin. Callers read the outcome with answerOf() and decide what it
// means for them; this class decides nothing about retries.
class CentralRequests : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl centralUrl; // ends with '/'; paths are resolved against it
        QString token;
        int transferTimeoutMs = 30000;
        QList<QSslCertificate> caCertificates; // https: trusted instead of the system's
        QByteArray pinSha256; // https: SHA-256 of central's SubjectPublicKeyInfo
    };

    explicit CentralRequests(const Settings &settings, QObject *parent = nullptr);

    // relativePath like "v1/ingest". The reply belongs to the caller (deleteLater it).
    QNetworkReply *get(const QString &relativePath);
    QNetworkReply *post(const QString &relativePath, const QByteArray &body);

    enum class Failure {
        None, // central answered (any HTTP status)
        PinMismatch, // central's key is not the pinned one; nothing was sent
        TlsUntrusted, // the certificate chain or the handshake failed; nothing was sent
        TimedOut, // no byte for transferTimeoutMs
        NoAnswer, // refused, reset, closed before the whole answer
    };
    struct Answer
    {
        int status = 0;
        QByteArray body;
        Failure failure = Failure::None;
        QString detail; // for the log (and, for TlsUntrusted, the message)
    };
    // What a finished reply amounts to.
    Answer answerOf(QNetworkReply *reply) const;
    // Why an answer is missing, in words for the log: a timeout is "no answer within N s", not
    // Qt's "Operation canceled". Empty for Failure::None.
    QString failureWords(const Answer &answer) const;

    const Settings &settings() const { return m_settings; }

private:
    QNetworkReply *send(const QString &relativePath, const QByteArray *body);
    bool pinMatches(const QSslCertificate &certificate) const;

    Settings m_settings;
    QNetworkAccessManager *m_network;
};

} // namespace saduak
