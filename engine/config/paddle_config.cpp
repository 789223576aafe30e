// Paddle Lite subgraph partition configs ("keep these ops on the CPU") as host rules.
#include "config/paddle_config.h"

#include "core/file_io.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>
#include <variant>

namespace fusebox {
namespace {

// Paddle op types and the ONNX op types paddle2onnx exports them as. A Paddle op that
// becomes one of several ONNX ops (pool2d, scale) maps to all of them. The one table:
// docs/format-config.md lists it for users.
const std::map<std::string_view, std::vector<std::string>>& paddleToOnnxOps() {
    static const std::map<std::string_view, std::vector<std::string>> table = {
        {"abs", {"Abs"}},
        {"arg_max", {"ArgMax"}},
        {"batch_norm", {"BatchNormalization"}},
        {"bilinear_interp", {"Resize"}},
        {"bilinear_interp_v2", {"Resize"}},
        {"cast", {"Cast"}},
        {"clip", {"Clip"}},
        {"concat", {"Concat"}},
        {"conv2d", {"Conv"}},
        {"conv2d_transpose", {"ConvTranspose"}},
        {"depthwise_conv2d", {"Conv"}},
        {"depthwise_conv2d_transpose", {"ConvTranspose"}},
        {"elementwise_add", {"Add"}},
        {"elementwise_div", {"Div"}},
        {"elementwise_max", {"Max"}},
        {"elementwise_min", {"Min"}},
        {"elementwise_mul", {"Mul"}},
        {"elementwise_pow", {"Pow"}},
        {"elementwise_sub", {"Sub"}},
        {"exp", {"Exp"}},
        {"fc", {"MatMul", "Gemm"}},
        {"flatten", {"Flatten"}},
        {"flatten2", {"Flatten"}},
        {"flatten_contiguous_range", {"Flatten"}},
        {"gather", {"Gather"}},
        {"hard_sigmoid", {"HardSigmoid"}},
        {"hard_swish", {"HardSwish"}},
        {"instance_norm", {"InstanceNormalization"}},
        {"layer_norm", {"LayerNormalization"}},
        {"leaky_relu", {"LeakyRelu"}},
        {"log", {"Log"}},
        {"matmul", {"MatMul", "Gemm"}},
        {"matmul_v2", {"MatMul", "Gemm"}},
        {"mul", {"MatMul", "Gemm"}},
        {"nearest_interp", {"Resize"}},
        {"nearest_interp_v2", {"Resize"}},
        {"pad2d", {"Pad"}},
        {"pad3d", {"Pad"}},
        {"pool2d", {"MaxPool", "AveragePool", "GlobalAveragePool", "GlobalMaxPool"}},
        {"prelu", {"PRelu"}},
        {"reduce_max", {"ReduceMax"}},
        {"reduce_mean", {"ReduceMean"}},
        {"reduce_sum", {"ReduceSum"}},
        {"relu", {"Relu"}},
        {"relu6", {"Clip"}},
        {"reshape", {"Reshape"}},
        {"reshape2", {"Reshape"}},
        {"scale", {"Mul", "Add"}},
        {"shape", {"Shape"}},
        {"sigmoid", {"Sigmoid"}},
        {"slice", {"Slice"}},
        {"softmax", {"Softmax"}},
        {"split", {"Split"}},
        {"sqrt", {"Sqrt"}},
        {"squeeze", {"Squeeze"}},
        {"squeeze2", {"Squeeze"}},
        {"tanh", {"Tanh"}},
        {"transpose", {"Transpose"}},
        {"transpose2", {"Transpose"}},
        {"unsqueeze", {"Unsqueeze"}},
        {"unsqueeze2", {"Unsqueeze"}},
    };
    return table;
}

// An ONNX op name, or a name we do not know, passes through: validation reports the
// unknown ones against the ONNX op list.
std::vector<std::string> onnxOpsFor(std::string_view paddleOp) {
    const auto& table = paddleToOnnxOps();
    if (auto it = table.find(paddleOp); it != table.end()) return it->second;
    return {std::string(paddleOp)};
}

bool isSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

std::string_view trim(std::string_view text) {
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return text;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

// The first character that cannot be in a name (a blank or a separator of the record
// syntax), or nullptr when `name` is a valid name.
const char* badNameCharacter(std::string_view name) {
    const auto bad = std::find_if(name.begin(), name.end(), [](char c) { return isSpace(c) || c == ',' || c == ':'; });
    return bad == name.end() ? nullptr : name.data() + (bad - name.begin());
}

// A record, or the character of the line where it goes wrong. Every view here points
// into the line, so that character gives the column of the error.
using RecordOrFault = std::variant<Rule, const char*>;

// "in1, in2" -> {"in1", "in2"}; an empty field (or a stray trailing comma) adds nothing.
std::variant<std::vector<std::string>, const char*> parseNames(std::string_view field) {
    std::vector<std::string> names;
    for (std::string_view part : split(field, ',')) {
        part = trim(part);
        if (part.empty()) continue;
        if (const char* bad = badNameCharacter(part)) return bad;
        names.emplace_back(part);
    }
    return names;
}

// One non-blank, non-comment line -> a host rule.
RecordOrFault parseRecord(std::string_view record) {
    const std::vector<std::string_view> fields = split(record, ':');
    if (fields.size() > 3) return fields[3].data() - 1; // the colon that opens a fourth field
    const std::string_view op = trim(fields[0]);
    if (const char* bad = badNameCharacter(op)) return bad;
    auto inputs = parseNames(fields.size() > 1 ? fields[1] : std::string_view());
    if (const auto* bad = std::get_if<const char*>(&inputs)) return *bad;
    auto outputs = parseNames(fields.size() > 2 ? fields[2] : std::string_view());
    if (const auto* bad = std::get_if<const char*>(&outputs)) return *bad;
    auto& inputNames = std::get<std::vector<std::string>>(inputs);
    auto& outputNames = std::get<std::vector<std::string>>(outputs);
    if (op.empty() && inputNames.empty() && outputNames.empty()) return record.data(); // only colons

    Rule rule;
    if (!op.empty()) rule.ops = onnxOpsFor(op);
    rule.inputs = std::move(inputNames);
    rule.outputs = std::move(outputNames);
    rule.device = "host";
    return rule;
}

} // namespace

Result<std::vector<Rule>> parsePaddleConfig(const std::string& text, const std::string& path) {
    std::vector<Rule> rules;
    int lineNumber = 0;
    for (const std::string_view line : split(text, '\n')) {
        ++lineNumber;
        const std::string_view record = trim(line); // also drops the CR of Windows line ends
        if (record.empty() || record.front() == '#') continue;
        RecordOrFault parsed = parseRecord(record);
        if (const auto* bad = std::get_if<const char*>(&parsed)) {
            const int column = static_cast<int>(*bad - line.data()) + 1;
            return Error(SourceLocation{path, lineNumber, column},
                         "malformed record '" + std::string(record) + "'; expected op_type:inputs:outputs");
        }
        Rule& rule = std::get<Rule>(parsed);
        rule.where = SourceLocation{path, lineNumber, 1};
        rules.push_back(std::move(rule));
    }
    return rules;
}

Result<std::vector<Rule>> loadPaddleConfig(const std::string& path) {
    Result<std::string> text = readTextFile(path);
    if (!text) return text.error();
    return parsePaddleConfig(*text, path);
}

} // namespace fusebox
