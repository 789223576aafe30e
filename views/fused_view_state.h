#pragma once
// The fused view's state across layouts: the hierarchy of the shown plan (rebuilt when
// the plan changes) and which of its groups are open.

#include "graph_hierarchy.h"
#include "graph_picture.h"

#include <QFont>
#include <QSet>

#include <memory>

namespace fusebox::studio {

class FusedViewState {
public:
    // The hierarchy of `session`'s plan.
    const GraphHierarchy& hierarchyOf(const std::shared_ptr<const PartitionedModel>& session);
    GraphPicture picture(const std::shared_ptr<const PartitionedModel>& session, const QFont& font);

    // Opens a closed group, closes an open one; false when `key` names no group of the plan.
    bool toggle(const std::shared_ptr<const PartitionedModel>& session, uint64_t key);
    // Opens every group on the way to `node`; false when it was already in view.
    bool reveal(const std::shared_ptr<const PartitionedModel>& session, NodeId node);
    void closeAll() { expanded_.clear(); }
    const QSet<uint64_t>& expanded() const { return expanded_; }

private:
    std::weak_ptr<const PartitionedModel> session_; // the plan of hierarchy_; not kept alive for it
    std::unique_ptr<GraphHierarchy> hierarchy_;
    QSet<uint64_t> expanded_;
};

} // namespace fusebox::studio
