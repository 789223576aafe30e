#pragma once

#include "core/result.h"

namespace fusebox::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;   // the work itself failed
inline constexpr int kExitBadInput = 2; // a file, flag or config given by the user is wrong
inline constexpr int kExitInterrupted = 130; // stopped by Ctrl-C (what was measured is kept), as shells report SIGINT

// Prints "fusebox: error: <message>" to stderr and returns the exit code for its kind.
int reportError(const Error& error);

} // namespace fusebox::cli
