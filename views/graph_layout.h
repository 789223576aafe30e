#pragma once
// Graph layout with Graphviz `dot`. cgraph is not thread-safe, so every Graphviz call
// happens on one dedicated worker thread owned by GraphLayouter; the UI thread only
// sends value copies of requests and receives results, queued.

#include <QByteArray>
#include <QElapsedTimer>
#include <QColor>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace fusebox::studio {

struct LayoutNode {
    double width = 0;  // points (1/72 inch), as Graphviz measures
    double height = 0;
    int cluster = -1;  // index into LayoutRequest::clusters, -1: none
};

struct LayoutEdge {
    int from = 0; // indices into LayoutRequest::nodes
    int to = 0;
};

struct LayoutRequest {
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
    int clusterCount = 0;

    // Identifies the request for the cache: same graph and partition, same key.
    QByteArray cacheKey() const;
};

// Scene coordinates (y grows downwards), in points.
struct LayoutResult {
    QList<QPointF> centers;      // per node
    QList<QPainterPath> edges;   // per edge, the spline
    QList<QPointF> arrowTips;    // per edge, where the arrow head points (the head node's border)
    QList<QRectF> clusters;      // per cluster
    QRectF bounds;
    QString error;               // set when Graphviz failed
    qint64 elapsedMs = 0;        // time spent in Graphviz
};

// Runs `dot` on the request. Call only on the layout thread.
LayoutResult layoutWithGraphviz(const LayoutRequest& request);

class LayoutWorker;

// Owns the layout thread and a cache of finished layouts. At most one result is
// delivered per request; a newer request or cancel() makes older ones stale.
class GraphLayouter : public QObject {
    Q_OBJECT

public:
    explicit GraphLayouter(QObject* parent = nullptr);
    ~GraphLayouter() override;

    void request(const LayoutRequest& request);
    void cancel();
    bool isBusy() const { return busy_; }

signals:
    void started();
    void finished(const fusebox::studio::LayoutResult& result);
    void cancelled();

private:
    void onDone(quint64 id, const QByteArray& key, const fusebox::studio::LayoutResult& result);

    QThread thread_;
    LayoutWorker* worker_ = nullptr; // lives on thread_
    std::shared_ptr<std::atomic<quint64>> latest_ = std::make_shared<std::atomic<quint64>>(0);
    QHash<QByteArray, LayoutResult> cache_;
    bool busy_ = false;
};

} // namespace fusebox::studio

Q_DECLARE_METATYPE(fusebox::studio::LayoutRequest)
Q_DECLARE_METATYPE(fusebox::studio::LayoutResult)
