// Stands in for the XNNPACK adapter in a build without the library, so the device is
// listed as unavailable with the reason instead of being unknown.
#include "runtime/adapter.h"

namespace fusebox::xnnpack {

namespace {

class UnavailableXnnpackAdapter : public Adapter {
public:
    std::string name() const override { return "xnnpack"; }
    AdapterProbe probe() const override { return {false, {}, {}, FUSEBOX_XNNPACK_REASON}; }
    Support supports(const Graph&, const Node& node) const override { return Support::no(node.opType + ": " FUSEBOX_XNNPACK_REASON); }
    Result<std::unique_ptr<Program>> compile(const CompileContext&, const SubgraphOp&) override {
        return Error(FUSEBOX_XNNPACK_REASON, ErrorKind::Failed);
    }
};

} // namespace

FUSEBOX_REGISTER_ADAPTER(UnavailableXnnpackAdapter);

} // namespace fusebox::xnnpack
