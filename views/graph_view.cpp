#include "graph_view.h"

#include "graph_scene.h"

#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

namespace fusebox::studio {
namespace {

constexpr double kZoomStep = 1.25;
constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 8.0;

} // namespace

GraphView::GraphView(GraphScene* scene, QWidget* parent) : QGraphicsView(scene, parent), scene_(scene) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setBackgroundBrush(Qt::white);
}

void GraphView::scaleBy(double factor) {
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    scale(target / zoom(), target / zoom());
}

void GraphView::zoomIn() { scaleBy(kZoomStep); }
void GraphView::zoomOut() { scaleBy(1 / kZoomStep); }
void GraphView::resetZoom() { setTransform(QTransform()); }

void GraphView::fit() {
    if (scene()->itemsBoundingRect().isEmpty()) return;
    fitInView(scene()->itemsBoundingRect().adjusted(-10, -10, 10, 10), Qt::KeepAspectRatio);
    if (zoom() > 1.0) resetZoom(); // never blow a small graph up past 100 %
}

void GraphView::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    scaleBy(event->angleDelta().y() > 0 ? kZoomStep : 1 / kZoomStep);
    event->accept();
}

void GraphView::mousePressEvent(QMouseEvent* event) {
    // The scene would clear the selection on a right press no item takes; the context
    // menu event that follows decides instead.
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    if (event->button() != Qt::MiddleButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    panning_ = true;
    panFrom_ = event->position().toPoint();
    setCursor(Qt::ClosedHandCursor);
}

void GraphView::mouseMoveEvent(QMouseEvent* event) {
    if (!panning_) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint delta = event->position().toPoint() - panFrom_;
    panFrom_ = event->position().toPoint();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
}

void GraphView::mouseReleaseEvent(QMouseEvent* event) {
    if (panning_ && event->button() == Qt::MiddleButton) {
        panning_ = false;
        unsetCursor();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void GraphView::mouseDoubleClickEvent(QMouseEvent* event) {
    const uint64_t key = scene_->groupAt(mapToScene(event->position().toPoint()));
    if (key != 0) emit groupActivated(key);
    else QGraphicsView::mouseDoubleClickEvent(event);
}

void GraphView::contextMenuEvent(QContextMenuEvent* event) {
    // Right-clicking an unselected node selects it alone first, as file managers do; a
    // node of the selection keeps the whole selection.
    QGraphicsItem* item = itemAt(event->pos());
    while (item && !(item->flags() & QGraphicsItem::ItemIsSelectable)) item = item->parentItem();
    if (item && !item->isSelected()) {
        scene()->clearSelection();
        item->setSelected(true);
    }
    emit contextMenuWanted(event->globalPos());
}

void GraphView::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void GraphView::dragMoveEvent(QDragMoveEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void GraphView::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) paths.append(url.toLocalFile());
    }
    event->acceptProposedAction();
    if (!paths.isEmpty()) emit filesDropped(paths);
}

} // namespace fusebox::studio
