#pragma once
// A small fluent helper for writing real ONNX models in tests and benchmarks.
//
//   ModelBuilder b("tiny");
//   auto x = b.input("x", {1, 8});
//   auto w = b.weight("fc.weight", {8, 4});
//   b.node1("MatMul", {x, w}, {}, "fc", "y");
//   b.output("y", {1, 4});
//   onnx::ModelProto model = b.build();
//
// Weights come from a fixed-seed generator, so the same code always produces
// byte-identical models.

#include <onnx/onnx_pb.h>

#include <cstdint>
#include <string>
#include <unordered_set>
#include <variant>
#include <vector>

namespace fusebox::testmodels {

class ModelBuilder {
public:
    // A static dimension (int) or a symbolic one (string, e.g. "N").
    using Dim = std::variant<int64_t, std::string>;

    explicit ModelBuilder(std::string graphName, int64_t opset = 17);

    // Declares a graph input; returns its name.
    std::string input(const std::string& name, std::vector<Dim> dims,
                      int32_t elemType = onnx::TensorProto::FLOAT);

    // Declares an existing value as a graph output. The ONNX checker requires
    // a shape on main-graph outputs, so it is given here; shape inference then
    // fails loudly if it disagrees with what the graph computes.
    void output(const std::string& name, std::vector<Dim> dims, int32_t elemType = onnx::TensorProto::FLOAT);

    // A float32 initializer with values uniform in [offset - scale, offset + scale].
    std::string weight(const std::string& name, std::vector<int64_t> dims, float scale = 0.5f,
                       float offset = 0.0f);

    // Initializers with explicit values; `dims` may be empty for a scalar.
    std::string constant(const std::string& name, std::vector<int64_t> dims, std::vector<float> values);
    std::string constantInt64(const std::string& name, std::vector<int64_t> dims, std::vector<int64_t> values);

    // Adds a node and returns its output names. `outputs` gives one entry per
    // output; an empty entry gets a generated unique name.
    std::vector<std::string> node(const std::string& opType, std::vector<std::string> inputs,
                                  std::vector<onnx::AttributeProto> attrs = {},
                                  const std::string& nodeName = "",
                                  std::vector<std::string> outputs = {""});

    // Same for a single-output node; returns that output's name.
    std::string node1(const std::string& opType, std::vector<std::string> inputs,
                      std::vector<onnx::AttributeProto> attrs = {}, const std::string& nodeName = "",
                      const std::string& outputName = "");

    int nodeCount() const { return model_.graph().node_size(); }

    onnx::ModelProto build() const { return model_; }

private:
    static void setTensorType(onnx::ValueInfoProto& vi, const std::vector<Dim>& dims, int32_t elemType);
    // Registers a value name; throws std::invalid_argument on a duplicate,
    // since every value in an ONNX graph must be produced exactly once.
    void claim(const std::string& name);
    std::string uniqueName(const std::string& base);
    float nextUniform(); // in [0, 1)

    onnx::ModelProto model_;
    std::unordered_set<std::string> names_;
    uint64_t counter_ = 0;
    uint32_t rngState_ = 0x9E3779B9u;
};

onnx::AttributeProto attrInt(const std::string& name, int64_t value);
onnx::AttributeProto attrFloat(const std::string& name, float value);
onnx::AttributeProto attrInts(const std::string& name, std::vector<int64_t> values);
onnx::AttributeProto attrFloats(const std::string& name, std::vector<float> values);
onnx::AttributeProto attrString(const std::string& name, const std::string& value);

// Writes the model in binary protobuf form. On failure returns false and, when
// `error` is given, puts a message naming the path there.
bool writeModel(const onnx::ModelProto& model, const std::string& path, std::string* error);

} // namespace fusebox::testmodels
