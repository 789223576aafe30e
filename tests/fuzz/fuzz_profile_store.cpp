// The profile store opening a damaged database file, then listing and loading its runs.
#include "fuzz_input.h"
#include "store/profile_store.h"

#include <filesystem>

namespace {

// SQLite's side files would carry one input's state into the next.
void removeSideFiles(const std::string& path) {
    std::error_code ignored;
    for (const char* suffix : {"-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix, ignored);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    using namespace fusebox::store;
    const std::string path = fusebox::fuzz::privateFolder() + "/profiles.sqlite";
    removeSideFiles(path);
    fusebox::fuzz::writeInput(data, size, "profiles.sqlite");
    {
        auto store = ProfileStore::open(path, Access::Read);
        if (store) {
            auto runs = store->listRuns();
            if (runs) {
                constexpr std::size_t kMostRunsLoaded = 8; // enough to reach every table; keeps each input fast
                for (std::size_t i = 0; i < runs->size() && i < kMostRunsLoaded; ++i) (void)store->loadRun((*runs)[i].id);
            }
        }
    }
    removeSideFiles(path);
    return 0;
}
