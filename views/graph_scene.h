#pragma once
// The partitioned graph as a QGraphicsScene: one cluster per subgraph in its device's
// colour, nodes labelled with name, op type and output shape, edges as Graphviz splines.
// In the fused view a subgraph is one box until it is expanded.

#include "graph_layout.h"
#include "heat_map.h"
#include "workflow/model_session.h"

#include <QGraphicsScene>
#include <QSet>

#include <memory>

namespace fusebox::studio {

class NodeItem;

// What one layout node stands for: a graph node, or a collapsed subgraph.
struct PictureNode {
    NodeId node = kNoNode;
    int subgraph = -1; // a collapsed subgraph's id (node is kNoNode)
    QString title;
    QString subtitle;
    QColor color;
    QList<NodeId> members; // a collapsed subgraph's nodes
};

struct PictureCluster {
    int subgraph = -1;
    QString label;
    QColor color;
};

// A graph ready for layout, with what each layout node and cluster means.
struct GraphPicture {
    LayoutRequest request;
    QList<PictureNode> nodes;
    QList<PictureCluster> clusters;
};

// `fused`: subgraphs not in `expanded` become one box each.
GraphPicture buildPicture(const PartitionedModel& session, bool fused, const QSet<int>& expanded, const QFont& font);

class GraphScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit GraphScene(QObject* parent = nullptr);

    // Removes every item and the indexes over them (QGraphicsScene::clear() alone would
    // leave the indexes pointing at deleted items).
    void clearPicture();
    void showLayout(const GraphPicture& picture, const LayoutResult& layout);

    // Graph nodes under the selected items, in id order (a selected box stands for its
    // subgraph's nodes).
    QList<NodeId> selectedNodes() const;
    // Selects the items showing these nodes; returns the bounding rect of the selection.
    QRectF selectNodes(const QList<NodeId>& nodes);
    // The subgraph a double-clicked box stands for, or -1.
    int subgraphAt(const QPointF& scenePos) const;
    bool hasNode(NodeId node) const { return itemsByNode_.contains(node); }
    // Where the item showing `node` is (empty when none does).
    QRectF nodeBounds(NodeId node) const;

    // Paints nodes (and boxes: their members' figures added up) by the heat map's figures
    // instead of their device colour, with the accuracy of outputs beside their producers;
    // null restores the device colours. Kept across layouts. One pass over the items.
    void setHeatMap(std::shared_ptr<const HeatMap> heat);
    const HeatMap* heatMap() const { return heat_.get(); }
    double heatScaleMax() const { return heatMax_; } // the largest figure painted (time/share scales)
    // The colour the item showing `node` is filled with (invalid when not shown).
    QColor fillOfNode(NodeId node) const;
    QString toolTipOfNode(NodeId node) const;

signals:
    void heatMapChanged();

private:
    void applyHeat();

    QHash<NodeId, QGraphicsItem*> itemsByNode_;
    QList<NodeItem*> nodeItems_;
    std::shared_ptr<const HeatMap> heat_;
    double heatMax_ = 0;
    QHash<int, QList<NodeId>> subgraphNodes_;
};

} // namespace fusebox::studio
