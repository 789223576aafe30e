// How long oneDNN's OpenMP threads spin before they sleep, set before libgomp reads it.
//
// libgomp reads GOMP_SPINCOUNT / OMP_WAIT_POLICY once, in its initialiser; by default a
// thread that waits at a barrier or for the next parallel region spins 300,000 times
// (about 3 ms) first. On a busy machine that spinning takes the very core the thread it
// waits for needs: one oneDNN run took 30 times its quiet time (docs/benchmarks.md,
// "Busy machine"). No call changes the setting once libgomp has started, and a variable
// set in main() comes too late. So every executable with the oneDNN adapter starts itself
// again, at once, with the variable in its environment: an executable's .preinit_array
// runs before any library's initialiser (and setenv() there would be undone by libc's).
// A value the user set wins; under valgrind (which would not follow the exec) nothing
// changes.
#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace {

// Spins of a waiting thread before it sleeps: short enough to leave a taken core to the
// thread that needs it, long enough that back-to-back primitives do not wait for a
// wake-up. Measured with one core taken (docs/benchmarks.md): 3,000 made PP-OCR cls 12x
// slower (0.7 -> 9 ms, its threads slept between primitives), 0 doubled rec's quiet time,
// 30,000 and more left det and rec 3-12x slower.
constexpr const char* kSpinCount = "GOMP_SPINCOUNT=10000";

bool startsWith(const char* text, const char* prefix) { return std::strncmp(text, prefix, std::strlen(prefix)) == 0; }

void startAgainWithShortSpinning(int, char** argv, char** envp) {
    if (!argv || !envp) return;
    int count = 0;
    for (; envp[count]; ++count) {
        const char* entry = envp[count];
        if (startsWith(entry, "GOMP_SPINCOUNT=") || startsWith(entry, "OMP_WAIT_POLICY=")) return;
        if (startsWith(entry, "LD_PRELOAD=") && std::strstr(entry, "vgpreload")) return;
    }
    // libstdc++ has not started yet: plain C only.
    auto** env = static_cast<char**>(std::malloc(sizeof(char*) * static_cast<std::size_t>(count + 2)));
    if (!env) return;
    std::memcpy(env, envp, sizeof(char*) * static_cast<std::size_t>(count));
    env[count] = const_cast<char*>(kSpinCount);
    env[count + 1] = nullptr;
    execve("/proc/self/exe", argv, env);
    std::free(env); // no /proc, or the exec failed: go on with libgomp's default
}

[[gnu::used, gnu::section(".preinit_array")]] void (*const runBeforeLibraries)(int, char**, char**) = startAgainWithShortSpinning;

} // namespace
