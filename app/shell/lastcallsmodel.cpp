#include "lastcallsmodel.h"

#include <QColor>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak {

LastCallsModel::LastCallsModel(QObject *parent) : QAbstractTableModel(parent) { }

void LastCallsModel::setRows(int rows)
{
    beginResetModel();
    m_rows = std::max(1, rows);
    if (m_calls.size() > m_rows)
        m_calls.resize(m_rows);
    endResetModel();
}

void LastCallsModel::setCounters(const QList<Counter> &counters)
{
    m_counters = counters;
    if (!m_calls.isEmpty())
        Q_EMIT dataChanged(index(0, CounterColumn), index(m_rows - 1, CounterColumn));
}

void LastCallsModel::setLanguage(Language language)
{
    m_language = language;
    if (!m_calls.isEmpty())
        Q_EMIT dataChanged(index(0, CounterColumn), index(m_rows - 1, CounterColumn));
}

void LastCallsModel::setHeaders(const QString &ticket, const QString &counter)
{
    m_ticketHeader = ticket;
    m_counterHeader = counter;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void LastCallsModel::setSnapshot(const QList<QueueSnapshot::Call> &calls, qint64 lastEventSeq)
{
    QList<QueueSnapshot::Call> merged = calls;
    // A call event may arrive before the snapshot that includes it: keep it.
    for (const QueueSnapshot::Call &c : std::as_const(m_calls))
        if (c.eventSeq > lastEventSeq)
            merged.append(c);
    setCalls(std::move(merged));
}

bool LastCallsModel::addCall(const QueueEvent &event)
{
    const bool recall = event.type == QueueEvent::TicketRecalled;
    if ((event.type != QueueEvent::TicketCalled && !recall) || event.ticketNumber.isEmpty()
        || event.counterNumber <= 0)
        return false;
    for (const QueueSnapshot::Call &c : std::as_const(m_calls))
        if (c.eventSeq == event.seq)
            return false;
    QueueSnapshot::Call call;
    call.eventSeq = event.seq;
    call.atMs = event.atMs;
    call.ticketId = event.ticketId;
    call.ticketNumber = event.ticketNumber;
    call.serviceCode = event.serviceCode;
    call.counterNumber = event.counterNumber;
    call.recall = recall;
    QList<QueueSnapshot::Call> calls = m_calls;
    calls.prepend(call);
    setCalls(std::move(calls));
    return true;
}

void LastCallsModel::setCalls(QList<QueueSnapshot::Call> calls)
{
    std::stable_sort(calls.begin(), calls.end(),
        [](const auto &a, const auto &b) { return a.eventSeq > b.eventSeq; });
    QList<QueueSnapshot::Call> shown;
    for (const QueueSnapshot::Call &c : std::as_const(calls)) {
        if (shown.size() == m_rows)
            break;
        const bool seen = std::any_of(shown.cbegin(), shown.cend(), [&c](const auto &s) {
            return s.eventSeq == c.eventSeq || (!c.ticketId.isEmpty() && s.ticketId == c.ticketId);
        });
        if (!seen)
            shown.append(c);
    }
    beginResetModel();
    m_calls = shown;
    endResetModel();
}

void LastCallsModel::highlightNewest()
{
    m_highlightSeq = m_calls.isEmpty() ? 0 : m_calls.first().eventSeq;
    Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

void LastCallsModel::clearHighlight()
{
    m_highlightSeq = 0;
    Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

int LastCallsModel::highlightedRow() const
{
    for (int i = 0; i < m_calls.size(); ++i)
        if (m_highlightSeq != 0 && m_calls.at(i).eventSeq == m_highlightSeq)
            return i;
    return -1;
}

QString LastCallsModel::counterName(int number) const
{
    for (const Counter &c : m_counters)
        if (c.number == number)
            return c.name(m_language);
    return QString::number(number);
}

int LastCallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int LastCallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LastCallsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_calls.size())
        return {};
    const QueueSnapshot::Call &call = m_calls.at(index.row());
    const bool highlighted = m_highlightSeq != 0 && call.eventSeq == m_highlightSeq;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TicketColumn ? call.ticketNumber : counterName(call.counterNumber);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return highlighted ? QColor(0xff, 0xd5, 0x4f) : QVariant();
    case Qt::ForegroundRole:
        return highlighted ? QColor(0x0b, 0x1f, 0x3a) : QVariant();
    case HighlightedRole:
        return highlighted;
    default:
        return {};
    }
}

QVariant LastCallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TicketColumn ? m_ticketHeader : m_counterHeader;
}

} // namespace saduak
