#include "servicefiguresmodel.h"

#include "supervisortheme.h"

#include <QBrush>
#include <QFont>

namespace saduak {

void ServiceFiguresModel::setServices(const QList<Service> &services)
{
    beginResetModel();
    m_services = services;
    endResetModel();
}

void ServiceFiguresModel::setFigures(const DashboardFigures &figures)
{
    m_figures = figures;
    allChanged();
}

void ServiceFiguresModel::setLanguage(Language language)
{
    m_language = language;
    allChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ServiceFiguresModel::allChanged()
{
    if (!m_services.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ServiceFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

DashboardFigures::ServiceFigures ServiceFiguresModel::figuresOf(int row) const
{
    const DashboardFigures::ServiceFigures *f = m_figures.service(m_services.at(row).code);
    return f ? *f : DashboardFigures::ServiceFigures {m_services.at(row).code};
}

QString ServiceFiguresModel::statusText(TargetState state)
{
    switch (state) {
    case TargetState::OverTarget:
        return tr("⚠ Over target");
    case TargetState::WithinTarget:
        return tr("✓ Within target");
    case TargetState::NobodyWaiting:
        break;
    }
    return tr("– Nobody waiting");
}

QVariant ServiceFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_services.size())
        return {};
    const Service &service = m_services.at(index.row());
    const DashboardFigures::ServiceFigures f = figuresOf(index.row());
    const TargetState state = targetStateOf(f, service);
    const bool over = state == TargetState::OverTarget;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Name:
            return QString(service.code + QStringLiteral("  ") + service.name(m_language));
        case Waiting:
            return f.waitingNow;
        case LongestWait:
            return f.waitingNow > 0 ? DurationText::minutes(f.longestWaitingNowMs)
                                    : QStringLiteral("–");
        case Target:
            return service.targetWaitMinutes > 0
                ? tr("%n min", nullptr, service.targetWaitMinutes)
                : QStringLiteral("–");
        case Status:
            return statusText(state);
        case Served:
            return f.servedCount;
        case AverageWait:
            return f.calledCount > 0 ? DurationText::minutes(f.averageWaitMs)
                                     : QStringLiteral("–");
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && over
        && (index.column() == Status || index.column() == LongestWait))
        return QBrush(SupervisorTheme::warning());
    if (role == Qt::BackgroundRole && over)
        return QBrush(SupervisorTheme::warningBackground());
    if (role == Qt::FontRole && over && index.column() == Status) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name && index.column() != Status)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ServiceFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Service");
    case Waiting:
        return tr("Waiting now");
    case LongestWait:
        return tr("Longest waiting");
    case Target:
        return tr("Target");
    case Status:
        return tr("Status");
    case Served:
        return tr("Served today");
    case AverageWait:
        return tr("Average wait");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace saduak
