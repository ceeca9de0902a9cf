#pragma once

#include <domain/translatabletext.h>

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace saduak {

// What the status bar and the LAN protocol show about the push to central.
struct SyncState
{
    qint64 lastSuccessMs = 0; // UTC ms of central's last acknowledgement; 0: never
    int pending = 0; // outbox rows still to go (dead letters not counted)
    qint64 oldestPendingAgeMs = 0; // 0: nothing pending
    QString lastError; // in the hub's language, for a person; empty after a success
    // The same, untranslated: each device shows it in its own screen language (lastError is for
    // a device that does not know the sentence, and for logs).
    TranslatableText lastErrorText;
    int deadLetters = 0; // rows central refused for good, for the supervisor
    bool oldestPendingTooOld = false; // oldestPendingAgeMs passed the configured warning age
    bool connected = false; // the last attempt reached central and was answered

    bool operator==(const SyncState &) const = default;

    // lastError in this process's language now (lastErrorText when it is known here).
    QString shownError() const;

    // The hub protocol's "sync" object (docs/hub-protocol.md, "Sync with central").
    QJsonObject toJson() const;
    // nullopt for anything but an object with "pending" (an absent field: no central configured).
    static std::optional<SyncState> fromJson(const QJsonValue &json);
};

} // namespace saduak

Q_DECLARE_METATYPE(saduak::SyncState)
