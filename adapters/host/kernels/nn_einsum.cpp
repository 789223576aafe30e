// Einsum: any number of operands, explicit ("ij,jk->ik") or implicit ("ij,jk")
// output, repeated labels (diagonals), ellipsis broadcasting.
//
// Every label becomes one axis of a combined index space [output labels..., summed
// labels...]. Each operand gets a stride per axis (strides of repeated labels add up,
// which reads diagonals; broadcast size-1 axes get 0), so one NdIndex walk over the
// space multiplies the operands and sums into the output. It costs the product of all
// label sizes: a reference, not a fast path.
#include "kernel_util.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <type_traits>

namespace fusebox::host {

namespace {

// Labels are letters (their character code) or ellipsis axes (kEllipsis + position,
// counted from the left of the broadcast ellipsis).
constexpr int kEllipsis = 1000;

struct Term {
    std::vector<int> labels;
    bool hasEllipsis = false;
};

// Parses "ab...c" into labels; the ellipsis expands to `ellipsisRank` axes right-aligned
// within `maxEllipsis` broadcast axes.
Result<Term> parseTerm(const KernelContext& ctx, const std::string& text) {
    Term term;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 3, "...") == 0) {
            if (term.hasEllipsis) return ctx.fail("term '" + text + "' has more than one ellipsis");
            term.hasEllipsis = true;
            term.labels.push_back(-1); // placeholder, expanded once ranks are known
            i += 2;
        } else if (std::isalpha(static_cast<unsigned char>(text[i]))) {
            term.labels.push_back(text[i]);
        } else {
            return ctx.fail("unexpected character '" + std::string(1, text[i]) + "' in equation term '" + text + "'");
        }
    }
    return term;
}

std::vector<int> expandEllipsis(const Term& term, int64_t ellipsisRank, int64_t maxEllipsis) {
    std::vector<int> labels;
    for (int label : term.labels) {
        if (label != -1) {
            labels.push_back(label);
            continue;
        }
        for (int64_t j = 0; j < ellipsisRank; ++j) labels.push_back(kEllipsis + int(maxEllipsis - ellipsisRank + j));
    }
    return labels;
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts(1);
    for (char c : text) {
        if (c == separator) parts.emplace_back();
        else parts.back() += c;
    }
    return parts;
}

Status einsumKernel(KernelContext& ctx) {
    std::string equation;
    for (char c : ctx.attributes().getString("equation", "")) // spaces carry no meaning
        if (c != ' ') equation += c;
    if (equation.empty()) return ctx.fail("attribute equation is required");
    const std::size_t arrow = equation.find("->");
    const std::vector<std::string> termTexts = split(equation.substr(0, arrow), ',');
    if (termTexts.size() != ctx.inputCount())
        return ctx.fail("equation '" + equation + "' has " + std::to_string(termTexts.size()) + " operands, the node has " +
                        std::to_string(ctx.inputCount()) + " inputs");

    // Parse the inputs' terms and find the broadcast ellipsis rank.
    std::vector<Term> terms;
    int64_t maxEllipsis = 0;
    for (std::size_t t = 0; t < termTexts.size(); ++t) {
        const Tensor* in = ctx.input(t);
        if (!in) return ctx.fail("input " + std::to_string(t) + " is missing");
        if (in->type() != ctx.input(0)->type()) return ctx.fail("inputs have different element types");
        Result<Term> term = parseTerm(ctx, termTexts[t]);
        if (!term) return term.error();
        const int64_t letters = int64_t(term->labels.size()) - (term->hasEllipsis ? 1 : 0);
        const int64_t rank = int64_t(in->rank());
        if (term->hasEllipsis ? rank < letters : rank != letters)
            return ctx.fail("term '" + termTexts[t] + "' does not match input " + std::to_string(t) + " of shape " +
                            dimsText(in->dims()));
        maxEllipsis = std::max(maxEllipsis, rank - letters);
        terms.push_back(std::move(*term));
    }

    // Label sizes; ellipsis axes broadcast (size 1 stretches), letters must agree.
    std::map<int, int64_t> sizes;
    std::map<int, int> occurrences;
    std::vector<std::vector<int>> operandLabels;
    for (std::size_t t = 0; t < terms.size(); ++t) {
        const Tensor& in = *ctx.input(t);
        const int64_t letters = int64_t(terms[t].labels.size()) - (terms[t].hasEllipsis ? 1 : 0);
        operandLabels.push_back(expandEllipsis(terms[t], int64_t(in.rank()) - letters, maxEllipsis));
        for (std::size_t axis = 0; axis < in.rank(); ++axis) {
            const int label = operandLabels.back()[axis];
            ++occurrences[label];
            auto [it, fresh] = sizes.emplace(label, in.dim(axis));
            if (fresh || it->second == in.dim(axis)) continue;
            if (label >= kEllipsis && (it->second == 1 || in.dim(axis) == 1)) {
                it->second = std::max(it->second, in.dim(axis));
                continue;
            }
            return ctx.fail("label sizes disagree in '" + equation + "': " + std::to_string(it->second) + " and " +
                            std::to_string(in.dim(axis)));
        }
    }

    // Output labels: explicit, or the ellipsis then the letters used once, in order.
    std::vector<int> output;
    if (arrow != std::string::npos) {
        Result<Term> term = parseTerm(ctx, equation.substr(arrow + 2));
        if (!term) return term.error();
        output = expandEllipsis(*term, maxEllipsis, maxEllipsis);
        for (int label : output)
            if (!sizes.count(label))
                return ctx.fail("output label '" + std::string(1, char(label)) + "' does not occur in the inputs");
    } else {
        for (int64_t j = 0; j < maxEllipsis; ++j) output.push_back(kEllipsis + int(j));
        for (const auto& [label, count] : occurrences)
            if (label < kEllipsis && count == 1) output.push_back(label);
    }
    if (std::set<int>(output.begin(), output.end()).size() != output.size())
        return ctx.fail("output of '" + equation + "' repeats a label");

    std::vector<int> axes = output; // the combined index space
    for (const auto& [label, size] : sizes)
        if (std::find(output.begin(), output.end(), label) == output.end()) axes.push_back(label);
    std::vector<int64_t> dims, outDims;
    for (int label : axes) dims.push_back(sizes[label]);
    for (int label : output) outDims.push_back(sizes[label]);
    const int64_t summed = product(dims, output.size());

    // Per operand, a stride for every axis of the combined space.
    std::vector<std::vector<int64_t>> strides;
    for (std::size_t t = 0; t < terms.size(); ++t) {
        const Tensor& in = *ctx.input(t);
        const std::vector<int64_t> own = stridesOf(in.dims());
        std::vector<int64_t> s(axes.size(), 0);
        for (std::size_t axis = 0; axis < in.rank(); ++axis) {
            if (in.dim(axis) == 1 && sizes[operandLabels[t][axis]] != 1) continue; // broadcast
            const std::size_t k = std::size_t(std::find(axes.begin(), axes.end(), operandLabels[t][axis]) - axes.begin());
            s[k] += own[axis];
        }
        strides.push_back(std::move(s));
    }

    Tensor y = Tensor::allocate(ctx.input(0)->type(), outDims);
    const bool ok = dispatchNumeric(y.type(), [&](auto tag) {
        using T = decltype(tag);
        using Acc = std::conditional_t<std::is_floating_point_v<T>, double, T>;
        std::vector<Acc> acc(std::size_t(y.elementCount()), Acc(0));
        int64_t k = 0;
        for (NdIndex it(dims); it.valid(); it.next(), ++k) {
            Acc term = 1;
            for (std::size_t t = 0; t < terms.size(); ++t) term *= Acc(ctx.input(t)->data<T>()[it.offset(strides[t])]);
            acc[std::size_t(k / summed)] += term;
        }
        for (std::size_t i = 0; i < acc.size(); ++i) y.data<T>()[i] = T(acc[i]);
    });
    if (!ok) return unsupportedType(ctx, y.type());
    ctx.setOutput(0, std::move(y));
    return {};
}

} // namespace

FUSEBOX_HOST_KERNEL(Einsum, computeHalfInFloat32<einsumKernel>);

} // namespace fusebox::host
