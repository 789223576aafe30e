#include "graph_scene.h"

#include "partition/plan_dot.h"

#include <cmath>

#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsItem>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace fusebox::studio {
namespace {

constexpr double kNodePadding = 8;        // points around a label
constexpr double kMinNodeWidth = 60;
constexpr double kDetailLevel = 0.45;     // below this zoom, labels are not drawn
constexpr double kArrowSize = 6;
constexpr int kItemRole = 0;              // QGraphicsItem::data key: the graph node id
constexpr int kSubgraphRole = 1;          // QGraphicsItem::data key: a collapsed subgraph id

QColor colorOf(const std::string& device) { return QColor(QString::fromStdString(deviceColor(device))); }

QString outputShape(const Graph& graph, const Node& node) {
    if (node.outputs.empty() || node.outputs[0] == kNoValue) return {};
    return QString::fromStdString(graph.value(node.outputs[0]).shape.toString());
}

} // namespace

class NodeItem : public QGraphicsItem {
public:
    NodeItem(const PictureNode& node, QSizeF size)
        : node_(node), rect_(QPointF(-size.width() / 2, -size.height() / 2), size), fill_(node.color) {
        setFlag(ItemIsSelectable);
        setToolTip(baseToolTip());
        setZValue(2);
    }

    const PictureNode& picture() const { return node_; }
    QColor fill() const { return fill_; }
    QString baseToolTip() const { return node_.title + QLatin1Char('\n') + node_.subtitle; }

    // The device colour and tooltip again when `fill` is invalid; `badge` beside the box.
    void setHeat(const QColor& fill, const QString& toolTip, const QString& badge) {
        fill_ = fill.isValid() ? fill : node_.color;
        setToolTip(fill.isValid() ? toolTip : baseToolTip());
        if (badge.isEmpty()) {
            delete badge_;
            badge_ = nullptr;
        } else {
            if (!badge_) badge_ = new QGraphicsSimpleTextItem(this);
            badge_->setText(badge);
            badge_->setBrush(QColor(0x1f, 0x3a, 0x93));
            badge_->setPos(rect_.right() + 4, rect_.top());
        }
        update();
    }

    QRectF boundingRect() const override { return rect_.adjusted(-2, -2, 2, 2); }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) override {
        const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
        painter->setPen(QPen(isSelected() ? QColor(0xd6, 0x27, 0x28) : QColor(0x44, 0x44, 0x44), isSelected() ? 3 : 1));
        painter->setBrush(fill_);
        painter->drawRoundedRect(rect_, 4, 4);
        if (detail < kDetailLevel) return; // too small to read: boxes only
        painter->setPen(Qt::black);
        const QRectF text = rect_.adjusted(kNodePadding / 2, 2, -kNodePadding / 2, -2);
        painter->drawText(text, Qt::AlignHCenter | Qt::AlignTop, node_.title);
        painter->drawText(text, Qt::AlignHCenter | Qt::AlignBottom, node_.subtitle);
    }

private:
    PictureNode node_;
    QRectF rect_;
    QColor fill_;
    QGraphicsSimpleTextItem* badge_ = nullptr;
};

namespace {

class EdgeItem : public QGraphicsPathItem {
public:
    EdgeItem(const QPainterPath& path, QPointF tip) : QGraphicsPathItem(path), tip_(tip) {
        setPen(QPen(QColor(0x55, 0x55, 0x55), 1));
        setZValue(1);
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override {
        QGraphicsPathItem::paint(painter, option, widget);
        const double angle = path().angleAtPercent(1.0) * M_PI / 180.0;
        const QPointF back(std::cos(angle) * kArrowSize, -std::sin(angle) * kArrowSize);
        const QPointF side(-back.y() / 2, back.x() / 2);
        painter->setBrush(pen().color());
        painter->drawPolygon(QPolygonF({tip_, tip_ - back + side, tip_ - back - side}));
    }

private:
    QPointF tip_;
};

class ClusterItem : public QGraphicsRectItem {
public:
    ClusterItem(const QRectF& rect, const PictureCluster& cluster) : QGraphicsRectItem(rect), label_(cluster.label) {
        QColor fill = cluster.color;
        fill.setAlpha(90);
        setBrush(fill);
        setPen(QPen(cluster.color.darker(130), 2));
        setZValue(0);
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override {
        QGraphicsRectItem::paint(painter, option, widget);
        painter->setPen(Qt::black);
        painter->drawText(rect().adjusted(4, 1, -4, 0), Qt::AlignLeft | Qt::AlignTop, label_);
    }

private:
    QString label_;
};

QString clusterLabel(const SubgraphOp& op) {
    return GraphScene::tr("subgraph %1 · %2").arg(op.id).arg(QString::fromStdString(op.device));
}

} // namespace

GraphPicture buildPicture(const PartitionedModel& session, bool fused, const QSet<int>& expanded, const QFont& font) {
    const Graph& graph = session.model().graph;
    const PartitionPlan& plan = session.plan;
    const QFontMetricsF metrics(font);
    GraphPicture picture;
    QHash<NodeId, int> layoutIndex; // graph node -> layout node

    const auto addNode = [&](PictureNode node, int cluster) {
        const double textWidth = std::max(metrics.horizontalAdvance(node.title), metrics.horizontalAdvance(node.subtitle));
        LayoutNode spec;
        spec.width = std::max(kMinNodeWidth, textWidth + 2 * kNodePadding);
        spec.height = 2 * metrics.height() + kNodePadding;
        spec.cluster = cluster;
        picture.request.nodes.append(spec);
        picture.nodes.append(std::move(node));
        return int(picture.request.nodes.size() - 1);
    };
    const auto nodePicture = [&](NodeId id, const std::string& device) {
        const Node& node = graph.node(id);
        const QString shape = outputShape(graph, node);
        return PictureNode{id, -1, QString::fromStdString(node.name),
                           QString::fromStdString(node.opType) + (shape.isEmpty() ? QString() : QLatin1Char(' ') + shape),
                           colorOf(device), {}};
    };

    for (const SubgraphOp& op : plan.subgraphs) {
        if (fused && !expanded.contains(op.id)) {
            PictureNode box{kNoNode, op.id, clusterLabel(op),
                            GraphScene::tr("%n node(s)", nullptr, int(op.nodes.size())), colorOf(op.device),
                            QList<NodeId>(op.nodes.begin(), op.nodes.end())};
            const int index = addNode(box, -1);
            for (NodeId id : op.nodes) layoutIndex.insert(id, index);
            continue;
        }
        const int cluster = picture.request.clusterCount++;
        picture.clusters.append(PictureCluster{op.id, clusterLabel(op), colorOf(op.device)});
        for (NodeId id : op.nodes) layoutIndex.insert(id, addNode(nodePicture(id, op.device), cluster));
    }
    for (NodeId id : plan.hostNodes) layoutIndex.insert(id, addNode(nodePicture(id, kHostDevice), -1));

    QSet<QPair<int, int>> seen; // one edge per pair of layout nodes
    for (const auto& [to, toIndex] : layoutIndex.asKeyValueRange()) {
        for (ValueId input : valuesRead(graph, graph.node(to))) {
            if (input == kNoValue) continue;
            const NodeId from = graph.value(input).producer;
            const auto source = layoutIndex.constFind(from);
            if (source == layoutIndex.constEnd() || *source == toIndex) continue;
            if (seen.contains({*source, toIndex})) continue;
            seen.insert({*source, toIndex});
            picture.request.edges.append(LayoutEdge{*source, toIndex});
        }
    }
    // Deterministic edge order, so equal graphs give equal cache keys.
    std::sort(picture.request.edges.begin(), picture.request.edges.end(),
              [](const LayoutEdge& a, const LayoutEdge& b) { return std::pair(a.from, a.to) < std::pair(b.from, b.to); });
    return picture;
}

GraphScene::GraphScene(QObject* parent) : QGraphicsScene(parent) {}

void GraphScene::clearPicture() {
    clear();
    itemsByNode_.clear();
    nodeItems_.clear();
    subgraphNodes_.clear();
}

void GraphScene::showLayout(const GraphPicture& picture, const LayoutResult& layout) {
    clearPicture();
    if (layout.centers.size() != picture.nodes.size()) return; // a layout of another picture
    for (int index = 0; index < picture.clusters.size() && index < layout.clusters.size(); ++index) {
        addItem(new ClusterItem(layout.clusters[index], picture.clusters[index]));
    }
    for (int index = 0; index < picture.nodes.size(); ++index) {
        const PictureNode& node = picture.nodes[index];
        const LayoutNode& spec = picture.request.nodes[index];
        auto* item = new NodeItem(node, QSizeF(spec.width, spec.height));
        item->setPos(layout.centers[index]);
        item->setData(kItemRole, node.node);
        item->setData(kSubgraphRole, node.subgraph);
        addItem(item);
        nodeItems_.append(item);
        if (node.node != kNoNode) itemsByNode_.insert(node.node, item);
        for (NodeId member : node.members) itemsByNode_.insert(member, item);
        if (node.subgraph >= 0) subgraphNodes_.insert(node.subgraph, node.members);
    }
    for (int index = 0; index < layout.edges.size(); ++index) {
        addItem(new EdgeItem(layout.edges[index], layout.arrowTips[index]));
    }
    setSceneRect(layout.bounds.adjusted(-20, -20, 20, 20));
    if (heat_) applyHeat();
}

void GraphScene::setHeatMap(std::shared_ptr<const HeatMap> heat) {
    heat_ = std::move(heat);
    applyHeat();
    emit heatMapChanged();
}

void GraphScene::applyHeat() {
    heatMax_ = 0;
    if (!heat_) {
        for (NodeItem* item : std::as_const(nodeItems_)) item->setHeat({}, {}, {});
        return;
    }
    // First the figure of every item (a box adds up its members), then the scale, then colours.
    struct Painted {
        NodeItem* item;
        std::optional<double> value;
        QString toolTip, badge;
    };
    std::vector<Painted> painted;
    painted.reserve(std::size_t(nodeItems_.size()));
    for (NodeItem* item : std::as_const(nodeItems_)) {
        const PictureNode& node = item->picture();
        Painted p{item, std::nullopt, item->baseToolTip(), {}};
        HeatFigure figure;
        bool found = false;
        const auto add = [&](NodeId id) {
            if (auto it = heat_->nodes.constFind(id); it != heat_->nodes.constEnd()) {
                figure += *it;
                found = true;
                return true;
            }
            return false;
        };
        if (node.node != kNoNode) {
            add(node.node);
            if (auto text = heat_->tooltips.constFind(node.node); text != heat_->tooltips.constEnd()) p.toolTip += QLatin1Char('\n') + *text;
            p.badge = heat_->accuracy.value(node.node);
        } else {
            bool missing = false;
            for (NodeId member : node.members) {
                if (!add(member)) missing = true;
                if (auto badge = heat_->accuracy.constFind(member); badge != heat_->accuracy.constEnd()) p.badge += *badge;
            }
            if (missing && heat_->subgraphs.contains(node.subgraph)) {
                figure += heat_->subgraphs.value(node.subgraph);
                found = true;
            }
        }
        if (found) {
            p.value = heat_->valueOf(figure);
            p.toolTip += QLatin1Char('\n') + heat_->title + QStringLiteral(": ") + heat_->formatValue(*p.value);
            if (!std::isnan(*p.value)) heatMax_ = std::max(heatMax_, *p.value);
        }
        painted.push_back(std::move(p));
    }
    const QColor unmeasured(0xee, 0xee, 0xee);
    for (const Painted& p : painted) p.item->setHeat(p.value ? heat_->colorOf(*p.value, heatMax_) : unmeasured, p.toolTip, p.badge);
}

QColor GraphScene::fillOfNode(NodeId node) const {
    auto* item = static_cast<NodeItem*>(itemsByNode_.value(node));
    return item ? item->fill() : QColor();
}

QString GraphScene::toolTipOfNode(NodeId node) const {
    const QGraphicsItem* item = itemsByNode_.value(node);
    return item ? item->toolTip() : QString();
}

QList<NodeId> GraphScene::selectedNodes() const {
    QList<NodeId> nodes;
    for (QGraphicsItem* item : selectedItems()) {
        const int subgraph = item->data(kSubgraphRole).toInt();
        if (subgraph >= 0) nodes.append(subgraphNodes_.value(subgraph));
        else nodes.append(item->data(kItemRole).value<NodeId>());
    }
    std::sort(nodes.begin(), nodes.end()); // graph order, so edits list names in a stable order
    return nodes;
}

QRectF GraphScene::selectNodes(const QList<NodeId>& nodes) {
    const QSignalBlocker blocker(this);
    clearSelection();
    QRectF area;
    for (NodeId node : nodes) {
        QGraphicsItem* item = itemsByNode_.value(node);
        if (!item) continue;
        item->setSelected(true);
        area |= item->sceneBoundingRect();
    }
    return area;
}

int GraphScene::subgraphAt(const QPointF& scenePos) const {
    for (QGraphicsItem* item : items(scenePos)) {
        if (const int subgraph = item->data(kSubgraphRole).toInt(); item->data(kSubgraphRole).isValid() && subgraph >= 0) {
            return subgraph;
        }
    }
    return -1;
}

QRectF GraphScene::nodeBounds(NodeId node) const {
    const QGraphicsItem* item = itemsByNode_.value(node);
    return item ? item->sceneBoundingRect() : QRectF();
}

} // namespace fusebox::studio
