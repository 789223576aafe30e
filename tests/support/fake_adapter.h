#pragma once
// A fake device adapter: it accepts every node and its programs run on the host
// kernels, so the executor's plumbing (and whatever drives it) is tested without
// hardware. An NHWC one takes and gives rank-4 tensors as NHWC, like a real NHWC
// device. One with refused ops claims their nodes at partition time but fails to
// compile any subgraph that holds one, like a vendor compiler that rejects what its
// operator list promised. Links against the host adapter's objects.

#include "runtime/adapter.h"
#include "runtime/layout.h"

#include <set>
#include <string>
#include <vector>

namespace fusebox::test {

class FakeAdapter : public Adapter {
public:
    static inline int compiled = 0; // programs compiled by every fake adapter so far
    static inline std::vector<std::vector<int64_t>> nhwcInputDims; // the dims NHWC programs were given

    FakeAdapter(std::string name, bool available, Layout layout = Layout::NCHW, std::set<std::string> refusedOps = {})
        : name_(std::move(name)), available_(available), layout_(layout), refusedOps_(std::move(refusedOps)) {}
    std::string name() const override { return name_; }
    AdapterProbe probe() const override;
    Support supports(const Graph&, const Node&) const override { return Support::yes(); }
    Result<std::unique_ptr<Program>> compile(const CompileContext& context, const SubgraphOp& op) override;

private:
    std::string name_;
    bool available_;
    Layout layout_;
    std::set<std::string> refusedOps_; // op types compile() fails on
};

// What compile() of a fake adapter says about the first node of a refused op type.
std::string fakeCompileError(const Node& node);

// Registers a FakeAdapter named `name` unless one of that name exists. An unavailable
// one probes as "device not attached".
void registerFakeAdapter(const std::string& name, bool available = true, Layout layout = Layout::NCHW,
                         const std::set<std::string>& refusedOps = {});

} // namespace fusebox::test
