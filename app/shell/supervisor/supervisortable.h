#pragma once

#include <QAbstractItemView>

class QAbstractItemModel;
class QTableView;

namespace saduak {

// A read-only table of a model as the supervisor's panels show them: no row numbers, one line a
// row, every other row shaded, each column as wide as what it holds and the column `stretch`
// (the one whose text varies most in length) taking the width left.
QTableView *supervisorTable(QAbstractItemModel *model, const QString &objectName, int stretch,
    QAbstractItemView::SelectionMode selection, QWidget *parent);

} // namespace saduak
