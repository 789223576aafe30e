#pragma once
// The threads the host kernels share: started once and woken for each parallel loop,
// instead of a new thread per block per loop.

#include <cstdint>

namespace fusebox::host {

using BlockFunction = void (*)(void* context, int64_t begin, int64_t end);

// Splits [0, count) into `blocks` contiguous blocks and runs function(context, begin, end)
// on each, the first on the calling thread; returns when all have run. A loop started
// from inside a block (nested) runs on the calling thread alone.
void runBlocks(int64_t count, int64_t blocks, BlockFunction function, void* context);

} // namespace fusebox::host
