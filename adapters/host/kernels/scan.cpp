// Scan: runs its body once per slice of the scan inputs, carrying state tensors from
// one iteration to the next and stacking the per-iteration scan outputs.
//   opset 9+: inputs are [states..., scan inputs...], scanned along scan_input_axes.
//   opset 8:  a leading optional sequence_lens input and a batch axis 0 on every input
//             and output; each batch row is scanned along axis 1 on its own.
#include "kernel_util.h"

#include <algorithm>
#include <cstring>

namespace fusebox::host {

namespace {

// Strided copy for any fixed-size element type: elements only move, so their bytes are
// copied as unsigned integers of the same size.
bool copyElements(const Tensor& src, int64_t start, const std::vector<int64_t>& strides, Tensor& dst) {
    switch (elementSize(src.type())) {
    case 1: copyStrided(src.data<uint8_t>(), start, strides, dst.data<uint8_t>(), dst.dims()); return true;
    case 2: copyStrided(src.data<uint16_t>(), start, strides, dst.data<uint16_t>(), dst.dims()); return true;
    case 4: copyStrided(src.data<uint32_t>(), start, strides, dst.data<uint32_t>(), dst.dims()); return true;
    case 8: copyStrided(src.data<uint64_t>(), start, strides, dst.data<uint64_t>(), dst.dims()); return true;
    default: return false;
    }
}

// The slice of `t` at `index` along `axis`, with that axis removed.
Tensor sliceAt(const Tensor& t, int64_t axis, int64_t index) {
    std::vector<int64_t> dims = t.dims();
    std::vector<int64_t> strides = stridesOf(dims);
    const int64_t start = index * strides[axis];
    dims.erase(dims.begin() + axis);
    strides.erase(strides.begin() + axis);
    Tensor out = Tensor::allocate(t.type(), dims, Tensor::Fill::None);
    copyElements(t, start, strides, out);
    return out;
}

// Stacks equally shaped `parts` along a new axis `axis` of the result.
Tensor stackAt(const std::vector<Tensor>& parts, int64_t axis) {
    const std::vector<int64_t>& partDims = parts[0].dims();
    const int64_t count = static_cast<int64_t>(parts.size());
    // First stack along a new axis 0 (plain concatenation of the buffers)...
    std::vector<int64_t> stackedDims{count};
    stackedDims.insert(stackedDims.end(), partDims.begin(), partDims.end());
    Tensor stacked = Tensor::allocate(parts[0].type(), stackedDims, Tensor::Fill::None);
    std::size_t offset = 0;
    for (const Tensor& part : parts) {
        if (part.byteSize() == 0) continue;
        std::memcpy(stacked.raw() + offset, part.raw(), part.byteSize());
        offset += part.byteSize();
    }
    if (axis == 0) return stacked;
    // ...then move that axis to its place by reading with permuted strides.
    const std::vector<int64_t> stackedStrides = stridesOf(stackedDims);
    std::vector<int64_t> dims = partDims, strides(stackedStrides.begin() + 1, stackedStrides.end());
    dims.insert(dims.begin() + axis, count);
    strides.insert(strides.begin() + axis, stackedStrides[0]);
    Tensor out = Tensor::allocate(parts[0].type(), dims, Tensor::Fill::None);
    copyElements(stacked, 0, strides, out);
    return out;
}

struct ScanPlan {
    std::vector<int64_t> inputAxes, inputReversed, outputAxes, outputReversed;
};

// One scan over `states` and `scans` (no batch axis). Returns final states followed by
// scan outputs; `iterations` is the scanned length.
Result<std::vector<Tensor>> scanOnce(const KernelContext& ctx, const Graph& body, std::vector<Tensor> states,
                                     const std::vector<Tensor>& scans, const ScanPlan& plan, int64_t iterations) {
    const std::size_t stateCount = states.size();
    const std::size_t outputCount = body.outputs().size();
    if (outputCount < stateCount) return ctx.fail("the body has fewer outputs than there are state variables");
    const std::size_t scanOutputs = outputCount - stateCount;
    if (plan.outputAxes.size() < scanOutputs || plan.outputReversed.size() < scanOutputs)
        return ctx.fail("scan_output_axes/scan_output_directions need one entry per scan output");
    std::vector<std::vector<Tensor>> collected(scanOutputs);
    for (int64_t t = 0; t < iterations; ++t) {
        std::vector<Tensor> inputs = states;
        for (std::size_t i = 0; i < scans.size(); ++i) {
            const int64_t index = plan.inputReversed[i] ? iterations - 1 - t : t;
            inputs.push_back(sliceAt(scans[i], plan.inputAxes[i], index));
        }
        auto outputs = ctx.runSubgraph()(body, inputs);
        if (!outputs) return outputs.error();
        if (outputs->size() != outputCount) return ctx.fail("the body returned the wrong number of outputs");
        for (std::size_t i = 0; i < stateCount; ++i) states[i] = (*outputs)[i];
        for (std::size_t i = 0; i < scanOutputs; ++i) {
            const Tensor& part = (*outputs)[stateCount + i];
            if (!collected[i].empty() && part.dims() != collected[i][0].dims())
                return ctx.fail("scan output " + std::to_string(i) + " changes shape between iterations");
            if (elementSize(part.type()) == 0 || elementSize(part.type()) > 8)
                return unsupportedType(ctx, part.type());
            collected[i].push_back(part);
        }
    }
    std::vector<Tensor> result = std::move(states);
    for (std::size_t i = 0; i < scanOutputs; ++i) {
        std::vector<Tensor>& parts = collected[i];
        if (parts.empty()) {
            // No iteration ran: an empty output shaped from the body's declared output.
            const Value& declared = body.value(body.outputs()[stateCount + i]);
            if (!declared.shape.isStatic()) return ctx.fail("scan output " + std::to_string(i) + " of an empty scan has no static shape");
            std::vector<int64_t> dims = declared.shape.staticSizes();
            const auto axis = normalizeAxis(plan.outputAxes[i], static_cast<int64_t>(dims.size()) + 1);
            if (!axis) return ctx.fail("scan_output_axes entry out of range");
            dims.insert(dims.begin() + *axis, 0);
            result.push_back(Tensor::allocate(declared.type, dims));
            continue;
        }
        const auto axis = normalizeAxis(plan.outputAxes[i], static_cast<int64_t>(parts[0].rank()) + 1);
        if (!axis) return ctx.fail("scan_output_axes entry " + std::to_string(plan.outputAxes[i]) + " is out of range");
        if (plan.outputReversed[i]) std::reverse(parts.begin(), parts.end());
        result.push_back(stackAt(parts, *axis));
    }
    return result;
}

Status scanKernel(KernelContext& ctx) {
    const auto body = ctx.attributes().get<std::shared_ptr<Graph>>("body");
    if (!body || !*body || !ctx.runSubgraph()) return ctx.fail("the body graph is missing");
    const bool batched = ctx.opset() < 9; // opset 8: sequence_lens input and batch axis
    const std::size_t first = batched ? 1 : 0;
    const int64_t scanCount = ctx.attributes().getInt("num_scan_inputs", -1);
    if (ctx.inputCount() < first || scanCount < 1 || static_cast<std::size_t>(scanCount) > ctx.inputCount() - first)
        return ctx.fail("num_scan_inputs must be between 1 and the number of inputs");
    const std::size_t stateCount = ctx.inputCount() - first - static_cast<std::size_t>(scanCount);
    if (ctx.outputCount() < stateCount) return ctx.fail("there are fewer outputs than state variables");
    const std::size_t scanOutputs = ctx.outputCount() - stateCount;
    if ((*body)->inputs().size() != stateCount + static_cast<std::size_t>(scanCount))
        return ctx.fail("the body needs one input per state variable and scan input");
    if ((*body)->outputs().size() != ctx.outputCount()) return ctx.fail("the body needs one output per Scan output");

    std::vector<Tensor> states, scans;
    for (std::size_t i = first; i < ctx.inputCount(); ++i) {
        if (!ctx.input(i)) return ctx.fail("input " + std::to_string(i) + " is missing");
        (i < first + stateCount ? states : scans).push_back(*ctx.input(i));
    }
    for (const Tensor& s : scans)
        if (elementSize(s.type()) == 0 || elementSize(s.type()) > 8) return unsupportedType(ctx, s.type());

    // Per-input and per-output settings, defaulting to axis 0 and forward order.
    ScanPlan plan;
    auto listOr = [&](const char* name, std::size_t count, int64_t fallback) -> Result<std::vector<int64_t>> {
        std::vector<int64_t> values = ctx.attributes().getInts(name);
        if (values.empty()) return std::vector<int64_t>(count, fallback);
        if (values.size() != count) return ctx.fail(std::string(name) + " needs " + std::to_string(count) + " entries");
        return values;
    };
    const std::size_t scanInputs = static_cast<std::size_t>(scanCount);
    auto inputDirs = listOr(batched ? "directions" : "scan_input_directions", scanInputs, 0);
    if (!inputDirs) return inputDirs.error();
    plan.inputReversed = *inputDirs;
    if (batched) {
        plan.inputAxes.assign(scanInputs, 0);
        plan.outputAxes.assign(scanOutputs, 0);
        plan.outputReversed.assign(scanOutputs, 0);
    } else {
        auto inAxes = listOr("scan_input_axes", scanInputs, 0);
        auto outAxes = listOr("scan_output_axes", scanOutputs, 0);
        auto outDirs = listOr("scan_output_directions", scanOutputs, 0);
        if (!inAxes) return inAxes.error();
        if (!outAxes) return outAxes.error();
        if (!outDirs) return outDirs.error();
        plan.inputAxes = *inAxes;
        plan.outputAxes = *outAxes;
        plan.outputReversed = *outDirs;
    }

    if (!batched) {
        int64_t iterations = -1;
        for (std::size_t i = 0; i < scans.size(); ++i) {
            const auto axis = normalizeAxis(plan.inputAxes[i], static_cast<int64_t>(scans[i].rank()));
            if (!axis) return ctx.fail("scan_input_axes entry " + std::to_string(plan.inputAxes[i]) + " is out of range for scan input " + std::to_string(i));
            plan.inputAxes[i] = *axis;
            const int64_t length = scans[i].dim(static_cast<std::size_t>(*axis));
            if (iterations >= 0 && length != iterations) return ctx.fail("the scan inputs have different sequence lengths");
            iterations = length;
        }
        auto outputs = scanOnce(ctx, **body, states, scans, plan, iterations);
        if (!outputs) return outputs.error();
        for (std::size_t i = 0; i < outputs->size(); ++i) ctx.setOutput(i, (*outputs)[i]);
        return {};
    }

    // Opset 8: scan every batch row separately (each with its own length), then stack.
    int64_t batch = -1, maxLength = -1;
    for (const Tensor& t : states) {
        if (t.rank() < 1 || (batch >= 0 && t.dim(0) != batch)) return ctx.fail("the state inputs need a common batch axis");
        batch = t.dim(0);
    }
    for (const Tensor& t : scans) {
        if (t.rank() < 2 || (batch >= 0 && t.dim(0) != batch) || (maxLength >= 0 && t.dim(1) != maxLength))
            return ctx.fail("the scan inputs need shape [batch, sequence, ...] with common sizes");
        batch = t.dim(0);
        maxLength = t.dim(1);
    }
    if (batch <= 0 || maxLength < 0) return ctx.fail("an empty batch or a Scan without scan inputs is not supported");
    std::vector<int64_t> lengths(static_cast<std::size_t>(batch), maxLength);
    if (const Tensor* lens = ctx.input(0)) {
        auto values = integerValues(*lens);
        if (!values || static_cast<int64_t>(values->size()) != batch) return ctx.fail("sequence_lens needs one int value per batch row");
        for (std::size_t b = 0; b < values->size(); ++b) {
            if ((*values)[b] < 0 || (*values)[b] > maxLength) return ctx.fail("sequence_lens entry " + std::to_string((*values)[b]) + " is out of range");
            lengths[b] = (*values)[b];
        }
    }
    std::vector<std::vector<Tensor>> perBatch(ctx.outputCount());
    for (int64_t b = 0; b < batch; ++b) {
        std::vector<Tensor> rowStates, rowScans;
        for (const Tensor& t : states) rowStates.push_back(sliceAt(t, 0, b));
        for (const Tensor& t : scans) {
            // Only the first lengths[b] steps of this row take part.
            Tensor row = sliceAt(t, 0, b);
            std::vector<int64_t> dims = row.dims();
            dims[0] = lengths[static_cast<std::size_t>(b)];
            Tensor used = Tensor::allocate(row.type(), dims, Tensor::Fill::None);
            copyElements(row, 0, stridesOf(row.dims()), used);
            rowScans.push_back(used);
        }
        auto outputs = scanOnce(ctx, **body, rowStates, rowScans, plan, lengths[static_cast<std::size_t>(b)]);
        if (!outputs) return outputs.error();
        for (std::size_t i = 0; i < outputs->size(); ++i) {
            Tensor part = (*outputs)[i];
            if (i >= stateCount && part.dim(0) < maxLength) {
                // Shorter rows are padded with zeros up to the longest sequence.
                std::vector<int64_t> dims = part.dims();
                dims[0] = maxLength;
                Tensor padded = Tensor::allocate(part.type(), dims);
                std::memcpy(padded.raw(), part.raw(), part.byteSize());
                part = padded;
            }
            if (!perBatch[i].empty() && part.dims() != perBatch[i][0].dims()) return ctx.fail("output " + std::to_string(i) + " changes shape between batch rows");
            perBatch[i].push_back(part);
        }
    }
    for (std::size_t i = 0; i < perBatch.size(); ++i) ctx.setOutput(i, stackAt(perBatch[i], 0));
    return {};
}

} // namespace

FUSEBOX_HOST_KERNEL(Scan, scanKernel);

} // namespace fusebox::host
