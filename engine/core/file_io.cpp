#include "core/file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

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

Result<std::string> readTextFile(const std::string& path, std::uintmax_t maxBytes) {
    std::error_code ec;
    const std::filesystem::file_status status = std::filesystem::status(path, ec);
    if (!std::filesystem::exists(status)) return Error(SourceLocation{path}, "no such file");
    if (std::filesystem::is_directory(status)) return Error(SourceLocation{path}, "is a directory, expected a file");
    if (!std::filesystem::is_regular_file(status)) {
        return Error(SourceLocation{path}, "is not a regular file (a device, FIFO or socket), expected a file");
    }
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec) return Error(SourceLocation{path}, "cannot read the file size: " + ec.message());
    if (size > maxBytes) {
        return Error(SourceLocation{path}, "the file has " + std::to_string(size) + " bytes, more than the " +
                                                std::to_string(maxBytes) + " this kind of file may have");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error(SourceLocation{path}, std::string("cannot open: ") + std::strerror(errno));
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    // A file that shrank while being read gives what it had.
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

} // namespace fusebox
