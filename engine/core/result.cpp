#include "core/result.h"

namespace fusebox {

Error::Error(SourceLocation location, std::string description, ErrorKind kind)
    : description_(std::move(description)), kind_(kind) {
    if (!location.file.empty() || location.line > 0) location_ = std::move(location);
}

std::string Error::message() const {
    if (!location_) return description();
    return location_->toString() + ": " + description();
}

std::string Error::description() const {
    if (node_.empty() || description_.find("'" + node_ + "'") != std::string::npos) return description_;
    return "node '" + node_ + "': " + description_;
}

Error Error::withContext(const std::string& context) const {
    Error error = *this;
    if (!location_ || location_->file != context) error.description_ = context + ": " + description_;
    return error;
}

Error Error::inFile(const std::string& file) const {
    if (location_) return withContext(file);
    Error error = *this;
    if (!file.empty()) error.location_ = SourceLocation{file};
    return error;
}

Error Error::atNode(const std::string& node) const {
    Error error = *this;
    if (error.node_.empty()) error.node_ = node;
    return error;
}

} // namespace fusebox
