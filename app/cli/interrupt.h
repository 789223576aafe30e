#pragma once
// Ctrl-C for long commands (profile, tune, bisect): the first SIGINT asks the work to
// stop where it can keep what it measured; a second one ends the program at once.

#include <atomic>

namespace fusebox::cli {

// Installs the handler (once) and returns the flag it sets.
const std::atomic<bool>* cancelOnInterrupt();

} // namespace fusebox::cli
