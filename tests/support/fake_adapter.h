#pragma once
// A fake device adapter: it accepts every node and its programs run on the host
// kernels, so the executor's plumbing (and whatever drives it) is tested without
// hardware. Links against the host adapter's objects.

#include "runtime/adapter.h"

#include <string>

namespace fusebox::test {

class FakeAdapter : public Adapter {
public:
    static inline int compiled = 0; // programs compiled by every fake adapter so far

    FakeAdapter(std::string name, bool available) : name_(std::move(name)), available_(available) {}
    std::string name() const override { return name_; }
    AdapterProbe probe() const override;
    Support supports(const Graph&, const Node&) const override { return Support::yes(); }
    Result<std::unique_ptr<Program>> compile(const CompileContext& context, const SubgraphOp& op) override;

private:
    std::string name_;
    bool available_;
};

// Registers a FakeAdapter named `name` unless one of that name exists. An unavailable
// one probes as "device not attached".
void registerFakeAdapter(const std::string& name, bool available = true);

} // namespace fusebox::test
