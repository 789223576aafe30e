#include "blas_buffers.h"

#include "core/memory_limits.h"
#include "core/text.h"

#include <string>

namespace fusebox::host {

Status checkBlasAddressSpace(int threads) {
    const auto left = addressSpaceLeftBytes();
    const int64_t needed = int64_t(threads) * kBlasBufferBytes;
    if (!left || *left >= needed) return {};
    return Error("the BLAS library maps " + humanBytes(kBlasBufferBytes) + " of address space for each of " +
                     std::to_string(threads) + " threads, but the process limit (ulimit -v) leaves " + humanBytes(*left) +
                     "; raise the limit or use fewer threads (--threads 1 needs " + humanBytes(kBlasBufferBytes) + ")",
                 ErrorKind::Failed);
}

} // namespace fusebox::host
