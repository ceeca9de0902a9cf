#include "complaintlistmodel.h"

#include "complaintreceipt.h"
#include <complaintworkflow.h>

#include <QApplication>
#include <QJsonObject>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

ComplaintListModel::ComplaintListModel(QObject *parent) : QAbstractTableModel(parent) { }

void ComplaintListModel::setComplaints(const QJsonArray &complaints)
{
    beginResetModel();
    m_complaints = complaints;
    endResetModel();
}

void ComplaintListModel::setCategoryNames(const QHash<QString, QStringList> &names)
{
    m_categoryNames = names;
    retranslate();
}

void ComplaintListModel::setLanguage(Language language)
{
    m_language = language;
    retranslate();
}

void ComplaintListModel::retranslate()
{
    if (!m_complaints.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ComplaintListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_complaints.size());
}

int ComplaintListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_complaints.size())
        return {};
    const QJsonObject c = m_complaints.at(index.row()).toObject();
    const bool overdue = c.value(u"overdue").toBool();
    if (role == Qt::DecorationRole && index.column() == Overdue && overdue)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole && overdue)
        return tr("Overdue: the answer was due by %1.")
            .arg(complaintDay(c.value(u"dueAtMs").toInteger(), m_language));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return c.value(u"trackingNumber").toString();
    case State: {
        const auto state = complaintStateFromString(c.value(u"state").toString());
        return state ? displayName(*state) : c.value(u"state").toString();
    }
    case Category: {
        const QString code = c.value(u"category").toString();
        const QStringList names = m_categoryNames.value(code);
        if (names.size() == 2)
            return m_language == Language::English && !names.at(1).isEmpty() ? names.at(1)
                                                                             : names.at(0);
        return code;
    }
    case Subject:
        return c.value(u"subject").toString();
    case Filed:
        return complaintDay(c.value(u"filedAtMs").toInteger(), m_language);
    case Due:
        return complaintDay(c.value(u"dueAtMs").toInteger(), m_language);
    case Overdue:
        return overdue ? tr("Overdue") : QString();
    default:
        return {};
    }
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Tracking number");
    case State:
        return tr("State");
    case Category:
        return tr("Category");
    case Subject:
        return tr("Subject");
    case Filed:
        return tr("Filed");
    case Due:
        return tr("Due");
    case Overdue:
        return tr("Overdue?");
    default:
        return {};
    }
}

} // namespace saduak::complaints
