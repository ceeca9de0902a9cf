#pragma once

#include "referencestore.h"

#include <domain/translatabletext.h>

#include <QObject>
#include <QStringList>

class QNetworkReply;

namespace saduak {

class CentralRequests;
class Database;

// Pulls reference data sets from saduak-central (GET /v1/reference/{dataset}, docs/central-api.md)
// into the hub's ReferenceStore, page by page, one request at a time. Each page is applied with
// its cursor in one transaction, so a restart resumes from the stored cursor and downloads
// nothing twice. "Cursor too old" (410) starts a snapshot of that data set from cursor 0 — it
// touches the reference tables only, never the outbox. A pass goes over every data set and ends
// with finished() or failed(); retrying is the caller's (SyncClient's backoff).
class ReferencePuller : public QObject
{
    Q_OBJECT
public:
    ReferencePuller(Database &db, CentralRequests &requests, const QStringList &datasets,
        int pageLimit, QObject *parent = nullptr);
    ~ReferencePuller() override;

    void pull(); // one pass over every data set, each to its end
    void abort(); // drops the request in flight; what was applied stays
    bool isPulling() const { return m_reply != nullptr || m_index >= 0; }
    ReferenceStore &store() { return m_store; }
    QStringList datasets() const { return m_datasets; }

Q_SIGNALS:
    void pageRequested(const QString &dataset, qint64 after);
    void pageApplied(const QString &dataset, qint64 cursor, int items, bool more);
    void snapshotStarted(const QString &dataset);
    // Every data set is at central's end. warning (empty when none): a data set
    // central does not serve (an older central), skipped — not worth a retry with backoff.
    void finished(const saduak::TranslatableText &warning);
    void failed(const saduak::TranslatableText &error); // for the status bar; the pass stopped

public:
    // The cause of the last failed(), in words for the log (English, with the data set): the
    // caller logs it once however often it retries (SyncClient).
    QString failureWords() const { return m_failureWords; }

private:
    void requestPage();
    void onReply(QNetworkReply *reply, qint64 after);
    void nextDataset();
    void fail(const TranslatableText &error, const QString &words);
    // The page's changes, or nothing (why set) when the body is not a page of this data set.
    std::optional<QList<PulledItem>> parsePage(const QByteArray &body, qint64 after, qint64 *cursor,
        qint64 *minCursor, bool *more, QString *why) const;

    CentralRequests &m_requests;
    ReferenceStore m_store;
    QStringList m_datasets;
    int m_pageLimit;
    int m_index = -1; // the data set being pulled; -1: no pass running
    int m_snapshotsThisPass = 0;
    TranslatableText
        m_skipped; // a data set central does not serve: reported at the end of the pass
    QNetworkReply *m_reply = nullptr;
    QString m_failureWords;
};

} // namespace saduak
