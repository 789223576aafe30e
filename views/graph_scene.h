#pragma once
// A laid-out GraphPicture as a QGraphicsScene: clusters in their device's colour, nodes
// labelled with name, op type and output shape (boxes with what they hold and how many
// nodes), edges as Graphviz splines. Below a readable zoom, boxes without text and edges
// as straight lines.

#include "graph_layout.h"
#include "graph_picture.h"
#include "heat_map.h"

#include <QGraphicsScene>
#include <QSet>

#include <memory>

namespace fusebox::studio {

class NodeItem;

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
    // The key of the innermost box or expanded group at this point, 0 when none.
    uint64_t groupAt(const QPointF& scenePos) const;
    // Whether an item shows `node` (itself, or a box holding it).
    bool hasNode(NodeId node) const { return itemsByNode_.contains(node); }
    // Whether `node` has an item of its own (not a box).
    bool showsNodeItself(NodeId node) const;
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
};

} // namespace fusebox::studio
