#pragma once

#include <QString>

class QHttpServerResponse;
class QUrlQuery;

namespace saduak {

class ReferenceLogStore;

// GET /v1/reference/{dataset}?after=CURSOR&limit=N (docs/central-api.md): checks the data set
// and the query, reads one page from the ReferenceLogStore and writes the answer. The branch token
// is checked by CentralServer before this is asked.
class ReferenceEndpoint
{
public:
    static constexpr int kDefaultLimit = 5000;
    static constexpr int kMaxLimit = 10000;

    explicit ReferenceEndpoint(ReferenceLogStore &store);

    QHttpServerResponse answer(const QString &dataset, const QUrlQuery &query);

private:
    ReferenceLogStore &m_store;
};

} // namespace saduak
