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
        // Civil registration request types with their deadlines, fines and fees, a version an
        // item (modules/civilregistration/README.md; issue 17).
        QStringLiteral("civil-registration-rules"),
        // Written by central's complaint desk and Open311, not imported from a file: each change
        // of a complaint's state, keyed by its tracking number (modules/complaints/README.md,
        // "One writer for each part of a complaint"; issue 15).
        QStringLiteral("complaint-status"),
    };
    return names;
}

inline bool isReferenceDataset(const QString &name)
{
    return referenceDatasets().contains(name);
}

// A data set central writes itself (complaint-status: every filing and change of a complaint,
// modules/complaints/README.md): an operator's import would overwrite what central recorded.
inline bool isWrittenByCentral(const QString &name)
{
    return name == QStringLiteral("complaint-status");
}

} // namespace saduak
