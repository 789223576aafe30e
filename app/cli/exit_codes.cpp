#include "cli/exit_codes.h"

#include <iostream>

namespace fusebox::cli {

int reportError(const Error& error) {
    std::cerr << "fusebox: error: " << error.message() << "\n";
    return error.kind() == ErrorKind::InvalidInput ? kExitBadInput : kExitFailed;
}

} // namespace fusebox::cli
