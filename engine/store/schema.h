#pragma once
// The profile store's schema, as forward migrations: migration k takes a database from
// schema version k-1 to k, and PRAGMA user_version records the version reached. A new
// version is one more entry in the list (docs/format-store.md describes every table).

#include "store/sqlite_db.h"

namespace fusebox::store {

inline constexpr int kSchemaVersion = 6; // what this build writes

// Brings the database to `target` (at most kSchemaVersion) inside one transaction, so a
// crash during a migration leaves the previous version intact. A database of a newer
// version, or one with tables but no Fusebox schema, is an error that says so.
// Tests pass an older target to make a database exactly as that schema wrote it.
Status migrate(Database& database, int target = kSchemaVersion);

// The checks migrate() makes, without writing: a newer schema, or tables of some other
// program, are errors. Returns the schema version.
Result<int64_t> checkSchema(Database& database);

} // namespace fusebox::store
