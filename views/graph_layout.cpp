#include "graph_layout.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace fusebox::studio {
namespace {

constexpr double kPointsPerInch = 72.0;
constexpr int kCacheLimit = 16;

void set(void* object, const char* name, const QByteArray& value) {
    agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.constData()), const_cast<char*>(""));
}

QByteArray number(double value) { return QByteArray::number(value, 'f', 3); }

} // namespace

QByteArray LayoutRequest::cacheKey() const {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << clusterCount << qsizetype(nodes.size());
    for (const LayoutNode& node : nodes) stream << node.width << node.height << node.cluster;
    for (const LayoutEdge& edge : edges) stream << edge.from << edge.to;
    hash.addData(bytes);
    return hash.result();
}

namespace {

LayoutResult runDot(GVC_t* context, const LayoutRequest& request) {
    QElapsedTimer timer;
    timer.start();
    LayoutResult result;
    Agraph_t* graph = agopen(const_cast<char*>("g"), Agdirected, nullptr);
    // What keeps dot fast on large graphs: fractional network-simplex and crossing
    // limits, and ordinary splines (never "ortho").
    set(graph, "rankdir", "TB");
    set(graph, "nslimit", "0.5");
    set(graph, "nslimit1", "0.5");
    set(graph, "mclimit", "0.5");
    set(graph, "splines", "spline");
    set(graph, "nodesep", "0.25");
    set(graph, "ranksep", "0.35");

    QList<Agraph_t*> clusters;
    for (int index = 0; index < request.clusterCount; ++index) {
        QByteArray name = "cluster_" + QByteArray::number(index);
        Agraph_t* cluster = agsubg(graph, name.data(), 1);
        // A placeholder label so dot keeps a row free at the top; the scene draws the real one.
        set(cluster, "label", "subgraph");
        set(cluster, "labeljust", "l");
        set(cluster, "fontsize", "12");
        set(cluster, "margin", "12");
        clusters.append(cluster);
    }
    QList<Agnode_t*> nodes;
    for (int index = 0; index < request.nodes.size(); ++index) {
        const LayoutNode& spec = request.nodes[index];
        QByteArray name = "n" + QByteArray::number(index);
        Agraph_t* owner = spec.cluster >= 0 ? clusters[spec.cluster] : graph;
        Agnode_t* node = agnode(owner, name.data(), 1);
        set(node, "shape", "box");
        set(node, "fixedsize", "true");
        set(node, "label", "");
        set(node, "width", number(spec.width / kPointsPerInch));
        set(node, "height", number(spec.height / kPointsPerInch));
        nodes.append(node);
    }
    QList<Agedge_t*> edges;
    for (const LayoutEdge& spec : request.edges) {
        edges.append(agedge(graph, nodes[spec.from], nodes[spec.to], nullptr, 1));
    }

    if (gvLayout(context, graph, "dot") != 0) {
        result.error = QCoreApplication::translate("fusebox::studio::GraphLayouter", "Graphviz could not lay out the graph");
        agclose(graph);
        return result;
    }
    const boxf box = GD_bb(graph);
    const auto toScene = [&](pointf p) { return QPointF(p.x - box.LL.x, box.UR.y - p.y); };
    result.bounds = QRectF(0, 0, box.UR.x - box.LL.x, box.UR.y - box.LL.y);
    for (Agnode_t* node : nodes) result.centers.append(toScene(ND_coord(node)));
    for (Agedge_t* edge : edges) {
        QPainterPath path;
        QPointF tip;
        if (const splines* spl = ED_spl(edge); spl && spl->size > 0) {
            const bezier& curve = spl->list[0];
            path.moveTo(toScene(curve.list[0]));
            for (decltype(curve.size) i = 1; i + 2 < curve.size; i += 3) {
                path.cubicTo(toScene(curve.list[i]), toScene(curve.list[i + 1]), toScene(curve.list[i + 2]));
            }
            tip = curve.eflag ? toScene(curve.ep) : toScene(curve.list[curve.size - 1]);
            if (curve.eflag) path.lineTo(tip);
        }
        result.edges.append(path);
        result.arrowTips.append(tip);
    }
    for (Agraph_t* cluster : clusters) {
        const boxf bb = GD_bb(cluster);
        result.clusters.append(QRectF(toScene(bb.LL), toScene(bb.UR)).normalized());
    }
    gvFreeLayout(context, graph);
    agclose(graph);
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace

LayoutResult layoutWithGraphviz(const LayoutRequest& request) {
    GVC_t* context = gvContext();
    LayoutResult result = runDot(context, request);
    gvFreeContext(context);
    return result;
}

// Worker living on the layout thread; owns the Graphviz context.
class LayoutWorker : public QObject {
    Q_OBJECT

public:
    explicit LayoutWorker(std::shared_ptr<std::atomic<quint64>> latest) : latest_(std::move(latest)) {}
    ~LayoutWorker() override {
        if (context_) gvFreeContext(context_);
    }

public slots:
    void compute(quint64 id, const fusebox::studio::LayoutRequest& request) {
        if (id != latest_->load()) return; // cancelled or superseded while queued
        if (!context_) context_ = gvContext(); // created, used and freed on this thread only
        emit done(id, request.cacheKey(), runDot(context_, request));
    }

signals:
    void done(quint64 id, const QByteArray& key, const fusebox::studio::LayoutResult& result);

private:
    std::shared_ptr<std::atomic<quint64>> latest_;
    GVC_t* context_ = nullptr;
};

GraphLayouter::GraphLayouter(QObject* parent) : QObject(parent) {
    qRegisterMetaType<LayoutRequest>();
    qRegisterMetaType<LayoutResult>();
    thread_.setObjectName(QStringLiteral("graphviz-layout"));
    worker_ = new LayoutWorker(latest_);
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &LayoutWorker::done, this, &GraphLayouter::onDone);
    thread_.start();
}

GraphLayouter::~GraphLayouter() {
    latest_->store(0);
    thread_.quit();
    thread_.wait();
}

void GraphLayouter::request(const LayoutRequest& request) {
    const quint64 id = latest_->fetch_add(1) + 1;
    if (auto cached = cache_.constFind(request.cacheKey()); cached != cache_.constEnd()) {
        busy_ = false;
        emit finished(*cached);
        return;
    }
    busy_ = true;
    emit started();
    QMetaObject::invokeMethod(worker_, "compute", Qt::QueuedConnection, Q_ARG(quint64, id),
                              Q_ARG(fusebox::studio::LayoutRequest, request));
}

void GraphLayouter::cancel() {
    if (!busy_) return;
    latest_->fetch_add(1);
    busy_ = false;
    emit cancelled();
}

void GraphLayouter::onDone(quint64 id, const QByteArray& key, const LayoutResult& result) {
    if (id != latest_->load()) return;
    busy_ = false;
    if (result.error.isEmpty()) {
        if (cache_.size() >= kCacheLimit) cache_.clear();
        cache_.insert(key, result);
    }
    emit finished(result);
}

} // namespace fusebox::studio

#include "graph_layout.moc"
