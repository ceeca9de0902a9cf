#pragma once

#include <domain/language.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QStringList>

namespace saduak::complaints {

// The branch's complaints as complaints.list answers them, one row each: number, state,
// category, subject, filed, due, and "overdue" in words with a warning sign (never by colour
// alone, which a colour-blind officer or a grey printout loses).
class ComplaintListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, State, Category, Subject, Filed, Due, Overdue, ColumnCount };

    explicit ComplaintListModel(QObject *parent = nullptr);

    void setComplaints(const QJsonArray &complaints);
    // Category code -> {thai, english}.
    void setCategoryNames(const QHash<QString, QStringList> &names);
    void setLanguage(Language language);
    // After a translation switch: the headers and the words in the cells.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QJsonArray m_complaints;
    QHash<QString, QStringList> m_categoryNames;
    Language m_language = Language::Thai;
};

} // namespace saduak::complaints
