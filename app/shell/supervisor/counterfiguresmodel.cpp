#include "counterfiguresmodel.h"

#include "supervisortheme.h"

#include <QBrush>

namespace saduak {

void CounterFiguresModel::setCounters(const QList<QueueSnapshot::CounterStatus> &counters)
{
    QList<int> before;
    for (const QueueSnapshot::CounterStatus &c : std::as_const(m_counters))
        before.append(c.counter.number);
    QList<int> after;
    for (const QueueSnapshot::CounterStatus &c : counters)
        after.append(c.counter.number);
    // The same counters (every event but a new counter): the rows stay, so does the selection.
    if (before == after) {
        m_counters = counters;
        allChanged();
        return;
    }
    beginResetModel();
    m_counters = counters;
    endResetModel();
}

void CounterFiguresModel::setFigures(const DashboardFigures &figures)
{
    m_figures = figures;
    allChanged();
}

void CounterFiguresModel::setLanguage(Language language)
{
    m_language = language;
    allChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void CounterFiguresModel::allChanged()
{
    if (!m_counters.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::optional<QueueSnapshot::CounterStatus> CounterFiguresModel::counterAt(int row) const
{
    if (row < 0 || row >= m_counters.size())
        return std::nullopt;
    return m_counters.at(row);
}

int CounterFiguresModel::rowOf(int counterNumber) const
{
    for (int i = 0; i < m_counters.size(); ++i)
        if (m_counters.at(i).counter.number == counterNumber)
            return i;
    return -1;
}

int CounterFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counters.size());
}

int CounterFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CounterFiguresModel::stateText(const Counter &counter)
{
    switch (counter.state) {
    case Counter::State::Open:
        return tr("Open");
    case Counter::State::Paused:
        switch (counter.pauseReason) {
        case PauseReason::Break:
            return tr("Paused: break");
        case PauseReason::SystemDown:
            return tr("Paused: system down");
        case PauseReason::OtherWork:
            return tr("Paused: other work");
        case PauseReason::None:
            break;
        }
        return tr("Paused");
    case Counter::State::Closed:
        break;
    }
    return tr("Closed");
}

QVariant CounterFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_counters.size())
        return {};
    const QueueSnapshot::CounterStatus &status = m_counters.at(index.row());
    const DashboardFigures::CounterFigures figures
        = m_figures.counters.value(status.counter.number);
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Name: {
            const QString name = status.counter.name(m_language);
            return name.isEmpty() ? tr("Counter %1").arg(status.counter.number) : name;
        }
        case State:
            return stateText(status.counter);
        case Officer:
            return figures.officer ? figures.officer->name : QStringLiteral("–");
        case Ticket:
            return status.currentTicket ? status.currentTicket->number : QStringLiteral("–");
        case Served:
            return figures.servedCount;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Officer && figures.officer)
        return figures.officer->user;
    if (role == Qt::ForegroundRole && index.column() == State) {
        switch (status.counter.state) {
        case Counter::State::Open:
            return QBrush(SupervisorTheme::good());
        case Counter::State::Paused:
            return QBrush(SupervisorTheme::warning());
        case Counter::State::Closed:
            return QBrush(SupervisorTheme::quiet());
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Served)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CounterFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Counter");
    case State:
        return tr("State");
    case Officer:
        return tr("Officer");
    case Ticket:
        return tr("Ticket");
    case Served:
        return tr("Served today");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace saduak
