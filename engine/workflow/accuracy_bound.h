#pragma once
// The accuracy a plan must keep against the host for `fusebox tune` and `bisect`: a
// lowest cosine similarity or a largest absolute error, over every graph output or one.

#include "core/result.h"
#include "ir/graph.h"
#include "store/run_record.h"

#include <optional>
#include <string>
#include <vector>

namespace fusebox {

struct AccuracyBound {
    enum class Kind { MinCosine, MaxAbsError };
    Kind kind = Kind::MinCosine;
    double limit = 0.999;
    std::string output; // the one output judged; empty: every output

    // Whether every judged output of `accuracy` keeps the bound. A run without figures
    // for the judged output (none measured) does not.
    bool holds(const std::vector<store::OutputAccuracy>& accuracy) const;
    // The judged figure: the lowest cosine or the largest abs error; nullopt without one.
    std::optional<double> figure(const std::vector<store::OutputAccuracy>& accuracy) const;
    // An error that lists the graph's outputs when `output` is not one of them.
    Status checkOutput(const Graph& graph) const;
    // "cosine >= 0.999", "max abs error <= 0.01" (", output 'y'" when one is judged).
    std::string describe() const;
    // "cosine 0.99731" / "max abs error 0.0213" for `accuracy`, "no figures" without.
    std::string describeFigure(const std::vector<store::OutputAccuracy>& accuracy) const;
};

} // namespace fusebox
