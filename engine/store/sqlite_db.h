#pragma once
// A thin wrapper over the sqlite3 C API: a connection, prepared statements and
// transactions, with every failure returned as an Error that names the database file.

#include "core/result.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace fusebox::store {

class Database;

// A prepared statement. Bind with 1-based indices, then step() until it returns false.
// Valid while its Database lives.
class Statement {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, std::optional<int64_t> value);
    Statement& bind(int index, std::optional<double> value);
    Statement& bindNull(int index);

    // true: a row is ready to read; false: done. Errors (full disk, busy) are values.
    Result<bool> step();
    // Steps to completion, for statements that return no rows.
    Status run();
    // Steps through every row, calling `row(*this)` for each.
    Status forEachRow(const std::function<void(const Statement&)>& row);
    // Clears bindings and rewinds, to run the statement again.
    void reset();

    bool isNull(int column) const;
    int64_t integer(int column) const;
    double real(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::string text(int column) const;

private:
    friend class Database;
    Statement(Database* database, sqlite3_stmt* handle) : database_(database), handle_(handle) {}
    Database* database_ = nullptr;
    sqlite3_stmt* handle_ = nullptr;
    int firstBindError_ = 0;
};

enum class OpenMode {
    ReadWrite,
    ReadOnly,
    Immutable, // a file nobody may write: read without locks or the WAL index (which
               // SQLite would otherwise need to create, even to read)
};

class Database {
public:
    // Opens (ReadWrite: and creates) the file. Sets a busy timeout, so a second writer
    // waits for the first instead of failing, and turns foreign keys on.
    static Result<Database> open(const std::string& path, OpenMode mode);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    Result<Statement> prepare(std::string_view sql);
    // Runs one or more statements that return no rows.
    Status exec(const std::string& sql);
    // The first column of the first row as an integer (e.g. PRAGMA user_version).
    Result<int64_t> queryInteger(std::string_view sql);
    int64_t lastInsertId() const;
    bool readOnly() const;
    // The whole database copied into memory (same path in messages): what a reader
    // changes there, e.g. a schema upgrade, never reaches the file.
    Result<Database> inMemoryCopy() const;
    const std::string& path() const { return path_; }

    // An Error for SQLite result code `code`, naming the file and saying what it means
    // for the user (not a database, read-only, disk full, locked).
    Error error(int code, std::string_view doing) const;

private:
    Database(sqlite3* handle, std::string path) : handle_(handle), path_(std::move(path)) {}
    sqlite3* handle_ = nullptr;
    std::string path_;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed without commit(), so an error
// path (or an exception) never leaves half a run behind.
class Transaction {
public:
    static Result<Transaction> begin(Database& database);
    Transaction(Transaction&& other) noexcept : database_(other.database_) { other.database_ = nullptr; }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();
    Status commit();

private:
    explicit Transaction(Database* database) : database_(database) {}
    Database* database_;
};

} // namespace fusebox::store
