#pragma once

#include <domain/language.h>

#include <QAbstractTableModel>
#include <QJsonObject>

namespace saduak {

// One row central refused for good, as the hub's `deadLetters` lists it (docs/hub-protocol.md
// "Rows central refused"): what it is and why, never its payload.
struct DeadLetterRow
{
    qint64 seq = 0;
    QString kind;
    qint64 createdAtMs = 0;
    qint64 deadAtMs = 0;
    int httpStatus = 0;
    QString reason;

    static DeadLetterRow fromJson(const QJsonObject &letter);
};

// The dead letters panel's table, newest refused first as the hub sends them: when refused, when
// written, kind, HTTP status, central's reason, outbox seq. Times in Bangkok, Buddhist-Era years in
// Thai.
class DeadLetterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DeadAtColumn,
        CreatedAtColumn,
        KindColumn,
        StatusColumn,
        ReasonColumn,
        SeqColumn,
        ColumnCount
    };

    explicit DeadLetterModel(QObject *parent = nullptr);

    void setLanguage(Language language);
    void setLetters(const QList<DeadLetterRow> &letters);
    const QList<DeadLetterRow> &letters() const { return m_letters; }

    // The rows as text for support (an e-mail, a ticket): a header line, then one line a row,
    // cells separated by tabs. Times as ISO 8601 with the +07:00 offset whatever the screen's
    // language, so whoever reads it elsewhere reads the same instant.
    QString asText(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Language m_language = Language::Thai;
    QList<DeadLetterRow> m_letters;
};

} // namespace saduak
