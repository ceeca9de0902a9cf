#pragma once

#include "language.h"

#include <QString>
#include <QStringList>

namespace saduak {

// A service counter (ช่องบริการ) and the services it can serve.
struct Counter
{
    enum class State { Open, Paused, Closed };

    int number = 0;
    QString thaiName;
    QString englishName;
    State state = State::Closed;
    QStringList serviceCodes;

    QString name(Language language) const
    {
        return language == Language::Thai ? thaiName : englishName;
    }
};

} // namespace saduak
