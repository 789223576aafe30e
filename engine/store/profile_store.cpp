#include "store/profile_store.h"

#include "store/schema.h"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <thread>
#include <unistd.h>

namespace fusebox::store {

namespace {

const char* itemKindName(ItemKind kind) {
    switch (kind) {
    case ItemKind::Model: return "model";
    case ItemKind::Subgraph: return "subgraph";
    case ItemKind::Node: return "node";
    }
    return "node";
}

// Runs an INSERT ... RETURNING id and gives the id.
Result<int64_t> returnedId(Statement& statement) {
    auto row = statement.step();
    if (!row) return row.error();
    const int64_t id = statement.integer(0);
    statement.reset();
    return id;
}

// Switching a new file to WAL needs it to itself, and SQLite does not wait for that (no
// busy handler): when two processes create the database at once, the one that finds it
// taken tries again for a while.
Status enableWal(Database& database) {
    constexpr int kAttempts = 300;
    Status status;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        status = database.exec("PRAGMA journal_mode = WAL");
        if (status) return status;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return status;
}

Status configure(Database& database, Access access) {
    // A file that is not a database, or not ours, is refused before anything (even the
    // journal mode) is written to it; a reader never writes at all: an empty file or an
    // older schema stays as it is until something stores a run.
    auto version = checkSchema(database);
    if (!version) return version.error();
    if (database.readOnly() && access == Access::Write) {
        return Error(database.path() + ": the database is read-only, so nothing can be stored in it");
    }
    if (access == Access::Read) {
        if (*version == kSchemaVersion) return {};
        // An empty file or an older schema: read an upgraded copy, leave the file alone.
        auto copy = database.inMemoryCopy();
        if (!copy) return copy.error();
        database = std::move(*copy);
        return migrate(database);
    }
    if (Status status = enableWal(database); !status) return status.error();
    if (Status status = database.exec("PRAGMA synchronous = FULL"); !status) return status.error();
    return migrate(database);
}

TimingStats statsFrom(const Statement& row, int first) {
    TimingStats stats;
    stats.samples = static_cast<int>(row.integer(first + 4));
    if (stats.samples == 0) return stats;
    stats.medianMs = row.real(first);
    stats.minMs = row.real(first + 1);
    stats.maxMs = row.real(first + 2);
    stats.p90Ms = row.real(first + 3);
    stats.cv = row.optionalReal(first + 5); // NULL in runs stored before schema version 5
    return stats;
}

} // namespace

const char* runStatusName(RunStatus status) {
    switch (status) {
    case RunStatus::Incomplete: return "incomplete";
    case RunStatus::Complete: return "complete";
    case RunStatus::Failed: return "failed";
    }
    return "incomplete";
}

RunStatus runStatusFromName(const std::string& name) {
    if (name == "complete") return RunStatus::Complete;
    if (name == "failed") return RunStatus::Failed;
    return RunStatus::Incomplete;
}

std::string defaultDatabasePath() {
    std::filesystem::path base;
    if (const char* data = std::getenv("XDG_DATA_HOME"); data && *data) base = data;
    else if (const char* home = std::getenv("HOME"); home && *home) base = std::filesystem::path(home) / ".local" / "share";
    else base = ".";
    return (base / "fusebox" / "profiles.sqlite").string();
}

std::string databasePathOrDefault(const std::string& chosen) { return chosen.empty() ? defaultDatabasePath() : chosen; }

std::string utcNow() {
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[40];
    const std::size_t used = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
    std::snprintf(text + used, sizeof text - used, ".%03dZ", static_cast<int>(millis));
    return text;
}

Result<ProfileStore> ProfileStore::open(const std::string& path, Access access) {
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (!exists && access == Access::Read) {
        return Error(path + ": no profile database here (fusebox profile creates one; --db FILE chooses another)");
    }
    if (exists && std::filesystem::is_directory(path, ec)) return Error(path + ": a directory, not a profile database");
    if (!exists) {
        const auto parent = std::filesystem::path(path).parent_path();
        if (!parent.empty()) std::filesystem::create_directories(parent, ec);
        if (ec) return Error(parent.string() + ": cannot create the folder for the profile database: " + ec.message());
    }
    if (exists && access == Access::Write && ::access(path.c_str(), W_OK) != 0) {
        return Error(path + ": the database is read-only, so nothing can be stored in it");
    }
    const bool writable = !exists || ::access(path.c_str(), W_OK) == 0;
    auto database = Database::open(path, writable ? OpenMode::ReadWrite : OpenMode::Immutable);
    if (!database) return database.error();
    if (Status status = configure(*database, access); !status) return status.error();
    return ProfileStore(std::move(*database));
}

Result<RunId> ProfileStore::beginRun(const RunHeader& h) {
    auto transaction = Transaction::begin(database_);
    if (!transaction) return transaction.error();

    auto model = database_.prepare("INSERT INTO models (hash, name, path, node_count) VALUES (?1, ?2, ?3, ?4) "
                                   "ON CONFLICT (hash) DO UPDATE SET name = excluded.name, path = excluded.path RETURNING id");
    if (!model) return model.error();
    model->bind(1, h.model.hash).bind(2, h.model.name).bind(3, h.model.path).bind(4, h.model.nodeCount);
    auto modelId = returnedId(*model);
    if (!modelId) return modelId.error();

    std::optional<int64_t> configId;
    if (h.config) {
        auto config = database_.prepare("INSERT INTO configs (hash, text) VALUES (?1, ?2) "
                                        "ON CONFLICT (hash) DO UPDATE SET text = excluded.text RETURNING id");
        if (!config) return config.error();
        config->bind(1, h.config->hash).bind(2, h.config->text);
        auto id = returnedId(*config);
        if (!id) return id.error();
        configId = *id;
    }

    auto machine = database_.prepare("INSERT INTO machines (cpu, cores, os) VALUES (?1, ?2, ?3) "
                                     "ON CONFLICT (cpu, cores, os) DO UPDATE SET cpu = excluded.cpu RETURNING id");
    if (!machine) return machine.error();
    machine->bind(1, h.machine.cpu).bind(2, int64_t{h.machine.cores}).bind(3, h.machine.os);
    auto machineId = returnedId(*machine);
    if (!machineId) return machineId.error();

    auto run = database_.prepare(
        "INSERT INTO runs (model_id, config_id, machine_id, label, devices, threads, warmup, repeats, started_at, status, source, job) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'incomplete', ?10, ?11) RETURNING id");
    if (!run) return run.error();
    run->bind(1, *modelId).bind(2, configId).bind(3, *machineId).bind(4, h.label).bind(5, h.devices);
    run->bind(6, int64_t{h.settings.threads}).bind(7, int64_t{h.settings.warmup}).bind(8, int64_t{h.settings.repeats});
    run->bind(9, utcNow()).bind(10, h.source).bind(11, h.job);
    auto runId = returnedId(*run);
    if (!runId) return runId.error();

    auto adapter = database_.prepare("INSERT INTO adapters (name, version) VALUES (?1, ?2) "
                                     "ON CONFLICT (name, version) DO UPDATE SET name = excluded.name RETURNING id");
    auto link = database_.prepare("INSERT OR IGNORE INTO run_adapters (run_id, adapter_id) VALUES (?1, ?2)");
    if (!adapter) return adapter.error();
    if (!link) return link.error();
    for (const AdapterInfo& a : h.adapters) {
        adapter->bind(1, a.name).bind(2, a.version);
        auto adapterId = returnedId(*adapter);
        if (!adapterId) return adapterId.error();
        link->bind(1, *runId).bind(2, *adapterId);
        if (Status status = link->run(); !status) return status.error();
    }
    if (Status status = transaction->commit(); !status) return status.error();
    return *runId;
}

Status ProfileStore::insertResults(RunId id, const RunResults& results) {
    auto insert = database_.prepare(
        "INSERT INTO timings (run_id, kind, item, position, op_type, device, subgraph, median_ms, min_ms, max_ms, p90_ms, samples, cv) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!insert) return insert.error();
    auto write = [&](const ItemTiming& t) {
        const bool measured = t.stats.samples > 0;
        auto figure = [&](double value) { return measured ? std::optional<double>(value) : std::nullopt; };
        insert->bind(1, id).bind(2, itemKindName(t.kind)).bind(3, t.item).bind(4, int64_t{t.position});
        insert->bind(5, t.opType).bind(6, t.device);
        insert->bind(7, t.subgraph ? std::optional<int64_t>(*t.subgraph) : std::nullopt);
        insert->bind(8, figure(t.stats.medianMs)).bind(9, figure(t.stats.minMs)).bind(10, figure(t.stats.maxMs));
        insert->bind(11, figure(t.stats.p90Ms)).bind(12, int64_t{t.stats.samples});
        insert->bind(13, measured ? t.stats.cv : std::nullopt);
        return insert->run();
    };
    ItemTiming model{ItemKind::Model, "", 0, "", "", std::nullopt, results.total};
    if (Status status = write(model); !status) return status;
    for (const auto* items : {&results.subgraphs, &results.nodes}) {
        for (const ItemTiming& t : *items) {
            if (Status status = write(t); !status) return status;
        }
    }
    auto accuracy = database_.prepare(
        "INSERT INTO accuracy (run_id, output, max_abs_error, max_rel_error, cosine) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!accuracy) return accuracy.error();
    for (const OutputAccuracy& a : results.accuracy) {
        accuracy->bind(1, id).bind(2, a.output).bind(3, a.accuracy.maxAbsError).bind(4, a.accuracy.maxRelError);
        accuracy->bind(5, a.accuracy.cosine);
        if (Status status = accuracy->run(); !status) return status;
    }
    auto fallback = database_.prepare("INSERT INTO fallbacks (run_id, subgraph, device, message) VALUES (?1, ?2, ?3, ?4)");
    if (!fallback) return fallback.error();
    for (const Fallback& f : results.fallbacks) {
        fallback->bind(1, id).bind(2, int64_t{f.subgraph}).bind(3, f.device).bind(4, f.message);
        if (Status status = fallback->run(); !status) return status;
    }
    return {};
}

Status ProfileStore::finishRun(RunId id, const RunResults& results) {
    auto transaction = Transaction::begin(database_);
    if (!transaction) return transaction.error();
    if (Status status = insertResults(id, results); !status) return status;
    auto update = database_.prepare("UPDATE runs SET status = 'complete', finished_at = ?2, peak_bytes = ?3, "
                                    "layout_conversions = ?4 WHERE id = ?1");
    if (!update) return update.error();
    update->bind(1, id).bind(2, utcNow()).bind(3, results.peakBytes);
    update->bind(4, results.layoutConversions ? std::optional<int64_t>(*results.layoutConversions) : std::nullopt);
    if (Status status = update->run(); !status) return status;
    return transaction->commit();
}

Status ProfileStore::failRun(RunId id, const std::string& message) {
    auto update = database_.prepare("UPDATE runs SET status = 'failed', finished_at = ?2, message = ?3 WHERE id = ?1");
    if (!update) return update.error();
    update->bind(1, id).bind(2, utcNow()).bind(3, message);
    return update->run();
}

// After an UPDATE or DELETE of one run: an error when it touched nothing.
Status ProfileStore::requireChanged(RunId id) {
    auto changed = database_.queryInteger("SELECT changes()");
    if (!changed) return changed.error();
    if (*changed == 0) return Error(database_.path() + ": there is no run " + std::to_string(id) + " (fusebox runs lists them)");
    return {};
}

Status ProfileStore::deleteRun(RunId id) {
    auto statement = database_.prepare("DELETE FROM runs WHERE id = ?1"); // its timings, accuracy, ... cascade
    if (!statement) return statement.error();
    statement->bind(1, id);
    if (Status status = statement->run(); !status) return status;
    return requireChanged(id);
}

Status ProfileStore::setUserLabel(RunId id, const std::string& label) {
    auto statement = database_.prepare("UPDATE runs SET user_label = ?2 WHERE id = ?1");
    if (!statement) return statement.error();
    statement->bind(1, id).bind(2, label);
    if (Status status = statement->run(); !status) return status;
    return requireChanged(id);
}

Result<std::vector<RunSummary>> ProfileStore::listRuns(const std::string& modelName) {
    auto query = database_.prepare(
        "SELECT r.id, m.name, r.label, r.devices, r.source, r.status, r.started_at, t.median_ms, r.message, r.user_label, r.job "
        "FROM runs r JOIN models m ON m.id = r.model_id "
        "LEFT JOIN timings t ON t.run_id = r.id AND t.kind = 'model' AND t.item = '' "
        "WHERE ?1 = '' OR m.name = ?1 ORDER BY r.started_at DESC, r.id DESC");
    if (!query) return query.error();
    query->bind(1, modelName);
    std::vector<RunSummary> runs;
    Status status = query->forEachRow([&](const Statement& row) {
        runs.push_back({row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4), runStatusFromName(row.text(5)),
                        row.text(6), row.optionalReal(7), row.text(8), row.text(9), row.text(10)});
    });
    if (!status) return status.error();
    return runs;
}

Result<StoredRun> ProfileStore::loadRun(RunId id) {
    auto query = database_.prepare(
        "SELECT m.name, r.label, r.devices, r.source, r.status, r.started_at, r.message, "
        "m.hash, m.path, m.node_count, c.hash, c.text, mc.cpu, mc.cores, mc.os, r.threads, r.warmup, r.repeats, "
        "r.finished_at, r.peak_bytes, r.layout_conversions, r.user_label, r.job "
        "FROM runs r JOIN models m ON m.id = r.model_id JOIN machines mc ON mc.id = r.machine_id "
        "LEFT JOIN configs c ON c.id = r.config_id WHERE r.id = ?1");
    if (!query) return query.error();
    query->bind(1, id);
    auto found = query->step();
    if (!found) return found.error();
    if (!*found) return Error(database_.path() + ": there is no run " + std::to_string(id) + " (fusebox runs lists them)");
    StoredRun run;
    RunSummary& s = run.summary;
    s.id = id;
    s.model = query->text(0);
    s.label = query->text(1);
    s.devices = query->text(2);
    s.source = query->text(3);
    s.status = runStatusFromName(query->text(4));
    s.startedAt = query->text(5);
    s.message = query->text(6);
    s.userLabel = query->text(21);
    s.job = query->text(22);
    RunHeader& h = run.header;
    h.model = {query->text(7), s.model, query->text(8), query->integer(9)};
    if (!query->isNull(10)) h.config = ConfigInfo{query->text(10), query->text(11)};
    h.machine = {query->text(12), static_cast<int>(query->integer(13)), query->text(14)};
    h.label = s.label;
    h.devices = s.devices;
    h.source = s.source;
    h.job = s.job;
    h.settings = {static_cast<int>(query->integer(15)), static_cast<int>(query->integer(16)), static_cast<int>(query->integer(17))};
    run.finishedAt = query->text(18);
    if (!query->isNull(19)) run.results.peakBytes = query->integer(19);
    if (!query->isNull(20)) run.results.layoutConversions = static_cast<int>(query->integer(20));

    auto adapters = database_.prepare("SELECT a.name, a.version FROM run_adapters ra JOIN adapters a ON a.id = ra.adapter_id "
                                      "WHERE ra.run_id = ?1 ORDER BY a.name");
    if (!adapters) return adapters.error();
    adapters->bind(1, id);
    Status status = adapters->forEachRow([&](const Statement& row) { h.adapters.push_back({row.text(0), row.text(1)}); });
    if (!status) return status.error();

    auto timings = database_.prepare("SELECT kind, item, position, op_type, device, subgraph, "
                                     "median_ms, min_ms, max_ms, p90_ms, samples, cv FROM timings WHERE run_id = ?1 "
                                     "ORDER BY kind, position");
    if (!timings) return timings.error();
    timings->bind(1, id);
    status = timings->forEachRow([&](const Statement& row) {
        const std::string kind = row.text(0);
        ItemTiming t;
        t.kind = kind == "model" ? ItemKind::Model : kind == "subgraph" ? ItemKind::Subgraph : ItemKind::Node;
        t.item = row.text(1);
        t.position = static_cast<int>(row.integer(2));
        t.opType = row.text(3);
        t.device = row.text(4);
        if (!row.isNull(5)) t.subgraph = static_cast<int>(row.integer(5));
        t.stats = statsFrom(row, 6);
        if (t.kind == ItemKind::Model) {
            run.results.total = t.stats;
            s.medianMs = t.stats.samples > 0 ? std::optional<double>(t.stats.medianMs) : std::nullopt;
        } else {
            (t.kind == ItemKind::Subgraph ? run.results.subgraphs : run.results.nodes).push_back(std::move(t));
        }
    });
    if (!status) return status.error();

    auto accuracy = database_.prepare(
        "SELECT output, max_abs_error, max_rel_error, cosine FROM accuracy WHERE run_id = ?1 ORDER BY rowid");
    if (!accuracy) return accuracy.error();
    accuracy->bind(1, id);
    status = accuracy->forEachRow([&](const Statement& row) {
        run.results.accuracy.push_back({row.text(0), {row.real(1), row.real(2), row.real(3)}});
    });
    if (!status) return status.error();

    auto fallbacks = database_.prepare("SELECT subgraph, device, message FROM fallbacks WHERE run_id = ?1 ORDER BY subgraph");
    if (!fallbacks) return fallbacks.error();
    fallbacks->bind(1, id);
    status = fallbacks->forEachRow([&](const Statement& row) {
        run.results.fallbacks.push_back({static_cast<int>(row.integer(0)), row.text(1), row.text(2)});
    });
    if (!status) return status.error();
    return run;
}

} // namespace fusebox::store
