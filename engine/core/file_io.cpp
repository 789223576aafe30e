#include "core/file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fusebox {

Status writeFileAtomically(const std::string& path, std::string_view bytes) {
    const std::string partial = path + ".part";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out) return Error("cannot write '" + path + "': " + std::strerror(errno));
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            std::remove(partial.c_str());
            return Error("cannot write '" + path + "': " + std::strerror(errno), ErrorKind::Failed);
        }
    }
    std::error_code ec;
    std::filesystem::rename(partial, path, ec);
    if (ec) {
        std::remove(partial.c_str());
        return Error("cannot write '" + path + "': " + ec.message());
    }
    return {};
}

Result<std::string> readTextFile(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return Error(SourceLocation{path}, "no such file");
    if (std::filesystem::is_directory(path, ec)) return Error(SourceLocation{path}, "is a directory, expected a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error(SourceLocation{path}, std::string("cannot open: ") + std::strerror(errno));
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace fusebox
