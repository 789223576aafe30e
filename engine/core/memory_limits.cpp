#include "core/memory_limits.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <limits>

namespace fusebox {

int64_t physicalMemoryBytes() {
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    return pages > 0 && pageSize > 0 ? int64_t(pages) * pageSize : 0;
}

std::optional<int64_t> addressSpaceLeftBytes() {
    rlimit limit{};
    if (getrlimit(RLIMIT_AS, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return std::nullopt;
    std::ifstream statm("/proc/self/statm"); // first field: the mapped size in pages
    int64_t mappedPages = 0;
    statm >> mappedPages;
    const int64_t mapped = mappedPages * sysconf(_SC_PAGESIZE);
    return std::max<int64_t>(0, int64_t(limit.rlim_cur) - mapped);
}

int64_t usableMemoryBytes() {
    int64_t usable = physicalMemoryBytes();
    if (usable <= 0) usable = std::numeric_limits<int64_t>::max();
    if (const auto left = addressSpaceLeftBytes()) usable = std::min(usable, *left);
    return usable;
}

} // namespace fusebox
