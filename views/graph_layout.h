#pragma once
// Graph layout with Graphviz `dot`: the request (node sizes, edges, clusters) goes to a
// helper process, positions and splines come back.

#include "background_job.h"

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPainterPath>
#include <QRectF>
#include <QString>

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
    // Per cluster, the cluster it sits in (an earlier one), -1: none. Empty: none is nested.
    QList<int> clusterParents;

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

// Runs `dot` on the request, in this process (the layout helper and tests call it).
LayoutResult layoutWithGraphviz(const LayoutRequest& request);

// The layout helper's protocol (app/studio/layout_helper.cpp): a serialized request on
// stdin, a serialized result on stdout.
QByteArray serializeRequest(const LayoutRequest& request);
bool deserializeRequest(const QByteArray& bytes, LayoutRequest* request);
QByteArray serializeResult(const LayoutResult& result);
bool deserializeResult(const QByteArray& bytes, LayoutResult* result);

// Lays out graphs in the background and keeps a cache of finished layouts. Each layout
// runs `dot` in a helper process (fusebox-layout, next to the studio binary): Graphviz
// cannot be interrupted in-process and takes minutes on graphs of thousands of nodes,
// so cancel() and a newer request() kill the helper at once and drop its result. Jobs go
// through JobRunner (background_job.h).
class GraphLayouter : public QObject {
    Q_OBJECT

public:
    explicit GraphLayouter(QObject* parent = nullptr);
    ~GraphLayouter() override;

    // Where the helper is; the default is fusebox-layout in the application's folder.
    static void setHelperPath(const QString& path);
    static QString helperPath();

    // Lays out `request`, superseding a layout still running.
    void request(const LayoutRequest& request);
    // Stops the running layout (kills the helper); its result is dropped.
    void cancel() { jobs_->cancel(); }
    bool isBusy() const { return jobs_->isBusy(); }
    // The layout jobs: started / cancelled / idle, elapsed time.
    JobRunner* jobs() const { return jobs_; }

signals:
    void finished(const fusebox::studio::LayoutResult& result);

private:
    JobRunner* jobs_;
    QHash<QByteArray, LayoutResult> cache_;
};

} // namespace fusebox::studio

Q_DECLARE_METATYPE(fusebox::studio::LayoutResult)
