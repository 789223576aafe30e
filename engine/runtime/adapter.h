#pragma once
// The adapter contract, in the shape of a vendor HAL: probe the device, claim nodes,
// compile a subgraph operator into a Program, run it. Adapters register themselves
// (FUSEBOX_REGISTER_ADAPTER), so adding one touches no central table.

#include "core/result.h"
#include "devices/device_profile.h"
#include "partition/partition_plan.h"
#include "runtime/tensor.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace fusebox {

struct AdapterProbe {
    bool available = false;
    std::string version;     // library version, e.g. "oneDNN 2.6.3"
    std::string description; // the device, e.g. "x86-64 with AVX-512"
    std::string reason;      // why it is not available
};

struct ProgramTimings {
    std::vector<std::pair<NodeId, double>> nodeMs; // where the adapter can tell
};

// What a device executes for one subgraph operator.
class Program {
public:
    virtual ~Program() = default;
    // `inputs` in the order of the subgraph's inputs; fills `outputs` in the order of its
    // outputs. `timings` may be null (no per-node timing wanted).
    // Layout: rank-4 inputs and outputs are in the subgraph's layout
    // (SubgraphOp::attributes.layout, "NCHW" or "NHWC"); the executor converts them at
    // the boundary and counts the conversions. Constants the program reads from the graph
    // itself (weights) are in the graph's layout, NCHW. Element types are the graph's:
    // a program that computes in another precision converts inside.
    virtual Status run(const std::vector<Tensor>& inputs, std::vector<Tensor>& outputs, ProgramTimings* timings) = 0;
    // The compiled form as text a person can read (primitives, kernels, generated code).
    virtual std::string describe() const = 0;
};

struct CompileContext {
    const Graph& graph;                    // valid during compile() and for the Program's life
    const std::map<std::string, int64_t>& opsets;
    int threads = 0;                       // 0: all cores
};

class Adapter {
public:
    virtual ~Adapter() = default;
    virtual std::string name() const = 0;
    virtual AdapterProbe probe() const = 0;
    virtual Support supports(const Graph& graph, const Node& node) const = 0;
    virtual Result<std::unique_ptr<Program>> compile(const CompileContext& context, const SubgraphOp& subgraph) = 0;
};

class AdapterRegistry {
public:
    static bool add(std::unique_ptr<Adapter> adapter);
    static Adapter* find(const std::string& name); // nullptr when not built in
    static std::vector<Adapter*> all();
};

#define FUSEBOX_REGISTER_ADAPTER(TYPE) \
    [[maybe_unused]] static const bool kRegistered##TYPE = ::fusebox::AdapterRegistry::add(std::make_unique<TYPE>())

} // namespace fusebox
