#include "graph_scene.h"

#include <cmath>

#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsItem>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace fusebox::studio {
namespace {

constexpr double kNodePadding = 8;        // points around a label
constexpr double kDetailLevel = 0.45;     // below this zoom, labels are not drawn
constexpr double kArrowSize = 6;
constexpr int kGroupRole = 0;             // QGraphicsItem::data key: a box's or a cluster's group key

} // namespace

class NodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

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

    int type() const override { return Type; }
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
    EdgeItem(const QPainterPath& path, QPointF tip)
        : QGraphicsPathItem(path), start_(path.elementCount() > 0 ? QPointF(path.elementAt(0)) : tip), tip_(tip) {
        setPen(QPen(QColor(0x55, 0x55, 0x55), 1));
        setZValue(1);
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override {
        if (option->levelOfDetailFromTransform(painter->worldTransform()) < kDetailLevel) {
            painter->setPen(pen()); // too small to tell a curve from a line: the line is cheaper
            painter->drawLine(start_, tip_);
            return;
        }
        QGraphicsPathItem::paint(painter, option, widget);
        const double angle = path().angleAtPercent(1.0) * M_PI / 180.0;
        const QPointF back(std::cos(angle) * kArrowSize, -std::sin(angle) * kArrowSize);
        const QPointF side(-back.y() / 2, back.x() / 2);
        painter->setBrush(pen().color());
        painter->drawPolygon(QPolygonF({tip_, tip_ - back + side, tip_ - back - side}));
    }

private:
    QPointF start_;
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
        setData(kGroupRole, QVariant::fromValue<quint64>(cluster.group));
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override {
        QGraphicsRectItem::paint(painter, option, widget);
        painter->setPen(Qt::black);
        painter->drawText(rect().adjusted(4, 1, -4, 0), Qt::AlignLeft | Qt::AlignTop, label_);
    }

private:
    QString label_;
};

} // namespace

GraphScene::GraphScene(QObject* parent) : QGraphicsScene(parent) {}

void GraphScene::clearPicture() {
    clear();
    itemsByNode_.clear();
    nodeItems_.clear();
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
        item->setData(kGroupRole, QVariant::fromValue<quint64>(node.group));
        addItem(item);
        nodeItems_.append(item);
        if (node.node != kNoNode) itemsByNode_.insert(node.node, item);
        for (NodeId member : node.members) itemsByNode_.insert(member, item);
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
    for (QGraphicsItem* selected : selectedItems()) {
        const auto* item = qgraphicsitem_cast<const NodeItem*>(selected);
        if (!item) continue;
        if (item->picture().node != kNoNode) nodes.append(item->picture().node);
        else nodes.append(item->picture().members);
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

uint64_t GraphScene::groupAt(const QPointF& scenePos) const {
    // Topmost first: a node or box over its cluster, inner clusters over outer ones. A plain
    // node (key 0) hides the cluster under it, so a double-click on it collapses nothing.
    for (QGraphicsItem* item : items(scenePos)) {
        const uint64_t key = item->data(kGroupRole).value<quint64>();
        if (key != 0 || item->type() == NodeItem::Type) return key;
    }
    return 0;
}

bool GraphScene::showsNodeItself(NodeId node) const {
    const auto* item = qgraphicsitem_cast<const NodeItem*>(itemsByNode_.value(node));
    return item && item->picture().node == node;
}

QRectF GraphScene::nodeBounds(NodeId node) const {
    const QGraphicsItem* item = itemsByNode_.value(node);
    return item ? item->sceneBoundingRect() : QRectF();
}

} // namespace fusebox::studio
