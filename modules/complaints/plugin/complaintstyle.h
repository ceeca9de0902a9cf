#pragma once

#include <QString>

namespace saduak::complaints {

// The complaints screens' one rule for a problem: a label with the property complaintRole =
// "error" (its text also starts with a warning sign, so it never relies on colour alone).
inline QString complaintErrorStyle()
{
    return QStringLiteral(
        "QLabel[complaintRole=\"error\"] { color: #b00020; font-weight: bold; }\n");
}

} // namespace saduak::complaints
