#include "store/sqlite_db.h"

#include <sqlite3.h>

#include <cstring>
#include <utility>

namespace fusebox::store {

namespace {

constexpr int kBusyTimeoutMs = 30000; // a writer waits this long for another one to commit

// A path as the file part of an SQLite URI: '%', '?' and '#' would end or escape it.
std::string uriEscaped(const std::string& path) {
    std::string text;
    for (char c : path) {
        if (c == '%') text.append("%25");
        else if (c == '?') text.append("%3f");
        else if (c == '#') text.append("%23");
        else text.push_back(c);
    }
    return text;
}

} // namespace

// --- Statement

Statement::Statement(Statement&& other) noexcept
    : database_(other.database_), handle_(std::exchange(other.handle_, nullptr)), firstBindError_(other.firstBindError_) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(handle_);
        database_ = other.database_;
        handle_ = std::exchange(other.handle_, nullptr);
        firstBindError_ = other.firstBindError_;
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(handle_); }

Statement& Statement::bind(int index, int64_t value) {
    const int code = sqlite3_bind_int64(handle_, index, value);
    if (code != SQLITE_OK && !firstBindError_) firstBindError_ = code;
    return *this;
}

Statement& Statement::bind(int index, double value) {
    const int code = sqlite3_bind_double(handle_, index, value);
    if (code != SQLITE_OK && !firstBindError_) firstBindError_ = code;
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    const int code = sqlite3_bind_text(handle_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    if (code != SQLITE_OK && !firstBindError_) firstBindError_ = code;
    return *this;
}

Statement& Statement::bind(int index, std::optional<int64_t> value) { return value ? bind(index, *value) : bindNull(index); }
Statement& Statement::bind(int index, std::optional<double> value) { return value ? bind(index, *value) : bindNull(index); }

Statement& Statement::bindNull(int index) {
    const int code = sqlite3_bind_null(handle_, index);
    if (code != SQLITE_OK && !firstBindError_) firstBindError_ = code;
    return *this;
}

Result<bool> Statement::step() {
    if (firstBindError_) return database_->error(firstBindError_, "binding a value");
    const int code = sqlite3_step(handle_);
    if (code == SQLITE_ROW) return true;
    if (code == SQLITE_DONE) return false;
    return database_->error(code, sqlite3_sql(handle_));
}

Status Statement::run() {
    return forEachRow([](const Statement&) {});
}

Status Statement::forEachRow(const std::function<void(const Statement&)>& row) {
    for (;;) {
        auto ready = step();
        if (!ready) return ready.error();
        if (!*ready) break;
        row(*this);
    }
    reset();
    return {};
}

void Statement::reset() {
    sqlite3_reset(handle_);
    sqlite3_clear_bindings(handle_);
    firstBindError_ = 0;
}

bool Statement::isNull(int column) const { return sqlite3_column_type(handle_, column) == SQLITE_NULL; }
int64_t Statement::integer(int column) const { return sqlite3_column_int64(handle_, column); }
double Statement::real(int column) const { return sqlite3_column_double(handle_, column); }
std::optional<double> Statement::optionalReal(int column) const {
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

std::string Statement::text(int column) const {
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(handle_, column));
    return bytes ? std::string(bytes, static_cast<std::size_t>(sqlite3_column_bytes(handle_, column))) : std::string();
}

// --- Database

Result<Database> Database::open(const std::string& path, OpenMode mode) {
    sqlite3* handle = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    std::string name = path;
    if (mode == OpenMode::ReadOnly) flags = SQLITE_OPEN_READONLY;
    if (mode == OpenMode::Immutable) {
        flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = "file:" + uriEscaped(path) + "?immutable=1";
    }
    const int code = sqlite3_open_v2(name.c_str(), &handle, flags, nullptr);
    Database database(handle, path);
    if (code != SQLITE_OK) return database.error(code, "opening it");
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, kBusyTimeoutMs);
    if (Status status = database.exec("PRAGMA foreign_keys = ON"); !status) return status.error();
    return database;
}

Result<Database> Database::inMemoryCopy() const {
    sqlite3* handle = nullptr;
    const int code = sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE, nullptr);
    Database copy(handle, path_);
    if (code != SQLITE_OK) return copy.error(code, "copying it into memory");
    sqlite3_backup* backup = sqlite3_backup_init(handle, "main", handle_, "main");
    if (!backup) return copy.error(sqlite3_errcode(handle), "copying it into memory");
    sqlite3_backup_step(backup, -1);
    if (const int finished = sqlite3_backup_finish(backup); finished != SQLITE_OK) return error(finished, "copying it into memory");
    sqlite3_extended_result_codes(handle, 1);
    if (Status status = copy.exec("PRAGMA foreign_keys = ON"); !status) return status.error();
    return copy;
}

Database::Database(Database&& other) noexcept
    : handle_(std::exchange(other.handle_, nullptr)), path_(std::move(other.path_)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(handle_);
        handle_ = std::exchange(other.handle_, nullptr);
        path_ = std::move(other.path_);
    }
    return *this;
}

Database::~Database() { sqlite3_close_v2(handle_); }

Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* handle = nullptr;
    const int code = sqlite3_prepare_v2(handle_, sql.data(), static_cast<int>(sql.size()), &handle, nullptr);
    if (code != SQLITE_OK) return error(code, sql);
    return Statement(this, handle);
}

Status Database::exec(const std::string& sql) {
    const int code = sqlite3_exec(handle_, sql.c_str(), nullptr, nullptr, nullptr);
    if (code != SQLITE_OK) return error(code, sql);
    return {};
}

Result<int64_t> Database::queryInteger(std::string_view sql) {
    auto statement = prepare(sql);
    if (!statement) return statement.error();
    auto row = statement->step();
    if (!row) return row.error();
    return *row ? statement->integer(0) : 0;
}

int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(handle_); }

bool Database::readOnly() const { return sqlite3_db_readonly(handle_, "main") == 1; }

Error Database::error(int code, std::string_view doing) const {
    std::string detail = handle_ ? sqlite3_errmsg(handle_) : sqlite3_errstr(code);
    if (const int system = handle_ ? sqlite3_system_errno(handle_) : 0; system != 0) {
        detail.append(": ").append(std::strerror(system));
    }
    const std::string prefix = path_ + ": ";
    const std::string context = " (" + detail + "; while " + std::string(doing) + ")";
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return Error(prefix + "not a profile database: the file is not an SQLite database" + context);
    case SQLITE_READONLY:
        return Error(prefix + "the database is read-only, so nothing can be stored in it" + context);
    case SQLITE_CANTOPEN:
        return Error(prefix + "cannot open the database file" + context);
    case SQLITE_FULL:
        return Error(prefix + "the disk is full; nothing of this step was stored" + context, ErrorKind::Failed);
    case SQLITE_IOERR:
        return Error(prefix + "writing the database failed (disk full, file size limit or I/O error); "
                              "nothing of this step was stored" + context, ErrorKind::Failed);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(prefix + "the database stayed locked by another process" + context, ErrorKind::Failed);
    case SQLITE_CORRUPT:
        return Error(prefix + "the database file is damaged" + context, ErrorKind::InvalidInput);
    default:
        return Error(prefix + "database error" + context, ErrorKind::Failed);
    }
}

// --- Transaction

Result<Transaction> Transaction::begin(Database& database) {
    if (Status status = database.exec("BEGIN IMMEDIATE"); !status) return status.error();
    return Transaction(&database);
}

Transaction::~Transaction() {
    if (database_) (void)database_->exec("ROLLBACK");
}

Status Transaction::commit() {
    Database* database = std::exchange(database_, nullptr);
    Status status = database->exec("COMMIT");
    if (!status) (void)database->exec("ROLLBACK");
    return status;
}

} // namespace fusebox::store
