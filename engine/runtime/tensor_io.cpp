#include "runtime/tensor_io.h"

#include "core/file_io.h"
#include "core/text.h"
#include "onnx/proto_to_ir.h"

#include <onnx/onnx_pb.h>

#include <cstring>
#include <limits>
#include <string_view>

namespace fusebox {

Result<Tensor> readTensorProtoFile(const std::string& path) {
    auto bytes = readTextFile(path, kMaxDataFileBytes);
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
// numpy itself refuses headers over 10000 bytes unless told otherwise.
constexpr std::size_t kMaxNpyHeaderBytes = 65535;
constexpr std::size_t kMaxNpyRank = 64;

// The text after `'key':` in the header dict, spaces skipped; npos when the key is absent.
std::size_t valueOf(std::string_view header, std::string_view key) {
    const std::string quoted = "'" + std::string(key) + "'";
    std::size_t at = header.find(quoted);
    if (at == std::string_view::npos) return at;
    at += quoted.size();
    while (at < header.size() && header[at] == ' ') ++at;
    if (at >= header.size() || header[at] != ':') return std::string_view::npos;
    ++at;
    while (at < header.size() && header[at] == ' ') ++at;
    return at;
}

// "(1, 3, 224, 224)", "(4,)" or "()": non-negative decimal dims that fit in 64 bits.
Result<std::vector<int64_t>> parseNpyShape(std::string_view text, const std::string& path) {
    const auto bad = [&](const std::string& why) { return Error(path + ": .npy header shape " + why); };
    if (text.empty() || text.front() != '(') return bad("is not a tuple");
    const std::size_t close = text.find(')');
    if (close == std::string_view::npos) return bad("has no closing ')'");
    std::vector<int64_t> dims;
    std::string_view rest = text.substr(1, close - 1);
    while (!rest.empty()) {
        const std::size_t comma = rest.find(',');
        std::string_view item = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && (item.back() == ' ' || item.back() == 'L')) item.remove_suffix(1);
        if (item.empty()) {
            if (rest.empty()) break; // the trailing comma of "(4,)"
            return bad("has an empty dim");
        }
        int64_t dim = 0;
        for (char c : item) {
            if (c < '0' || c > '9') return bad("has a dim '" + std::string(item.substr(0, 24)) + "' that is not a non-negative integer");
            if (dim > (std::numeric_limits<int64_t>::max() - (c - '0')) / 10) return bad("has a dim that does not fit in 64 bits");
            dim = dim * 10 + (c - '0');
        }
        if (dims.size() == kMaxNpyRank) return bad("has more than " + std::to_string(kMaxNpyRank) + " dims");
        dims.push_back(dim);
    }
    return dims;
}

} // namespace

Result<Tensor> readNpyFile(const std::string& path) {
    auto bytes = readTextFile(path, kMaxDataFileBytes);
    if (!bytes) return bytes.error();
    const std::string& file = *bytes;
    if (file.size() < 10 || file.compare(0, 6, kNpyMagic, 6) != 0) return Error(path + ": not a .npy file");
    const int major = static_cast<unsigned char>(file[6]);
    const int minor = static_cast<unsigned char>(file[7]);
    if (major < 1 || major > 3 || minor != 0) {
        return Error(path + ": .npy format version " + std::to_string(major) + "." + std::to_string(minor) +
                     " is not known; expected 1.0, 2.0 or 3.0");
    }
    const auto byteAt = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(file[i])); };
    const std::size_t headerStart = major == 1 ? 10 : 12;
    if (file.size() < headerStart) return Error(path + ": truncated .npy header");
    const std::size_t headerLength = major == 1 ? byteAt(8) | byteAt(9) << 8
                                                : byteAt(8) | byteAt(9) << 8 | byteAt(10) << 16 | byteAt(11) << 24;
    if (headerLength > kMaxNpyHeaderBytes) {
        return Error(path + ": .npy header of " + std::to_string(headerLength) + " bytes; at most " +
                     std::to_string(kMaxNpyHeaderBytes) + " expected");
    }
    if (file.size() < headerStart + headerLength) return Error(path + ": truncated .npy header");
    const std::string_view header(file.data() + headerStart, headerLength);

    const std::size_t descrAt = valueOf(header, "descr");
    if (descrAt == std::string_view::npos || header[descrAt] != '\'') return Error(path + ": .npy header has no descr");
    const std::size_t descrEnd = header.find('\'', descrAt + 1);
    if (descrEnd == std::string_view::npos) return Error(path + ": .npy header descr is not a closed string");
    const std::string descr(header.substr(descrAt + 1, descrEnd - descrAt - 1));
    const std::size_t fortranAt = valueOf(header, "fortran_order");
    if (fortranAt != std::string_view::npos && header.substr(fortranAt, 4) == "True") {
        return Error(path + ": Fortran-ordered .npy arrays are not supported; save with np.ascontiguousarray");
    }
    const NpyType* type = nullptr;
    for (const NpyType& t : kNpyTypes) {
        if (descr == t.descr || (descr.size() == 3 && descr.substr(1) == std::string(t.descr).substr(1) && descr[0] == '='))
            type = &t;
    }
    if (!type) {
        return Error(path + ": .npy element type '" + descr.substr(0, 24) +
                     "' is not supported (little-endian numeric or bool)");
    }
    const std::size_t shapeAt = valueOf(header, "shape");
    if (shapeAt == std::string_view::npos) return Error(path + ": .npy header has no shape");
    auto dims = parseNpyShape(header.substr(shapeAt), path);
    if (!dims) return dims.error();

    // Sizes are checked against the file before anything is allocated.
    const std::optional<int64_t> count = checkedElementCount(*dims);
    const std::size_t available = file.size() - headerStart - headerLength;
    const std::size_t elementBytes = elementSize(type->type);
    // count <= kMaxElementCount (2^48), so count times an element's bytes cannot overflow.
    if (!count || static_cast<std::size_t>(*count) * elementBytes != available) {
        return Error(path + ": .npy data holds " + std::to_string(available) + " bytes, the shape " + joinInts(*dims, "x") +
                     (count ? " needs " + std::to_string(static_cast<std::size_t>(*count) * elementBytes)
                            : std::string(" is too large for any file")));
    }
    Tensor tensor = Tensor::allocate(type->type, *dims, Tensor::Fill::None);
    if (tensor.byteSize() > 0) std::memcpy(tensor.raw(), file.data() + headerStart + headerLength, tensor.byteSize());
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
