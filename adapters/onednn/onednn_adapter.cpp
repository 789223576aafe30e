// The oneDNN adapter: compiles a subgraph into JIT-compiled oneDNN CPU primitives with
// post-op fusion, in fp32 or (where the CPU has AVX512-BF16) bf16.
//
// Threads: Debian's oneDNN uses the OpenMP runtime, so the program sets
// omp_set_num_threads() to the subgraph's thread count before building and before
// every run (the OpenMP setting belongs to the calling thread).
#include "onednn_program.h"
#include "op_registry.h"

#include <omp.h>

#include <cstdlib>

namespace fusebox::onednn {

namespace {

std::string isaName(dnnl::cpu_isa isa) {
    switch (isa) {
    case dnnl::cpu_isa::sse41: return "sse41";
    case dnnl::cpu_isa::avx: return "avx";
    case dnnl::cpu_isa::avx2: return "avx2";
    case dnnl::cpu_isa::avx2_vnni: return "avx2_vnni";
    case dnnl::cpu_isa::avx512_core: return "avx512_core";
    case dnnl::cpu_isa::avx512_core_vnni: return "avx512_core_vnni";
    case dnnl::cpu_isa::avx512_core_bf16: return "avx512_core_bf16";
    case dnnl::cpu_isa::avx512_core_amx: return "avx512_core_amx";
    default: return "isa " + std::to_string(static_cast<int>(isa));
    }
}

// Whether oneDNN may use AVX512-BF16 instructions here (DNNL_MAX_CPU_ISA can lower it).
bool hasBf16() {
    const auto isa = static_cast<unsigned>(dnnl::get_effective_cpu_isa());
    const auto bf16 = static_cast<unsigned>(dnnl::cpu_isa::avx512_core_bf16);
    return (isa & bf16) == bf16;
}

// How OpenMP's threads wait, as libgomp read it at start-up (see openmp_wait_policy.cpp).
std::string waitPolicyText() {
    for (const char* name : {"GOMP_SPINCOUNT", "OMP_WAIT_POLICY"}) { // the first decides the spinning
        if (const char* value = std::getenv(name)) return std::string(", ") + name + "=" + value;
    }
    return {};
}

std::string versionText() {
    const dnnl_version_t* v = dnnl_version();
    return "oneDNN " + std::to_string(v->major) + "." + std::to_string(v->minor) + "." + std::to_string(v->patch) + " (OpenMP" +
           waitPolicyText() + ")";
}

Result<memory::data_type> computeType(const std::string& precision) {
    if (precision.empty() || precision == "fp32") return memory::data_type::f32;
    if (precision == "bf16") {
        if (!hasBf16()) {
            return Error("precision bf16 needs AVX512-BF16, which this CPU lacks (oneDNN ISA: " + isaName(dnnl::get_effective_cpu_isa()) +
                         "); use fp32", ErrorKind::Failed);
        }
        return memory::data_type::bf16;
    }
    if (precision == "int8") return Error("precision int8 needs a quantized model (QuantizeLinear/QLinearConv); not supported by onednn", ErrorKind::Failed);
    return Error("precision " + precision + " not supported by onednn (fp32, bf16)", ErrorKind::Failed);
}

class OnednnAdapter : public Adapter {
public:
    std::string name() const override { return "onednn"; }

    AdapterProbe probe() const override {
        return {true, versionText(),
                "x86-64 CPU, " + isaName(dnnl::get_effective_cpu_isa()) + ", " + std::to_string(omp_get_num_procs()) + " threads, " +
                    (hasBf16() ? "fp32 and bf16" : "fp32 only (bf16 needs AVX512-BF16)"),
                {}};
    }

    // The op has a builder, and the node is not one of the forms its builder refuses
    // (the profile format cannot say these, so the partitioner asks here).
    Support supports(const Graph& graph, const Node& node) const override {
        if (!node.domain.empty() || !OpRegistry::find(node.opType)) return Support::no(node.opType + ": no oneDNN primitive for this op");
        for (ValueId id : node.outputs) {
            const Shape& shape = id == kNoValue ? Shape() : graph.value(id).shape;
            if (shape.rankKnown() && shape.rank() == 0) return Support::no(node.opType + ": 0-d (scalar) tensors have no oneDNN memory");
        }
        if (node.opType == "MaxPool" && node.outputs.size() > 1 && node.outputs[1] != kNoValue) {
            return Support::no("MaxPool: the Indices output is not supported by onednn");
        }
        const bool computedC = node.inputs.size() > 2 && node.inputs[2] != kNoValue && !graph.value(node.inputs[2]).constant;
        if (node.opType == "Gemm" && node.attributes.getFloat("beta", 1.0f) != 1.0f && computedC) {
            return Support::no("Gemm: beta != 1 needs a constant C on onednn");
        }
        return Support::yes();
    }

    Result<std::unique_ptr<Program>> compile(const CompileContext& context, const SubgraphOp& subgraph) override {
        for (NodeId id : subgraph.nodes) {
            const Support support = supports(context.graph, context.graph.node(id));
            if (!support.accepted) return Error(support.reason + " (node '" + context.graph.node(id).name + "')", ErrorKind::Failed);
        }
        auto type = computeType(subgraph.attributes.precision);
        if (!type) return type.error();
        ProgramSettings settings;
        settings.computeType = *type;
        settings.threads = subgraph.attributes.threads > 0 ? subgraph.attributes.threads
                           : context.threads > 0           ? context.threads
                                                           : omp_get_num_procs();
        settings.header = versionText() + " on " + isaName(dnnl::get_effective_cpu_isa()) + ", " +
                          (*type == memory::data_type::bf16 ? "bf16" : "fp32");
        return OnednnProgram::create(context, subgraph, std::move(settings));
    }
};

} // namespace

FUSEBOX_REGISTER_ADAPTER(OnednnAdapter);

} // namespace fusebox::onednn
