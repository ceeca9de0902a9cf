#include "owncertificate.h"

#include "servertls.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("saduak::OwnCertificate", text);
}

// Runs openssl to write a new key and certificate to keyFile and certFile; why set on failure.
bool makeWithOpenssl(const QString &certFile, const QString &keyFile, QString *why)
{
    QProcess openssl;
    // The key is private from its first byte: no moment where another user could read it.
    openssl.setChildProcessModifier([] { ::umask(077); });
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_s,
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
            u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-sha256"_s, u"-days"_s, u"3650"_s,
            u"-subj"_s, u"/O=Saduak/CN=Saduak branch hub"_s, u"-keyout"_s, keyFile, u"-out"_s,
            certFile});
    if (!openssl.waitForStarted(30000)) {
        *why = translated(QT_TRANSLATE_NOOP("saduak::OwnCertificate",
            "The hub cannot make its own TLS certificate: the program openssl is missing "
            "(Debian package openssl). Install it, or give the hub a certificate (--tls-cert and "
            "--tls-key, or hub/tlsCert and hub/tlsKey)."));
        return false;
    }
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        *why = translated(QT_TRANSLATE_NOOP("saduak::OwnCertificate",
                              "The hub cannot make its own TLS certificate in %1: openssl says %2"))
                   .arg(QDir::toNativeSeparators(QFileInfo(certFile).absolutePath()),
                       QString::fromLocal8Bit(openssl.readAll()).trimmed());
        return false;
    }
    return true;
}

} // namespace

std::optional<QSslConfiguration> OwnCertificate::loadOrMake(
    const QString &certFile, const QString &keyFile, QString *why)
{
    QString reason;
    const bool haveCert = QFileInfo::exists(certFile);
    const bool haveKey = QFileInfo::exists(keyFile);
    if (haveCert != haveKey) {
        // Never replace half of a pair: the other half may be what every device has pinned.
        reason = translated(QT_TRANSLATE_NOOP("saduak::OwnCertificate",
                                "The hub's own certificate is incomplete: %1 is there but %2 is "
                                "not. Put the missing file back, or move both away to make a new "
                                "pair (every device then needs the new pin)."))
                     .arg(QDir::toNativeSeparators(haveCert ? certFile : keyFile),
                         QDir::toNativeSeparators(haveCert ? keyFile : certFile));
    } else if (!haveCert) {
        // Written under other names and renamed, so a hub killed half-way leaves no half pair.
        const QString newCert = certFile + u".new"_s;
        const QString newKey = keyFile + u".new"_s;
        QFile::remove(newCert);
        QFile::remove(newKey);
        if (makeWithOpenssl(newCert, newKey, &reason)
            && !(QFile::rename(newKey, keyFile) && QFile::rename(newCert, certFile)))
            reason = translated(QT_TRANSLATE_NOOP("saduak::OwnCertificate",
                                    "The hub cannot keep its own TLS certificate in %1."))
                         .arg(QDir::toNativeSeparators(QFileInfo(certFile).absolutePath()));
        QFile::remove(newCert);
        QFile::remove(newKey);
    }
    if (reason.isEmpty())
        return ServerTls::fromPemFiles(certFile, keyFile, why);
    if (why)
        *why = reason;
    return std::nullopt;
}

} // namespace saduak
