#include "cli/exit_codes.h"

#include <iostream>

namespace fusebox::cli {

int reportError(const Error& error) {
    std::cerr << "fusebox: error: " << error.message() << "\n";
    if (error.kind() == ErrorKind::Cancelled) return kExitInterrupted;
    return error.kind() == ErrorKind::InvalidInput ? kExitBadInput : kExitFailed;
}

} // namespace fusebox::cli
