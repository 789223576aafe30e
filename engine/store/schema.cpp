#include "store/schema.h"

#include <array>

namespace fusebox::store {

namespace {

// Version 1: models, configs, machines, adapters, runs with their timings and accuracy.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE models (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,          -- SHA-256 of the model file
    name TEXT NOT NULL,
    path TEXT NOT NULL,
    node_count INTEGER NOT NULL
);
CREATE INDEX models_by_name ON models(name);
CREATE TABLE configs (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,          -- SHA-256 of the text
    text TEXT NOT NULL
);
CREATE TABLE machines (
    id INTEGER PRIMARY KEY,
    cpu TEXT NOT NULL,
    cores INTEGER NOT NULL,
    os TEXT NOT NULL,
    UNIQUE (cpu, cores, os)
);
CREATE TABLE adapters (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    version TEXT NOT NULL,
    UNIQUE (name, version)
);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    model_id INTEGER NOT NULL REFERENCES models(id),
    config_id INTEGER REFERENCES configs(id),
    machine_id INTEGER NOT NULL REFERENCES machines(id),
    label TEXT NOT NULL,                -- what was run: a device, 'config', 'host'
    devices TEXT NOT NULL,              -- the devices of the plan, comma-separated
    threads INTEGER NOT NULL,
    warmup INTEGER NOT NULL,
    repeats INTEGER NOT NULL,
    started_at TEXT NOT NULL,           -- UTC, ISO 8601
    finished_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('incomplete', 'complete', 'failed')),
    message TEXT NOT NULL DEFAULT ''
);
CREATE INDEX runs_by_start ON runs(started_at);
CREATE INDEX runs_by_model ON runs(model_id, started_at);
CREATE TABLE run_adapters (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    adapter_id INTEGER NOT NULL REFERENCES adapters(id),
    PRIMARY KEY (run_id, adapter_id)
) WITHOUT ROWID;
CREATE TABLE timings (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('model', 'subgraph', 'node')),
    item TEXT NOT NULL,                 -- '' for the model, the subgraph id, the node name
    position INTEGER NOT NULL,          -- execution order within its kind
    op_type TEXT NOT NULL DEFAULT '',   -- nodes
    device TEXT NOT NULL DEFAULT '',
    subgraph INTEGER,                   -- a node's subgraph; NULL on host
    median_ms REAL,                     -- NULL: not measured (samples = 0)
    min_ms REAL,
    max_ms REAL,
    p90_ms REAL,
    samples INTEGER NOT NULL,
    PRIMARY KEY (run_id, kind, item)
) WITHOUT ROWID;
CREATE TABLE accuracy (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    output TEXT NOT NULL,
    max_abs_error REAL NOT NULL,
    max_rel_error REAL NOT NULL,
    cosine REAL NOT NULL,
    PRIMARY KEY (run_id, output)
);
)sql";

// Version 2: where a run comes from (Fusebox or an imported ONNX Runtime profile) and
// the executor's memory figures.
constexpr const char* kVersion2 = R"sql(
ALTER TABLE runs ADD COLUMN source TEXT NOT NULL DEFAULT 'fusebox';
ALTER TABLE runs ADD COLUMN peak_bytes INTEGER;
ALTER TABLE runs ADD COLUMN layout_conversions INTEGER;
)sql";

// Version 3: the subgraphs of a run that fell back to host because their device's
// adapter failed to compile them, with the adapter's message.
constexpr const char* kVersion3 = R"sql(
CREATE TABLE fallbacks (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    subgraph INTEGER NOT NULL,          -- the plan's subgraph id
    device TEXT NOT NULL,               -- the device whose adapter failed to compile it
    message TEXT NOT NULL,              -- the adapter's error
    PRIMARY KEY (run_id, subgraph)
) WITHOUT ROWID;
)sql";

// Version 4: a label the user gives a run (the runs browser), beside what was run.
constexpr const char* kVersion4 = R"sql(
ALTER TABLE runs ADD COLUMN user_label TEXT NOT NULL DEFAULT '';
)sql";

// Version 5: the coefficient of variation of each item's timed runs, so a run's spread
// (min, p90, max, cv) says whether the machine was busy while it was measured.
constexpr const char* kVersion5 = R"sql(
ALTER TABLE timings ADD COLUMN cv REAL;
)sql";

// Version 6: the tuning or bisection job a run was measured for (fusebox tune, bisect),
// so the runs of one job can be listed and compared together.
constexpr const char* kVersion6 = R"sql(
ALTER TABLE runs ADD COLUMN job TEXT NOT NULL DEFAULT '';
)sql";

constexpr std::array kMigrations{kVersion1, kVersion2, kVersion3, kVersion4, kVersion5, kVersion6};
static_assert(kMigrations.size() == kSchemaVersion);

} // namespace

Result<int64_t> checkSchema(Database& database) {
    // One statement, so one snapshot: another process may create the schema in between
    // two separate reads. -1 marks tables without a Fusebox schema version.
    auto version = database.queryInteger(
        "SELECT CASE WHEN v.user_version = 0 AND (SELECT count(*) FROM sqlite_schema) > 0 THEN -1 ELSE v.user_version END "
        "FROM pragma_user_version AS v");
    if (!version) return version.error();
    if (*version > kSchemaVersion) {
        return Error(database.path() + ": the profile database has schema version " + std::to_string(*version) +
                     ", newer than this Fusebox knows (" + std::to_string(kSchemaVersion) + "); use a newer Fusebox");
    }
    if (*version < 0) {
        return Error(database.path() + ": an SQLite database, but not a Fusebox profile database "
                                       "(it has tables and no Fusebox schema version)");
    }
    return version;
}

Status migrate(Database& database, int target) {
    auto transaction = Transaction::begin(database); // IMMEDIATE: two processes never migrate at once
    if (!transaction) return transaction.error();
    auto version = checkSchema(database);
    if (!version) return version.error();
    if (*version >= target) return {};
    for (int64_t next = *version + 1; next <= target; ++next) {
        if (Status status = database.exec(kMigrations[static_cast<std::size_t>(next - 1)]); !status) return status.error();
    }
    if (Status status = database.exec("PRAGMA user_version = " + std::to_string(target)); !status) return status.error();
    return transaction->commit();
}

} // namespace fusebox::store
