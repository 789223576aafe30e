#pragma once
// The graph's viewport: zoom (Ctrl+wheel, actions), pan (middle button or scroll),
// fit, rubber-band selection; double-clicking a box of the fused view, or the frame of an
// expanded one, asks to expand or collapse it. A right click keeps a selection it lands
// in (the context menu acts on all of it), and files dropped on the canvas are handed on
// to be opened.

#include <QGraphicsView>

namespace fusebox::studio {

class GraphScene;

class GraphView : public QGraphicsView {
    Q_OBJECT

public:
    explicit GraphView(GraphScene* scene, QWidget* parent = nullptr);

    void zoomIn();
    void zoomOut();
    void resetZoom(); // 100 %
    void fit();
    double zoom() const { return transform().m11(); }

signals:
    void groupActivated(quint64 key); // a GraphHierarchy group's key
    void contextMenuWanted(const QPoint& globalPos);
    void filesDropped(const QStringList& paths);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void scaleBy(double factor);

    GraphScene* scene_;
    QPoint panFrom_;
    bool panning_ = false;
};

} // namespace fusebox::studio
