#include "fused_view_state.h"

namespace fusebox::studio {

const GraphHierarchy& FusedViewState::hierarchyOf(const std::shared_ptr<const PartitionedModel>& session) {
    if (session != session_.lock() || !hierarchy_) {
        hierarchy_ = std::make_unique<GraphHierarchy>(session->model().graph, session->plan);
        session_ = session;
    }
    return *hierarchy_;
}

GraphPicture FusedViewState::picture(const std::shared_ptr<const PartitionedModel>& session, const QFont& font) {
    return buildFusedPicture(*session, hierarchyOf(session), expanded_, font);
}

bool FusedViewState::toggle(const std::shared_ptr<const PartitionedModel>& session, uint64_t key) {
    if (hierarchyOf(session).find(key) < 0) return false;
    if (!expanded_.remove(key)) expanded_.insert(key);
    return true;
}

bool FusedViewState::reveal(const std::shared_ptr<const PartitionedModel>& session, NodeId node) {
    const GraphHierarchy& hierarchy = hierarchyOf(session);
    bool opened = false;
    for (int index : hierarchy.pathTo(node)) {
        const HierarchyGroup& group = hierarchy.groups()[std::size_t(index)];
        if (group.size() > 1 && !expanded_.contains(group.key())) {
            expanded_.insert(group.key());
            opened = true;
        }
    }
    return opened;
}

} // namespace fusebox::studio
