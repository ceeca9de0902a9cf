#pragma once

// Shared by the pcsc tests: the fixture files of the emulated Thai ID card and small waits.
#include "pcsc/pcsccontext.h"
#include "virtualthaiidcard.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <memory>

namespace saduak::testing {

inline QString cardFixturePath(const QString &name)
{
    return QStringLiteral(SADUAK_CARD_FIXTURE_DIR) + u'/' + name + QStringLiteral(".json");
}

inline QStringList cardFixtureNames()
{
    QStringList names;
    for (const QString &file : QDir(QStringLiteral(SADUAK_CARD_FIXTURE_DIR))
                                   .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names.append(file.chopped(5));
    return names;
}

inline QJsonObject cardFixtureJson(const QString &name)
{
    QFile file(cardFixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline std::unique_ptr<VirtualThaiIdCard> loadFixtureCard(const QString &name)
{
    QString why;
    auto card = VirtualThaiIdCard::fromFixture(cardFixturePath(name), &why);
    if (!card)
        qWarning("%s", qPrintable(why));
    return card;
}

// Whether PC/SC shows a card in `reader` right now (a fresh context: the test's own view).
inline bool cardPresentIn(const QString &reader)
{
    idcard::PcscContext context;
    QList<idcard::ReaderInfo> readers;
    if (!context.establish().ok() || !context.readers(&readers).ok())
        return false;
    return std::any_of(readers.begin(), readers.end(),
        [&](const idcard::ReaderInfo &r) { return r.name == reader && r.cardPresent; });
}

} // namespace saduak::testing
