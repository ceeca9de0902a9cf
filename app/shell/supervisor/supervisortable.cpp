#include "supervisortable.h"

#include <QHeaderView>
#include <QTableView>

namespace saduak {

QTableView *supervisorTable(QAbstractItemModel *model, const QString &objectName, int stretch,
    QAbstractItemView::SelectionMode selection, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(selection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

} // namespace saduak
