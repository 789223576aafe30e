#include "workflow/accuracy_bound.h"

#include "core/text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace fusebox {

namespace {

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

} // namespace

std::optional<double> AccuracyBound::figure(const std::vector<store::OutputAccuracy>& accuracy) const {
    std::optional<double> worst;
    for (const store::OutputAccuracy& a : accuracy) {
        if (!output.empty() && a.output != output) continue;
        const double value = kind == Kind::MinCosine ? a.accuracy.cosine : a.accuracy.maxAbsError;
        if (std::isnan(value)) return value; // NaN keeps no bound
        if (!worst) worst = value;
        else worst = kind == Kind::MinCosine ? std::min(*worst, value) : std::max(*worst, value);
    }
    return worst;
}

bool AccuracyBound::holds(const std::vector<store::OutputAccuracy>& accuracy) const {
    const std::optional<double> value = figure(accuracy);
    if (!value || std::isnan(*value)) return false;
    return kind == Kind::MinCosine ? *value >= limit : *value <= limit;
}

Status AccuracyBound::checkOutput(const Graph& graph) const {
    if (output.empty()) return {};
    std::vector<std::string> names;
    for (ValueId id : graph.outputs()) names.push_back(graph.value(id).name);
    if (std::find(names.begin(), names.end(), output) != names.end()) return {};
    return Error("--output: the model has no output '" + output + "'; " + didYouMeanOr(output, names, "its outputs are " + joinText(names)));
}

std::string AccuracyBound::describe() const {
    std::string text = kind == Kind::MinCosine ? "cosine >= " + number(limit) : "max abs error <= " + number(limit);
    if (!output.empty()) text += ", output '" + output + "'";
    return text;
}

std::string AccuracyBound::describeFigure(const std::vector<store::OutputAccuracy>& accuracy) const {
    const std::optional<double> value = figure(accuracy);
    if (!value) return "no figures";
    std::string text = number(*value);
    // More digits until a figure other than the limit no longer reads as it ("cosine 1 misses cosine >= 1").
    for (int digits = 7; digits <= 17 && text == number(limit) && *value != limit; ++digits) {
        char more[40];
        std::snprintf(more, sizeof more, "%.*g", digits, *value);
        text = more;
    }
    return (kind == Kind::MinCosine ? "cosine " : "max abs error ") + text;
}

} // namespace fusebox
