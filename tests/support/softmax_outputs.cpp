#include "support/softmax_outputs.h"

#include <algorithm>
#include <cmath>

namespace fusebox::test {

std::vector<std::optional<ValueId>> softmaxLogits(const Graph& graph) {
    std::vector<std::optional<ValueId>> logits;
    for (ValueId output : graph.outputs()) {
        const NodeId producer = graph.value(output).producer;
        if (producer != kNoNode && graph.node(producer).opType == "Softmax") logits.push_back(graph.node(producer).inputs.at(0));
        else logits.push_back(std::nullopt);
    }
    return logits;
}

std::vector<ValueId> logitsToKeep(const Graph& graph) {
    std::vector<ValueId> keep;
    for (const std::optional<ValueId>& id : softmaxLogits(graph)) {
        if (id) keep.push_back(*id);
    }
    return keep;
}

double scaleOf(const Tensor& tensor) {
    double scale = 0;
    for (int64_t i = 0; i < tensor.elementCount(); ++i) scale = std::max(scale, std::abs(static_cast<double>(tensor.data<float>()[i])));
    return scale;
}

std::optional<std::string> logitsMismatch(const Tensor& actual, const Tensor& expected, double rtol) {
    if (actual.dims() != expected.dims()) return "logits of other dims";
    const double tolerance = rtol * scaleOf(expected);
    for (int64_t i = 0; i < actual.elementCount(); ++i) {
        const double a = actual.data<float>()[i], e = expected.data<float>()[i];
        if (!(std::abs(a - e) <= tolerance)) {
            return "logit " + std::to_string(i) + " is " + std::to_string(a) + ", expected " + std::to_string(e) + " (tolerance " +
                   std::to_string(tolerance) + ")";
        }
    }
    return std::nullopt;
}

std::optional<std::string> logProbabilityMismatch(const Tensor& actual, const Tensor& expected, double logitScale, double rtol) {
    if (actual.elementCount() != expected.elementCount()) return "probabilities of other sizes";
    constexpr double kTiny = 1e-37; // below: underflowed, its logit is not known
    std::vector<double> shifts;     // log p - log q where both are known
    for (int64_t i = 0; i < actual.elementCount(); ++i) {
        const double p = actual.data<float>()[i], q = expected.data<float>()[i];
        if (p > kTiny && q > kTiny) shifts.push_back(std::log(p) - std::log(q));
    }
    if (shifts.empty()) return "no probability is above underflow in both";
    const auto [low, high] = std::minmax_element(shifts.begin(), shifts.end());
    const double tolerance = 2 * rtol * logitScale; // the spread of two errors of rtol * scale each
    if (*high - *low <= tolerance) return std::nullopt;
    return "log-probabilities differ by " + std::to_string(*high - *low) + " beyond a common shift (tolerance " +
           std::to_string(tolerance) + " for logits of scale " + std::to_string(logitScale) + ")";
}

} // namespace fusebox::test
