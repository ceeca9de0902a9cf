#include "namedchoices.h"

#include <QComboBox>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace saduak::complaints::NamedChoices {

namespace {

constexpr int kCodeRole = Qt::UserRole;
constexpr int kThaiRole = Qt::UserRole + 1;
constexpr int kEnglishRole = Qt::UserRole + 2;

QString nameAt(const QComboBox *box, int row, Language language)
{
    const QString english = box->itemData(row, kEnglishRole).toString();
    return language == Language::English && !english.isEmpty()
        ? english
        : box->itemData(row, kThaiRole).toString();
}

} // namespace

void add(QComboBox *box, const QJsonObject &item, Language language)
{
    box->addItem(QString());
    const int row = box->count() - 1;
    box->setItemData(row, item.value(u"code"_s).toString(), kCodeRole);
    box->setItemData(row, item.value(u"th"_s).toString(), kThaiRole);
    box->setItemData(row, item.value(u"en"_s).toString(), kEnglishRole);
    box->setItemText(row, nameAt(box, row, language));
}

void relabel(QComboBox *box, Language language)
{
    for (int row = 1; row < box->count(); ++row)
        box->setItemText(row, nameAt(box, row, language));
}

QString currentCode(const QComboBox *box)
{
    return box->currentData(kCodeRole).toString();
}

QString currentName(const QComboBox *box, Language language)
{
    return box->currentData(language == Language::English ? kEnglishRole : kThaiRole).toString();
}

int rowOf(const QComboBox *box, const QString &code)
{
    return box->findData(code, kCodeRole);
}

} // namespace saduak::complaints::NamedChoices
