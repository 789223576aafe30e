#include "cli/interrupt.h"

#include <csignal>

namespace fusebox::cli {

namespace {

std::atomic<bool> interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free); // set from a signal handler

extern "C" void onInterrupt(int) {
    if (interrupted.exchange(true)) {
        std::signal(SIGINT, SIG_DFL);
        std::raise(SIGINT);
    }
}

} // namespace

const std::atomic<bool>* cancelOnInterrupt() {
    static const bool installed = [] {
        std::signal(SIGINT, onInterrupt);
        return true;
    }();
    (void)installed;
    return &interrupted;
}

} // namespace fusebox::cli
