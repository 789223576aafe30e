#include "cli/arg_parser.h"

#include "cli/exit_codes.h"

#include <iostream>

namespace fusebox::cli {

ArgParser::ArgParser(std::string usagePrefix, std::string summary)
    : usagePrefix_(std::move(usagePrefix)), summary_(std::move(summary)) {}

ArgParser& ArgParser::flag(std::string name, std::string help, bool* target) {
    named_.push_back({std::move(name), {}, std::move(help), Kind::Flag, target});
    return *this;
}

ArgParser& ArgParser::option(std::string name, std::string valueName, std::string help, std::string* target) {
    named_.push_back({std::move(name), std::move(valueName), std::move(help), Kind::Option, target});
    return *this;
}

ArgParser& ArgParser::repeated(std::string name, std::string valueName, std::string help,
                               std::vector<std::string>* target) {
    named_.push_back({std::move(name), std::move(valueName), std::move(help), Kind::Repeated, target});
    return *this;
}

ArgParser& ArgParser::positional(std::string name, std::string help, std::string* target) {
    positionals_.push_back({std::move(name), std::move(help), target});
    return *this;
}

const ArgParser::Named* ArgParser::findNamed(const std::string& name) const {
    for (const Named& named : named_) {
        if (named.name == name) return &named;
    }
    return nullptr;
}

Status ArgParser::parse(const std::vector<std::string>& args) {
    std::size_t positionalIndex = 0;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "-h" || arg == "--help") {
            helpRequested_ = true;
            return {};
        }
        if (arg.size() > 1 && arg[0] == '-') {
            const auto equals = arg.find('=');
            const std::string name = arg.substr(0, equals);
            const Named* named = findNamed(name);
            if (!named) return Error("unknown option '" + name + "'");
            if (named->kind == Kind::Flag) {
                if (equals != std::string::npos) return Error("option '" + name + "' takes no value");
                *static_cast<bool*>(named->target) = true;
                continue;
            }
            std::string value;
            if (equals != std::string::npos) value = arg.substr(equals + 1);
            else if (i + 1 < args.size()) value = args[++i];
            else return Error("option '" + name + "' needs a value (" + named->valueName + ")");
            if (named->kind == Kind::Option) *static_cast<std::string*>(named->target) = value;
            else static_cast<std::vector<std::string>*>(named->target)->push_back(value);
            continue;
        }
        if (positionalIndex >= positionals_.size()) return Error("unexpected argument '" + arg + "'");
        *positionals_[positionalIndex++].target = arg;
    }
    if (positionalIndex < positionals_.size()) return Error("missing argument " + positionals_[positionalIndex].name);
    return {};
}

std::string ArgParser::helpText() const {
    std::string text = "Usage: " + usagePrefix_;
    for (const Positional& p : positionals_) text += " " + p.name;
    if (!named_.empty()) text += " [options]";
    text += "\n\n" + summary_ + "\n";
    auto row = [&text](const std::string& left, const std::string& help) {
        text += "  " + left;
        text += left.size() < 26 ? std::string(26 - left.size(), ' ') : std::string("\n" + std::string(28, ' '));
        text += help + "\n";
    };
    if (!positionals_.empty()) {
        text += "\nArguments:\n";
        for (const Positional& p : positionals_) row(p.name, p.help);
    }
    text += "\nOptions:\n";
    for (const Named& n : named_) row(n.kind == Kind::Flag ? n.name : n.name + " " + n.valueName, n.help);
    row("-h, --help", "show this help");
    return text;
}

std::optional<int> ArgParser::parseOrExit(const std::vector<std::string>& args) {
    Status status = parse(args);
    if (helpRequested_) {
        std::cout << helpText();
        return kExitOk;
    }
    if (!status) {
        std::cerr << usagePrefix_ << ": " << status.error().message() << "\n"
                  << "Run '" << usagePrefix_ << " --help' for the options.\n";
        return kExitBadInput;
    }
    return std::nullopt;
}

} // namespace fusebox::cli
