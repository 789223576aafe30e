#pragma once
// OpenBLAS maps a work buffer of its own for each thread that calls it, on the first call,
// and when that mmap fails under an address-space limit (ulimit -v) it retries forever
// instead of failing (seen with 0.3.21: both threads spinning in blas_memory_alloc). The
// host adapter checks the room first and refuses with a message.

#include "core/result.h"

namespace fusebox::host {

// OpenBLAS 0.3.21's BUFFER_SIZE on x86-64 (32 << 22), mapped once per calling thread.
inline constexpr int64_t kBlasBufferBytes = int64_t(32) << 22;

// Fails when the address space left under RLIMIT_AS cannot hold a BLAS buffer for each of
// `threads` threads (the kernels call BLAS from every worker).
Status checkBlasAddressSpace(int threads);

} // namespace fusebox::host
