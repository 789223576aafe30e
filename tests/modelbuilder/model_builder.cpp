#include "modelbuilder/model_builder.h"

#include <bit>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <utility>

namespace fusebox::testmodels {

namespace {

int64_t elementCount(const std::vector<int64_t>& dims) {
    int64_t count = 1;
    for (int64_t d : dims) {
        if (d < 0) throw std::invalid_argument("negative dimension in initializer");
        count *= d;
    }
    return count;
}

onnx::TensorProto& newInitializer(onnx::GraphProto& graph, const std::string& name,
                                  const std::vector<int64_t>& dims, int32_t elemType) {
    onnx::TensorProto& t = *graph.add_initializer();
    t.set_name(name);
    t.set_data_type(elemType);
    for (int64_t d : dims) t.add_dims(d);
    return t;
}

void checkCount(const std::string& name, const std::vector<int64_t>& dims, size_t valueCount) {
    if (elementCount(dims) != static_cast<int64_t>(valueCount))
        throw std::invalid_argument("initializer '" + name + "': value count does not match its dims");
}

} // namespace

ModelBuilder::ModelBuilder(std::string graphName, int64_t opset) {
    model_.set_ir_version(8);
    model_.set_producer_name("fusebox-testmodels");
    model_.set_producer_version("1");
    onnx::OperatorSetIdProto& op = *model_.add_opset_import();
    op.set_domain("");
    op.set_version(opset);
    model_.mutable_graph()->set_name(std::move(graphName));
}

std::string ModelBuilder::input(const std::string& name, std::vector<Dim> dims, int32_t elemType) {
    claim(name);
    onnx::ValueInfoProto& vi = *model_.mutable_graph()->add_input();
    vi.set_name(name);
    setTensorType(vi, dims, elemType);
    return name;
}

void ModelBuilder::output(const std::string& name, std::vector<Dim> dims, int32_t elemType) {
    onnx::ValueInfoProto& vi = *model_.mutable_graph()->add_output();
    vi.set_name(name);
    setTensorType(vi, dims, elemType);
}

void ModelBuilder::setTensorType(onnx::ValueInfoProto& vi, const std::vector<Dim>& dims, int32_t elemType) {
    onnx::TypeProto_Tensor& tensor = *vi.mutable_type()->mutable_tensor_type();
    tensor.set_elem_type(elemType);
    onnx::TensorShapeProto& shape = *tensor.mutable_shape();
    for (const Dim& d : dims) {
        onnx::TensorShapeProto_Dimension& dim = *shape.add_dim();
        if (const auto* value = std::get_if<int64_t>(&d))
            dim.set_dim_value(*value);
        else
            dim.set_dim_param(std::get<std::string>(d));
    }
}

std::string ModelBuilder::weight(const std::string& name, std::vector<int64_t> dims, float scale,
                                 float offset) {
    claim(name);
    onnx::TensorProto& t = newInitializer(*model_.mutable_graph(), name, dims, onnx::TensorProto::FLOAT);
    // raw_data is little-endian by definition; build it byte by byte so the
    // file is the same on any host.
    const int64_t count = elementCount(dims);
    std::string raw(static_cast<size_t>(count) * 4, '\0');
    for (int64_t i = 0; i < count; ++i) {
        const float value = offset + scale * (2.0f * nextUniform() - 1.0f);
        const uint32_t bits = std::bit_cast<uint32_t>(value);
        for (int b = 0; b < 4; ++b) raw[static_cast<size_t>(i * 4 + b)] = static_cast<char>((bits >> (8 * b)) & 0xFF);
    }
    t.set_raw_data(std::move(raw));
    return name;
}

// Constants use the typed repeated fields (float_data / int64_data) rather
// than raw_data, so the sample models exercise both encodings.
std::string ModelBuilder::constant(const std::string& name, std::vector<int64_t> dims,
                                   std::vector<float> values) {
    checkCount(name, dims, values.size());
    claim(name);
    onnx::TensorProto& t = newInitializer(*model_.mutable_graph(), name, dims, onnx::TensorProto::FLOAT);
    t.mutable_float_data()->Add(values.begin(), values.end());
    return name;
}

std::string ModelBuilder::constantInt64(const std::string& name, std::vector<int64_t> dims,
                                        std::vector<int64_t> values) {
    checkCount(name, dims, values.size());
    claim(name);
    onnx::TensorProto& t = newInitializer(*model_.mutable_graph(), name, dims, onnx::TensorProto::INT64);
    t.mutable_int64_data()->Add(values.begin(), values.end());
    return name;
}

std::vector<std::string> ModelBuilder::node(const std::string& opType, std::vector<std::string> inputs,
                                            std::vector<onnx::AttributeProto> attrs,
                                            const std::string& nodeName, std::vector<std::string> outputs) {
    onnx::NodeProto& n = *model_.mutable_graph()->add_node();
    n.set_op_type(opType);
    if (!nodeName.empty()) n.set_name(nodeName);
    for (std::string& in : inputs) n.add_input(std::move(in));
    for (std::string& out : outputs) {
        if (out.empty())
            out = uniqueName(nodeName.empty() ? opType : nodeName);
        else
            claim(out);
        n.add_output(out);
    }
    for (onnx::AttributeProto& a : attrs) *n.add_attribute() = std::move(a);
    return outputs;
}

std::string ModelBuilder::node1(const std::string& opType, std::vector<std::string> inputs,
                                std::vector<onnx::AttributeProto> attrs, const std::string& nodeName,
                                const std::string& outputName) {
    return node(opType, std::move(inputs), std::move(attrs), nodeName, {outputName}).front();
}

void ModelBuilder::claim(const std::string& name) {
    if (name.empty()) throw std::invalid_argument("empty value name");
    if (!names_.insert(name).second) throw std::invalid_argument("value '" + name + "' is defined twice");
}

std::string ModelBuilder::uniqueName(const std::string& base) {
    // Styled after exporter names such as "Relu_12"; the counter keeps them
    // unique, the loop only guards against clashes with hand-picked names.
    std::string name;
    do {
        name = base + "_" + std::to_string(counter_++);
    } while (!names_.insert(name).second);
    return name;
}

float ModelBuilder::nextUniform() {
    // xorshift32: tiny, and unlike std::uniform_real_distribution its output
    // does not depend on the standard library implementation.
    rngState_ ^= rngState_ << 13;
    rngState_ ^= rngState_ >> 17;
    rngState_ ^= rngState_ << 5;
    return static_cast<float>(rngState_ >> 8) * (1.0f / 16777216.0f);
}

onnx::AttributeProto attrInt(const std::string& name, int64_t value) {
    onnx::AttributeProto a;
    a.set_name(name);
    a.set_type(onnx::AttributeProto::INT);
    a.set_i(value);
    return a;
}

onnx::AttributeProto attrFloat(const std::string& name, float value) {
    onnx::AttributeProto a;
    a.set_name(name);
    a.set_type(onnx::AttributeProto::FLOAT);
    a.set_f(value);
    return a;
}

onnx::AttributeProto attrInts(const std::string& name, std::vector<int64_t> values) {
    onnx::AttributeProto a;
    a.set_name(name);
    a.set_type(onnx::AttributeProto::INTS);
    a.mutable_ints()->Add(values.begin(), values.end());
    return a;
}

onnx::AttributeProto attrFloats(const std::string& name, std::vector<float> values) {
    onnx::AttributeProto a;
    a.set_name(name);
    a.set_type(onnx::AttributeProto::FLOATS);
    a.mutable_floats()->Add(values.begin(), values.end());
    return a;
}

onnx::AttributeProto attrString(const std::string& name, const std::string& value) {
    onnx::AttributeProto a;
    a.set_name(name);
    a.set_type(onnx::AttributeProto::STRING);
    a.set_s(value);
    return a;
}

bool writeModel(const onnx::ModelProto& model, const std::string& path, std::string* error) {
    auto fail = [&](const char* fallback) {
        // Streams do not promise to set errno, so keep a generic reason too.
        if (error) *error = "cannot write '" + path + "': " + (errno != 0 ? std::strerror(errno) : fallback);
        return false;
    };
    errno = 0;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return fail("could not open the file");
    if (!model.SerializeToOstream(&out)) return fail("serialization failed");
    out.close();
    if (!out) return fail("could not finish writing the file");
    return true;
}

} // namespace fusebox::testmodels
