#include "graph_picture.h"

#include "partition/plan_dot.h"

#include <QFontMetricsF>

#include <algorithm>
#include <vector>

namespace fusebox::studio {
namespace {

constexpr double kNodePadding = 8; // points around a label, as the scene draws it
constexpr double kMinNodeWidth = 60;
constexpr double kMinBoxWidth = 150; // a box of many nodes: wide enough to be seen at low zoom
constexpr int kNameChars = 28;       // a node name in a box's title, at most

QColor colorOf(const std::string& device) { return QColor(QString::fromStdString(deviceColor(device))); }

QString shortName(const std::string& name) {
    const QString text = QString::fromStdString(name);
    return text.size() <= kNameChars ? text : text.left(kNameChars - 1) + QChar(0x2026);
}

// Boxes hold two nodes or more (one alone is shown as the node).
QString count(int nodes) { return GraphPicture::tr("%L1 nodes").arg(nodes); }

// Collects layout nodes and clusters, remembering which layout node shows each graph
// node, and derives the edges from the graph at the end.
class PictureBuilder {
public:
    PictureBuilder(const PartitionedModel& session, const QFont& font)
        : graph_(session.model().graph), plan_(session.plan), metrics_(font), shownBy_(graph_.nodeIdBound(), -1) {}

    const Graph& graph() const { return graph_; }
    const PartitionPlan& plan() const { return plan_; }

    std::string deviceOf(int subgraph) const {
        const SubgraphOp* op = subgraph >= 0 ? plan_.findSubgraph(subgraph) : nullptr;
        return op ? op->device : std::string(kHostDevice);
    }

    void addNode(NodeId id, int subgraph, int cluster) {
        const Node& node = graph_.node(id);
        QString subtitle = QString::fromStdString(node.opType);
        if (!node.outputs.empty() && node.outputs[0] != kNoValue) {
            const std::string shape = graph_.value(node.outputs[0]).shape.toString();
            if (!shape.empty()) subtitle += QLatin1Char(' ') + QString::fromStdString(shape);
        }
        add(PictureNode{id, -1, QString::fromStdString(node.name), subtitle, colorOf(deviceOf(subgraph)), {}, 0}, cluster,
            kMinNodeWidth);
    }

    void addBox(PictureNode box, int cluster) { add(std::move(box), cluster, kMinBoxWidth); }

    int addCluster(PictureCluster cluster, int parent) {
        picture_.clusters.append(std::move(cluster));
        picture_.request.clusterParents.append(parent);
        return picture_.request.clusterCount++;
    }

    GraphPicture finish() {
        std::vector<std::pair<int, int>> edges; // one per pair of layout nodes
        for (NodeId to : graph_.nodeIds()) {
            const int target = shownBy_[to];
            if (target < 0) continue;
            for (ValueId input : valuesRead(graph_, graph_.node(to))) {
                if (input == kNoValue) continue;
                const NodeId from = graph_.value(input).producer;
                if (from == kNoNode || from >= shownBy_.size()) continue;
                const int source = shownBy_[from];
                if (source >= 0 && source != target) edges.emplace_back(source, target);
            }
        }
        // Sorted, so that equal graphs give equal cache keys.
        std::sort(edges.begin(), edges.end());
        edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
        picture_.request.edges.reserve(qsizetype(edges.size()));
        for (const auto& [from, to] : edges) picture_.request.edges.append(LayoutEdge{from, to});
        return std::move(picture_);
    }

private:
    void add(PictureNode node, int cluster, double minWidth) {
        const double textWidth = std::max(metrics_.horizontalAdvance(node.title), metrics_.horizontalAdvance(node.subtitle));
        LayoutNode spec;
        spec.width = std::max(minWidth, textWidth + 2 * kNodePadding);
        spec.height = 2 * metrics_.height() + kNodePadding;
        spec.cluster = cluster;
        const int index = int(picture_.request.nodes.size());
        picture_.request.nodes.append(spec);
        if (node.node != kNoNode) shownBy_[node.node] = index;
        for (NodeId member : node.members) shownBy_[member] = index;
        picture_.nodes.append(std::move(node));
    }

    const Graph& graph_;
    const PartitionPlan& plan_;
    QFontMetricsF metrics_;
    std::vector<int> shownBy_; // per NodeId, the layout node showing it (-1: none)
    GraphPicture picture_;
};

QString subgraphLabel(const SubgraphOp& op) {
    return GraphPicture::tr("subgraph %1 · %2").arg(op.id).arg(QString::fromStdString(op.device));
}

// Adds the fused view's levels: boxes for collapsed groups, clusters around open ones.
class FusedPicture {
public:
    FusedPicture(PictureBuilder& builder, const GraphHierarchy& hierarchy, const QSet<uint64_t>& expanded)
        : builder_(builder), hierarchy_(hierarchy), expanded_(expanded) {}

    void addLevel(const std::vector<int>& level, int cluster, bool alwaysOpen) {
        for (int index : level) {
            const HierarchyGroup& group = hierarchy_.groups()[std::size_t(index)];
            if (group.size() == 1) {
                builder_.addNode(hierarchy_.order()[std::size_t(group.begin)], hierarchy_.subgraphAt(group.begin), cluster);
            } else if (alwaysOpen || expanded_.contains(group.key())) {
                const int inner = builder_.addCluster(
                    PictureCluster{group.whole ? group.subgraph : -1, clusterLabel(group), groupColor(group), group.key()},
                    cluster);
                if (group.children.empty()) addMembers(group, inner);
                else addLevel(group.children, inner, false);
            } else {
                const auto members = hierarchy_.members(group);
                builder_.addBox(PictureNode{kNoNode, group.whole ? group.subgraph : -1, title(group), subtitle(group),
                                            groupColor(group), QList<NodeId>(members.begin(), members.end()), group.key()},
                                cluster);
            }
        }
    }

private:
    // A leaf's nodes one by one; in a section, each subgraph's nodes in a cluster of their own.
    void addMembers(const HierarchyGroup& group, int cluster) {
        QHash<int, int> clusterOfSubgraph;
        for (int position = group.begin; position < group.end; ++position) {
            const int subgraph = hierarchy_.subgraphAt(position);
            int owner = cluster;
            if (group.kind == HierarchyGroup::Kind::Section && subgraph >= 0) {
                auto found = clusterOfSubgraph.constFind(subgraph);
                if (found == clusterOfSubgraph.constEnd()) {
                    const SubgraphOp* op = builder_.plan().findSubgraph(subgraph);
                    found = clusterOfSubgraph.insert(
                        subgraph, builder_.addCluster(PictureCluster{subgraph, op ? subgraphLabel(*op) : QString(),
                                                                     colorOf(builder_.deviceOf(subgraph)), 0},
                                                      cluster));
                }
                owner = *found;
            }
            builder_.addNode(hierarchy_.order()[std::size_t(position)], subgraph, owner);
        }
    }

    QColor groupColor(const HierarchyGroup& group) const {
        if (group.kind != HierarchyGroup::Kind::Section) return colorOf(builder_.deviceOf(group.subgraph));
        // A section takes the colour of the device that runs most of its nodes.
        QHash<QString, int> nodesByDevice;
        QString most;
        for (int position = group.begin; position < group.end; ++position) {
            const QString device = QString::fromStdString(builder_.deviceOf(hierarchy_.subgraphAt(position)));
            if (++nodesByDevice[device] > nodesByDevice.value(most)) most = device;
        }
        return colorOf(most.toStdString());
    }

    QString nameOf(int position) const { return shortName(builder_.graph().node(hierarchy_.order()[std::size_t(position)]).name); }

    // What tells the group apart from its siblings: its scope, its first and last node.
    QString title(const HierarchyGroup& group) const {
        if (group.kind == HierarchyGroup::Kind::Section) {
            int first = -1, last = -1;
            for (int position = group.begin; position < group.end; ++position) {
                if (const int subgraph = hierarchy_.subgraphAt(position); subgraph >= 0) {
                    if (first < 0) first = subgraph;
                    last = subgraph;
                }
            }
            if (first < 0) return GraphPicture::tr("host nodes");
            return first == last ? GraphPicture::tr("subgraph %1 and host nodes").arg(first)
                                 : GraphPicture::tr("subgraphs %1–%2").arg(first).arg(last);
        }
        if (!group.scope.empty()) return QString::fromStdString(group.scope);
        if (!group.firstScope.empty()) {
            return QString::fromStdString(group.firstScope) + QStringLiteral(" … ") + QString::fromStdString(group.lastScope);
        }
        if (group.whole && group.kind == HierarchyGroup::Kind::Host) return GraphPicture::tr("host nodes");
        if (group.whole) {
            const SubgraphOp* op = builder_.plan().findSubgraph(group.subgraph);
            return op ? subgraphLabel(*op) : QString();
        }
        return nameOf(group.begin) + QStringLiteral(" … ") + nameOf(group.end - 1);
    }

    QString subtitle(const HierarchyGroup& group) const {
        if (group.kind == HierarchyGroup::Kind::Section || group.whole) return count(group.size());
        if (group.kind == HierarchyGroup::Kind::Host) return GraphPicture::tr("host · %1").arg(count(group.size()));
        const SubgraphOp* op = builder_.plan().findSubgraph(group.subgraph);
        return (op ? subgraphLabel(*op) + QStringLiteral(" · ") : QString()) + count(group.size());
    }

    QString clusterLabel(const HierarchyGroup& group) const {
        const QString name = title(group);
        return group.whole && group.kind == HierarchyGroup::Kind::Subgraph ? name : name + QStringLiteral(" · ") + subtitle(group);
    }


    PictureBuilder& builder_;
    const GraphHierarchy& hierarchy_;
    const QSet<uint64_t>& expanded_;
};

} // namespace

GraphPicture buildPicture(const PartitionedModel& session, const QFont& font) {
    PictureBuilder builder(session, font);
    for (const SubgraphOp& op : session.plan.subgraphs) {
        const int cluster = builder.addCluster(PictureCluster{op.id, subgraphLabel(op), colorOf(op.device), 0}, -1);
        for (NodeId id : op.nodes) builder.addNode(id, op.id, cluster);
    }
    for (NodeId id : session.plan.hostNodes) builder.addNode(id, -1, -1);
    return builder.finish();
}

GraphPicture buildFusedPicture(const PartitionedModel& session, const GraphHierarchy& hierarchy, const QSet<uint64_t>& expanded,
                               const QFont& font) {
    PictureBuilder builder(session, font);
    FusedPicture fused(builder, hierarchy, expanded);
    const auto& top = hierarchy.topLevel();
    fused.addLevel(top, -1, top.size() == 1 && !hierarchy.groups()[std::size_t(top.front())].children.empty());
    return builder.finish();
}

} // namespace fusebox::studio
