#include "cli/store_option.h"

#include "cli/count_option.h"

namespace fusebox::cli {

Result<store::ProfileStore> openStore(const std::string& dbOption, store::Access access) {
    return store::ProfileStore::open(dbOption.empty() ? store::defaultDatabasePath() : dbOption, access);
}

Result<store::RunId> parseRunId(const std::string& what, const std::string& text) {
    auto id = parseCount(what, text, 1);
    if (!id) return id.error();
    return store::RunId{*id};
}

} // namespace fusebox::cli
