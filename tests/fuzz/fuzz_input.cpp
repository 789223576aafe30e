#include "fuzz_input.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace fusebox::fuzz {

namespace {

std::string makeFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "fusebox-fuzz-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
        std::perror("fusebox fuzz: mkdtemp");
        std::abort();
    }
    return pattern;
}

void removeFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(privateFolder(), ignored);
}

} // namespace

const std::string& privateFolder() {
    static const std::string folder = makeFolder();
    // Registered after `folder` is made, so it runs before `folder` is destroyed.
    [[maybe_unused]] static const int cleanup = std::atexit(removeFolder);
    return folder;
}

std::string writeInput(const uint8_t* data, std::size_t size, const std::string& name) {
    const std::string path = privateFolder() + "/" + name;
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    if (!file) {
        std::perror(("fusebox fuzz: cannot write " + path).c_str());
        std::abort();
    }
    return path;
}

} // namespace fusebox::fuzz
