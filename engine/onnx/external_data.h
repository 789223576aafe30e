#pragma once

#include "core/result.h"

#include <onnx/onnx_pb.h>

#include <cstddef>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace fusebox::onnx_import {

// Tensors stored outside the model file (ONNX "external data"). Each data file is
// mapped once, read-only; tensors become views into the mapping, not copies.
class ExternalData {
public:
    explicit ExternalData(std::string modelDirectory) : directory_(std::move(modelDirectory)) {}

    struct Bytes {
        std::span<const std::byte> bytes;
        std::shared_ptr<const void> owner; // keeps the mapping alive
    };
    // The bytes of `tensor`, checked against the data file's size.
    Result<Bytes> bytesOf(const onnx::TensorProto& tensor);

    // Copies integer initializers into the model: ONNX shape inference reads them (e.g.
    // Reshape's target shape) and cannot read external data. They are tiny.
    Status inlineIntegerTensors(onnx::GraphProto& graph);

    // The data files read so far, as full paths.
    std::vector<std::string> files() const;

private:
    Result<std::shared_ptr<const void>> map(const std::string& location, std::size_t* size);

    struct MappedFile {
        std::shared_ptr<const void> data;
        std::size_t size = 0;
    };
    std::string directory_;
    std::map<std::string, MappedFile> files_;
};

bool isExternal(const onnx::TensorProto& tensor);

} // namespace fusebox::onnx_import
