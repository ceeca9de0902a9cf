#pragma once

#include <QStringList>

namespace saduak {

// The reference data sets central serves and hubs pull (docs/central-api.md, GET
// /v1/reference/{dataset}): the one list both sides use. A module that needs another set adds it
// here, with the issue that needs it. Names are what the URL and the settings key
// central/datasets carry.
inline const QStringList &referenceDatasets()
{
    static const QStringList names {
        QStringLiteral("service-catalog"),
        QStringLiteral("admin-areas"),
        QStringLiteral("complaint-categories"),
        QStringLiteral("land-parcels"),
        QStringLiteral("otop-categories"),
    };
    return names;
}

inline bool isReferenceDataset(const QString &name)
{
    return referenceDatasets().contains(name);
}

} // namespace saduak
