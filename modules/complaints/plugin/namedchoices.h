#pragma once

#include <domain/language.h>

#include <QString>

class QComboBox;
class QJsonObject;

namespace saduak::complaints {

// The choices of a reference data set in a combo box (a category, a province): each item keeps its
// code and both its names, shows the one of the screen's language (Thai when there is no English),
// and is shown again in the other language without asking the hub. Row 0 is the box's prompt.
namespace NamedChoices {

// Appends the item {code, th, en} as central's data sets write it.
void add(QComboBox *box, const QJsonObject &item, Language language);
// Shows every item (after the prompt in row 0) in language.
void relabel(QComboBox *box, Language language);
QString currentCode(const QComboBox *box);
// The current item's name in language as the data set has it (empty when it has none there).
QString currentName(const QComboBox *box, Language language);
int rowOf(const QComboBox *box, const QString &code); // -1: not there

} // namespace NamedChoices

} // namespace saduak::complaints
