#pragma once
// The overview (minimap) of the graph: the main view's scene, always fitted, in a small
// frame over the bottom-right corner of the main view, with the area the main view shows
// drawn as a rectangle. A click or drag centres the main view there. It hides itself
// while the main view shows every item (it would add nothing) or while switched off.

#include <QGraphicsView>
#include <QTimer>

namespace fusebox::studio {

class GraphView;

class GraphOverview : public QGraphicsView {
    Q_OBJECT

public:
    // A child of `mainView`, sharing its scene; lives as long as it.
    explicit GraphOverview(GraphView* mainView);

    void setSwitchedOn(bool on);
    bool isSwitchedOn() const { return switchedOn_; }
    // The scene area the main view shows, as the rectangle drawn here.
    QRectF viewportArea() const { return area_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void onSceneRectChanged();
    void fitScene();
    void placeInCorner();
    // Takes the main view's area and shows or hides this; runs once per burst of scroll,
    // zoom and resize signals, after the main view has settled.
    void refresh();
    void updateAreaOutline(const QRectF& area);
    void centreMainViewAt(const QPoint& position);

    GraphView* mainView_;
    QTimer refreshTimer_;
    QRectF area_;
    QRectF content_; // the items' bounds, taken when the scene rect changes (each layout sets it)
    bool switchedOn_ = true;
};

} // namespace fusebox::studio
