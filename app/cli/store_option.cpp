#include "cli/store_option.h"

#include "cli/count_option.h"

namespace fusebox::cli {

Result<store::ProfileStore> openStore(const std::string& dbOption, store::Access access) {
    return store::ProfileStore::open(store::databasePathOrDefault(dbOption), access);
}

Result<store::RunId> parseRunId(const std::string& what, const std::string& text) {
    auto id = parseCount(what, text, 1);
    if (!id) return id.error();
    return store::RunId{*id};
}

Result<store::StoredRun> loadStoredRun(const std::string& dbOption, const std::string& what, const std::string& runText) {
    auto id = parseRunId(what, runText);
    if (!id) return id.error();
    auto store = openStore(dbOption, store::Access::Read);
    if (!store) return store.error();
    return store->loadRun(*id);
}

} // namespace fusebox::cli
