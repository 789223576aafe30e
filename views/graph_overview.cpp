#include "graph_overview.h"

#include "graph_view.h"

#include <QMouseEvent>
#include <QScrollBar>

namespace fusebox::studio {
namespace {

constexpr QSize kMaxSize(220, 160);
constexpr int kCornerMargin = 8;        // px between the overview and the main viewport's edges
constexpr int kOutlineWidth = 2;        // px, the area's rectangle
constexpr int kOutlineRepaintSlack = 3; // px either side of the rectangle repainted when it moves
const QColor kBackground(255, 255, 255, 220);
const QColor kOutline(220, 50, 47);

// The pixels along a rectangle's edges, where its outline is drawn.
QRegion outlineRegion(const QRect& rect) {
    const int slack = kOutlineRepaintSlack;
    return QRegion(rect.adjusted(-slack, -slack, slack, slack)) - QRegion(rect.adjusted(slack, slack, -slack, -slack));
}

} // namespace

GraphOverview::GraphOverview(GraphView* mainView) : QGraphicsView(mainView->scene(), mainView), mainView_(mainView) {
    // Only a picture to click on: no item interaction, no scrolling of its own, and
    // cheap to paint for graphs of thousands of items.
    setInteractive(false);
    setDragMode(NoDrag);
    setFocusPolicy(Qt::NoFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints({});
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setFrameStyle(QFrame::Box | QFrame::Plain);
    setLineWidth(1);
    setBackgroundBrush(kBackground);
    viewport()->setAutoFillBackground(false); // the graph below shows through the background

    // Scroll, zoom and resize of the main view all move its scroll bars or resize its
    // viewport; one refresh after them sees the settled view.
    refreshTimer_.setSingleShot(true);
    refreshTimer_.setInterval(0);
    connect(&refreshTimer_, &QTimer::timeout, this, &GraphOverview::refresh);
    for (QScrollBar* bar : {mainView->horizontalScrollBar(), mainView->verticalScrollBar()}) {
        connect(bar, &QScrollBar::valueChanged, &refreshTimer_, qOverload<>(&QTimer::start));
        connect(bar, &QScrollBar::rangeChanged, &refreshTimer_, qOverload<>(&QTimer::start));
    }
    connect(scene(), &QGraphicsScene::sceneRectChanged, this, &GraphOverview::onSceneRectChanged);
    mainView->viewport()->installEventFilter(this);

    onSceneRectChanged();
    placeInCorner();
    raise();
    refresh();
}

void GraphOverview::setSwitchedOn(bool on) {
    switchedOn_ = on;
    refresh();
}

bool GraphOverview::eventFilter(QObject* watched, QEvent* event) {
    if (watched == mainView_->viewport() && event->type() == QEvent::Resize) {
        placeInCorner();
        refreshTimer_.start();
    }
    return QGraphicsView::eventFilter(watched, event);
}

void GraphOverview::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    fitScene();
}

void GraphOverview::onSceneRectChanged() {
    content_ = scene()->itemsBoundingRect();
    fitScene();
    refreshTimer_.start();
}

void GraphOverview::fitScene() { fitInView(sceneRect(), Qt::KeepAspectRatio); }

// The bottom-right corner of the main viewport (not over the main view's scroll bars),
// at most half the viewport's size.
void GraphOverview::placeInCorner() {
    const QRect corner = mainView_->viewport()->geometry();
    const QSize size = kMaxSize.boundedTo(corner.size() / 2);
    setGeometry(QRect(corner.bottomRight() - QPoint(size.width() + kCornerMargin, size.height() + kCornerMargin), size));
}

void GraphOverview::refresh() {
    const QRectF area = mainView_->mapToScene(mainView_->viewport()->rect()).boundingRect();
    const bool everythingShown = content_.isEmpty() || area.contains(content_);
    setVisible(switchedOn_ && !everythingShown);
    if (area != area_) updateAreaOutline(area);
}

// Repaints only along the old and the new rectangle: the items inside stay as painted.
void GraphOverview::updateAreaOutline(const QRectF& area) {
    const QRegion dirty = outlineRegion(mapFromScene(area_).boundingRect()) + outlineRegion(mapFromScene(area).boundingRect());
    area_ = area;
    viewport()->update(dirty);
}

void GraphOverview::drawForeground(QPainter* painter, const QRectF&) {
    if (area_.isEmpty()) return;
    QPen pen(kOutline, kOutlineWidth);
    pen.setCosmetic(true); // pixels, whatever the scale
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(area_);
}

void GraphOverview::centreMainViewAt(const QPoint& position) { mainView_->centerOn(mapToScene(position)); }

void GraphOverview::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) centreMainViewAt(event->position().toPoint());
    event->accept();
}

void GraphOverview::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton) centreMainViewAt(event->position().toPoint());
    event->accept();
}

void GraphOverview::mouseReleaseEvent(QMouseEvent* event) { event->accept(); }

void GraphOverview::mouseDoubleClickEvent(QMouseEvent* event) { mousePressEvent(event); }

void GraphOverview::wheelEvent(QWheelEvent* event) { event->accept(); } // the overview never scrolls

} // namespace fusebox::studio
