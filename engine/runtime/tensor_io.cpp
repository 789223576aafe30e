#include "runtime/tensor_io.h"

#include "core/file_io.h"
#include "onnx/proto_to_ir.h"

#include <onnx/onnx_pb.h>

#include <cstring>
#include <regex>

namespace fusebox {

Result<Tensor> readTensorProtoFile(const std::string& path) {
    auto bytes = readTextFile(path);
    if (!bytes) return bytes.error();
    auto proto = std::make_shared<onnx::TensorProto>();
    if (!proto->ParseFromString(*bytes)) return Error(path + ": not a valid ONNX TensorProto file");
    if (proto->data_type() == onnx::TensorProto::STRING) return Error(path + ": string tensors are not supported");
    onnx_import::ConvertContext context; // no external data: test tensors are self-contained
    auto data = onnx_import::convertTensor(*proto, context);
    if (!data) return data.error().withContext(path);
    Tensor tensor = Tensor::allocate(data->type(), data->dims()); // own copy: the proto dies here
    if (tensor.byteSize() > 0) std::memcpy(tensor.raw(), data->bytes().data(), tensor.byteSize());
    return tensor;
}

namespace {

struct NpyType {
    ElementType type;
    const char* descr;
};
constexpr NpyType kNpyTypes[] = {
    {ElementType::Float32, "<f4"}, {ElementType::Float64, "<f8"}, {ElementType::Float16, "<f2"},
    {ElementType::Int8, "|i1"},    {ElementType::UInt8, "|u1"},   {ElementType::Int16, "<i2"},
    {ElementType::UInt16, "<u2"},  {ElementType::Int32, "<i4"},   {ElementType::UInt32, "<u4"},
    {ElementType::Int64, "<i8"},   {ElementType::UInt64, "<u8"},  {ElementType::Bool, "|b1"},
};

constexpr char kNpyMagic[] = "\x93NUMPY";

} // namespace

Result<Tensor> readNpyFile(const std::string& path) {
    auto bytes = readTextFile(path);
    if (!bytes) return bytes.error();
    const std::string& file = *bytes;
    if (file.size() < 10 || file.compare(0, 6, kNpyMagic, 6) != 0) return Error(path + ": not a .npy file");
    const int major = static_cast<unsigned char>(file[6]);
    const std::size_t headerLength = major == 1 ? static_cast<unsigned char>(file[8]) | (static_cast<unsigned char>(file[9]) << 8)
                                                : static_cast<std::size_t>(*reinterpret_cast<const uint32_t*>(file.data() + 8));
    const std::size_t headerStart = major == 1 ? 10 : 12;
    if (file.size() < headerStart + headerLength) return Error(path + ": truncated .npy header");
    const std::string header = file.substr(headerStart, headerLength);

    std::smatch match;
    if (!std::regex_search(header, match, std::regex(R"('descr':\s*'([^']+)')"))) return Error(path + ": .npy header has no descr");
    const std::string descr = match[1];
    if (std::regex_search(header, std::regex(R"('fortran_order':\s*True)"))) {
        return Error(path + ": Fortran-ordered .npy arrays are not supported; save with np.ascontiguousarray");
    }
    const NpyType* type = nullptr;
    for (const NpyType& t : kNpyTypes) {
        if (descr == t.descr || (descr.size() == 3 && descr.substr(1) == std::string(t.descr).substr(1) && descr[0] == '='))
            type = &t;
    }
    if (!type) return Error(path + ": .npy element type '" + descr + "' is not supported (little-endian numeric or bool)");
    if (!std::regex_search(header, match, std::regex(R"('shape':\s*\(([^)]*)\))"))) return Error(path + ": .npy header has no shape");
    std::vector<int64_t> dims;
    const std::string shapeText = match[1];
    const std::regex number(R"(\d+)");
    for (std::sregex_iterator it(shapeText.begin(), shapeText.end(), number), end; it != end; ++it) {
        dims.push_back(std::stoll(it->str()));
    }
    Tensor tensor = Tensor::allocate(type->type, dims);
    const std::size_t dataStart = headerStart + headerLength;
    if (file.size() - dataStart != tensor.byteSize()) {
        return Error(path + ": .npy data holds " + std::to_string(file.size() - dataStart) + " bytes, the shape needs " +
                     std::to_string(tensor.byteSize()));
    }
    if (tensor.byteSize() > 0) std::memcpy(tensor.raw(), file.data() + dataStart, tensor.byteSize());
    return tensor;
}

Status writeNpyFile(const std::string& path, const Tensor& tensor) {
    const NpyType* type = nullptr;
    for (const NpyType& t : kNpyTypes) {
        if (t.type == tensor.type()) type = &t;
    }
    if (!type) return Error("cannot write '" + path + "': element type " + std::string(elementTypeName(tensor.type())) +
                            " has no .npy form");
    std::string shape;
    for (int64_t d : tensor.dims()) shape.append(std::to_string(d)).append(", ");
    if (tensor.rank() > 1) shape.resize(shape.size() - 1); // "(2, 3)" but "(4,)" for one dim
    else if (tensor.rank() == 0) shape.clear();
    std::string header = "{'descr': '";
    header.append(type->descr).append("', 'fortran_order': False, 'shape': (").append(shape).append("), }");
    // Pad with spaces so the data starts on a 64-byte boundary, newline last.
    const std::size_t total = 10 + header.size() + 1;
    header.append((64 - total % 64) % 64, ' ').append("\n");
    std::string file(kNpyMagic, 6);
    file.push_back('\x01');
    file.push_back('\x00');
    file.push_back(static_cast<char>(header.size() & 0xFF));
    file.push_back(static_cast<char>(header.size() >> 8));
    file.append(header);
    file.append(reinterpret_cast<const char*>(tensor.raw()), tensor.byteSize());
    return writeFileAtomically(path, file);
}

} // namespace fusebox
