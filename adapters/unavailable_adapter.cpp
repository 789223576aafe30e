// Stands in for an adapter whose library was missing (or that was switched off) when the
// build was configured, so its device is listed as unavailable with the reason instead
// of being unknown. Compiled once per such adapter, with FUSEBOX_ADAPTER_NAME and
// FUSEBOX_ADAPTER_REASON defined (see fusebox_add_unavailable_adapter).
#include "runtime/adapter.h"

namespace fusebox {

namespace {

class UnavailableAdapter : public Adapter {
public:
    std::string name() const override { return FUSEBOX_ADAPTER_NAME; }
    AdapterProbe probe() const override { return {false, {}, {}, FUSEBOX_ADAPTER_REASON}; }
    Support supports(const Graph&, const Node& node) const override { return Support::no(node.opType + ": " FUSEBOX_ADAPTER_REASON); }
    Result<std::unique_ptr<Program>> compile(const CompileContext&, const SubgraphOp&) override {
        return Error(FUSEBOX_ADAPTER_REASON, ErrorKind::Failed);
    }
};

} // namespace

FUSEBOX_REGISTER_ADAPTER(UnavailableAdapter);

} // namespace fusebox
