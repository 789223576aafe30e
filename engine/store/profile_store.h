#pragma once
// The profile store: every run kept in one SQLite file (WAL mode, foreign keys on,
// schema migrated forward on open). A run is recorded when it starts, so a run that is
// interrupted shows as incomplete; everything it measured is written in one
// transaction when it ends, so a crash never leaves half of a run's figures.

#include "store/run_record.h"
#include "store/sqlite_db.h"

#include <string>
#include <vector>

namespace fusebox::store {

enum class Access {
    Write, // create the file if needed; a read-only file is an error
    Read,  // the file must exist; migrated when it is writable
};

class ProfileStore {
public:
    static Result<ProfileStore> open(const std::string& path, Access access);

    // Records the run as incomplete (with its model, config, machine and adapters).
    Result<RunId> beginRun(const RunHeader& header);
    // Writes the figures and marks the run complete, in one transaction.
    Status finishRun(RunId id, const RunResults& results);
    // Marks the run failed with the reason.
    Status failRun(RunId id, const std::string& message);

    // Error (bad input) when there is no such run. Deleting takes its figures with it.
    Status deleteRun(RunId id);
    Status setUserLabel(RunId id, const std::string& label);

    // Newest first; only runs of models with this file name when `modelName` is given.
    Result<std::vector<RunSummary>> listRuns(const std::string& modelName = {});
    // Error (bad input) when there is no such run.
    Result<StoredRun> loadRun(RunId id);

    Database& database() { return database_; }

private:
    explicit ProfileStore(Database database) : database_(std::move(database)) {}
    Status insertResults(RunId id, const RunResults& results); // timings, accuracy, fallbacks
    Status requireChanged(RunId id);
    Database database_;
};

// $XDG_DATA_HOME/fusebox/profiles.sqlite, else ~/.local/share/fusebox/profiles.sqlite.
std::string defaultDatabasePath();

// The database the CLI's --db and the studio's --db pick: `chosen`, else the default.
std::string databasePathOrDefault(const std::string& chosen);

// The current time in UTC as ISO 8601 with milliseconds ("2026-11-24T09:15:02.120Z"),
// so text order is time order.
std::string utcNow();

} // namespace fusebox::store
