#include "onnx/external_data.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>

namespace fusebox::onnx_import {

namespace fs = std::filesystem;

std::vector<std::string> ExternalData::files() const {
    std::vector<std::string> paths;
    for (const auto& [location, file] : files_) paths.push_back((fs::path(directory_) / location).string());
    return paths;
}

bool isExternal(const onnx::TensorProto& tensor) {
    return tensor.data_location() == onnx::TensorProto::EXTERNAL;
}

Result<std::shared_ptr<const void>> ExternalData::map(const std::string& location, std::size_t* size) {
    if (auto it = files_.find(location); it != files_.end()) {
        *size = it->second.size;
        return it->second.data;
    }
    const fs::path relative(location);
    if (relative.is_absolute() || location.find("..") != std::string::npos) {
        return Error("external data location '" + location + "' must be a path inside the model's folder");
    }
    const std::string path = (fs::path(directory_) / relative).string();
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Error("cannot open external data file '" + path + "': " + std::strerror(errno));
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return Error("external data '" + path + "' is not a regular file");
    }
    const auto length = static_cast<std::size_t>(info.st_size);
    void* address = length > 0 ? ::mmap(nullptr, length, PROT_READ, MAP_PRIVATE, fd, 0) : nullptr;
    ::close(fd); // the mapping stays valid without the descriptor
    if (address == MAP_FAILED) return Error("cannot map external data file '" + path + "': " + std::strerror(errno));

    std::shared_ptr<const void> data(address, [length](const void* p) {
        if (p) ::munmap(const_cast<void*>(p), length);
    });
    files_[location] = MappedFile{data, length};
    *size = length;
    return data;
}

Result<ExternalData::Bytes> ExternalData::bytesOf(const onnx::TensorProto& tensor) {
    std::string location;
    std::size_t offset = 0;
    std::size_t length = 0;
    bool hasLength = false;
    for (const onnx::StringStringEntryProto& entry : tensor.external_data()) {
        try {
            if (entry.key() == "location") location = entry.value();
            if (entry.key() == "offset") offset = std::stoull(entry.value());
            if (entry.key() == "length") {
                length = std::stoull(entry.value());
                hasLength = true;
            }
        } catch (const std::exception&) {
            return Error("tensor '" + tensor.name() + "': external data " + entry.key() + " '" + entry.value() +
                         "' is not a number");
        }
    }
    if (location.empty()) return Error("tensor '" + tensor.name() + "' has external data without a location");

    std::size_t fileSize = 0;
    auto mapped = map(location, &fileSize);
    if (!mapped) return mapped.error().withContext("tensor '" + tensor.name() + "'");
    if (!hasLength) length = fileSize > offset ? fileSize - offset : 0;
    if (offset > fileSize || length > fileSize - offset) {
        return Error("tensor '" + tensor.name() + "': external data range " + std::to_string(offset) + "+" +
                     std::to_string(length) + " lies beyond the end of '" + location + "' (" +
                     std::to_string(fileSize) + " bytes)");
    }
    const auto* base = static_cast<const std::byte*>(mapped->get());
    return Bytes{std::span<const std::byte>(base + offset, length), *mapped};
}

Status ExternalData::inlineIntegerTensors(onnx::GraphProto& graph) {
    for (onnx::TensorProto& tensor : *graph.mutable_initializer()) {
        const bool integer = tensor.data_type() == onnx::TensorProto::INT64 || tensor.data_type() == onnx::TensorProto::INT32;
        if (!integer || !isExternal(tensor)) continue;
        auto bytes = bytesOf(tensor);
        if (!bytes) return bytes.error();
        tensor.set_raw_data(reinterpret_cast<const char*>(bytes->bytes.data()), bytes->bytes.size());
        tensor.clear_external_data();
        tensor.set_data_location(onnx::TensorProto::DEFAULT);
    }
    return {};
}

} // namespace fusebox::onnx_import
