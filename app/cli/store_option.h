#pragma once
// The `--db FILE` option every store command shares, and run ids on the command line.

#include "store/profile_store.h"

#include <string>

namespace fusebox::cli {

inline constexpr const char* kDbHelp = "profile database (default: $XDG_DATA_HOME/fusebox/profiles.sqlite)";

// Opens `--db FILE`, or the default database when the option was not given.
Result<store::ProfileStore> openStore(const std::string& dbOption, store::Access access);

// A run id as `fusebox runs` prints it; the error names the argument.
Result<store::RunId> parseRunId(const std::string& what, const std::string& text);

// The run `runText` (an id, read as parseRunId does) from `--db FILE` opened for reading.
Result<store::StoredRun> loadStoredRun(const std::string& dbOption, const std::string& what, const std::string& runText);

} // namespace fusebox::cli
