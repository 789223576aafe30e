#pragma once

#include "core/result.h"

#include <optional>
#include <string>
#include <vector>

namespace fusebox::cli {

// A small command-line parser: named flags and options (`--name value` or
// `--name=value`), repeatable options and required positionals. Unknown flags are
// errors that name the flag. `-h`/`--help` is always understood.
class ArgParser {
public:
    ArgParser(std::string usagePrefix, std::string summary);

    ArgParser& flag(std::string name, std::string help, bool* target);
    ArgParser& option(std::string name, std::string valueName, std::string help, std::string* target);
    ArgParser& repeated(std::string name, std::string valueName, std::string help, std::vector<std::string>* target);
    ArgParser& positional(std::string name, std::string help, std::string* target);

    Status parse(const std::vector<std::string>& args);
    bool helpRequested() const { return helpRequested_; }
    std::string helpText() const;

    // Parses; on --help prints the help and returns 0, on an error prints it with a
    // hint and returns the bad-input exit code; nullopt when the command should run.
    std::optional<int> parseOrExit(const std::vector<std::string>& args);

private:
    enum class Kind { Flag, Option, Repeated };
    struct Named {
        std::string name;
        std::string valueName;
        std::string help;
        Kind kind;
        void* target;
    };
    struct Positional {
        std::string name;
        std::string help;
        std::string* target;
    };
    const Named* findNamed(const std::string& name) const;

    std::string usagePrefix_;
    std::string summary_;
    std::vector<Named> named_;
    std::vector<Positional> positionals_;
    bool helpRequested_ = false;
};

} // namespace fusebox::cli
