#include "openfilelimit.h"

#include <sys/resource.h>

#include <algorithm>

namespace saduak {

OpenFileLimit OpenFileLimit::raise(qint64 ceiling)
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return {};
    const rlim_t wanted = limit.rlim_max == RLIM_INFINITY
        ? rlim_t(ceiling)
        : std::min<rlim_t>(limit.rlim_max, rlim_t(ceiling));
    if (limit.rlim_cur < wanted) {
        rlimit raised = limit;
        raised.rlim_cur = wanted;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return {
        qint64(limit.rlim_cur), qint64(limit.rlim_max == RLIM_INFINITY ? ceiling : limit.rlim_max)};
}

} // namespace saduak
