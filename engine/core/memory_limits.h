#pragma once
// How much memory this process may use: the machine's physical memory and what the
// address-space limit (ulimit -v) leaves. Checked before work that would otherwise end in
// std::bad_alloc, or in a library that loops when its allocation fails.

#include <cstdint>
#include <optional>

namespace fusebox {

// Physical memory of the machine in bytes (0 when it cannot be read).
int64_t physicalMemoryBytes();

// Address space the process can still map under RLIMIT_AS; nullopt when unlimited.
std::optional<int64_t> addressSpaceLeftBytes();

// What a new allocation of that size can count on: the smaller of the two.
int64_t usableMemoryBytes();

} // namespace fusebox
