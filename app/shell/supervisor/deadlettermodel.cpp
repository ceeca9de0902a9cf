#include "deadlettermodel.h"

#include <domain/bangkoktime.h>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QString isoBangkok(qint64 utcMs)
{
    return BangkokTime::fromUtcMs(utcMs).toString(Qt::ISODate);
}

} // namespace

DeadLetterRow DeadLetterRow::fromJson(const QJsonObject &letter)
{
    DeadLetterRow row;
    row.seq = letter.value(u"seq"_s).toInteger();
    row.kind = letter.value(u"kind"_s).toString();
    row.createdAtMs = letter.value(u"createdAt"_s).toInteger();
    row.deadAtMs = letter.value(u"deadAt"_s).toInteger();
    row.httpStatus = letter.value(u"httpStatus"_s).toInt();
    row.reason = letter.value(u"reason"_s).toString();
    return row;
}

DeadLetterModel::DeadLetterModel(QObject *parent) : QAbstractTableModel(parent) { }

void DeadLetterModel::setLanguage(Language language)
{
    m_language = language;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_letters.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void DeadLetterModel::setLetters(const QList<DeadLetterRow> &letters)
{
    beginResetModel();
    m_letters = letters;
    endResetModel();
}

QString DeadLetterModel::asText(const QList<int> &rows) const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    for (int row : rows) {
        if (row < 0 || row >= m_letters.size())
            continue;
        const DeadLetterRow &d = m_letters.at(row);
        // Tabs and line breaks of central's reason would break the columns.
        QString reason = d.reason;
        reason.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
        lines << QStringList {isoBangkok(d.deadAtMs), isoBangkok(d.createdAtMs), d.kind,
            QString::number(d.httpStatus), reason, QString::number(d.seq)}
                     .join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

int DeadLetterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_letters.size());
}

int DeadLetterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadLetterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_letters.size())
        return {};
    const DeadLetterRow &d = m_letters.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DeadAtColumn:
        return BangkokTime::formatDateTime(d.deadAtMs, m_language);
    case CreatedAtColumn:
        return BangkokTime::formatDateTime(d.createdAtMs, m_language);
    case KindColumn:
        return d.kind;
    case StatusColumn:
        return QString::number(d.httpStatus);
    case ReasonColumn:
        return d.reason; // central's words, in English: for support
    case SeqColumn:
        return QString::number(d.seq);
    default:
        return {};
    }
}

QVariant DeadLetterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeadAtColumn:
        return tr("Refused at");
    case CreatedAtColumn:
        return tr("Written at");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("HTTP status");
    case ReasonColumn:
        return tr("Central's reason");
    case SeqColumn:
        return tr("Outbox no.");
    default:
        return {};
    }
}

} // namespace saduak
