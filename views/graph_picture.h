#pragma once
// What the graph canvas shows, ready for layout: the plan node by node with one cluster
// per subgraph, or the fused view, where the groups of a GraphHierarchy are boxes until
// they are expanded (then a cluster around what they hold).

#include "graph_hierarchy.h"
#include "graph_layout.h"
#include "workflow/model_session.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QSet>
#include <QString>

#include <cstdint>

namespace fusebox::studio {

// What one layout node stands for: a graph node, or a box of several.
struct PictureNode {
    NodeId node = kNoNode; // kNoNode for a box
    int subgraph = -1;     // a box of one whole subgraph: its id
    QString title;
    QString subtitle;
    QColor color;
    QList<NodeId> members; // a box's nodes
    uint64_t group = 0;    // a box: the key of its hierarchy group
};

struct PictureCluster {
    int subgraph = -1;  // a cluster of one whole subgraph: its id
    QString label;
    QColor color;
    uint64_t group = 0; // an expanded hierarchy group: its key (0 in the unfused view)
};

// A graph ready for layout, with what each layout node and cluster means.
struct GraphPicture {
    Q_DECLARE_TR_FUNCTIONS(fusebox::studio::GraphPicture)

public:
    LayoutRequest request;
    QList<PictureNode> nodes;
    QList<PictureCluster> clusters;
};

// Every node, each subgraph a cluster.
GraphPicture buildPicture(const PartitionedModel& session, const QFont& font);

// The hierarchy's top level with the groups in `expanded` open (by key). A top level of a
// single group is always open: one box alone says nothing.
GraphPicture buildFusedPicture(const PartitionedModel& session, const GraphHierarchy& hierarchy,
                               const QSet<uint64_t>& expanded, const QFont& font);

} // namespace fusebox::studio
