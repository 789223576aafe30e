#include "graph_layout.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QElapsedTimer>
#include <QIODevice>
#include <QProcess>

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
    return QCryptographicHash::hash(serializeRequest(*this), QCryptographicHash::Sha1);
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
        const int parent = index < request.clusterParents.size() ? request.clusterParents[index] : -1;
        Agraph_t* cluster = agsubg(parent >= 0 ? clusters[parent] : graph, name.data(), 1);
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

namespace {

constexpr int kPollMs = 20;
constexpr int kStartTimeoutMs = 10000;

QString& helperPathSetting() {
    static QString path;
    return path;
}

// Runs the helper on `request`, polling the job's cancel flag; a cancelled layout kills it.
LayoutResult layoutInHelper(const QString& helper, const LayoutRequest& request, const JobContext& job) {
    LayoutResult result;
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(helper, QStringList());
    if (!process.waitForStarted(kStartTimeoutMs)) {
        result.error = GraphLayouter::tr("Could not start the layout helper %1: %2").arg(helper, process.errorString());
        return result;
    }
    process.write(serializeRequest(request));
    process.closeWriteChannel();
    while (!process.waitForFinished(kPollMs)) {
        if (process.state() == QProcess::NotRunning) break;
        if (job.isCancelled()) {
            process.kill();
            process.waitForFinished();
            return result; // dropped by the runner
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
        !deserializeResult(process.readAllStandardOutput(), &result)) {
        result = {};
        result.error = GraphLayouter::tr("The layout helper %1 failed (exit code %2)").arg(helper).arg(process.exitCode());
    }
    return result;
}

} // namespace

QByteArray serializeRequest(const LayoutRequest& request) {
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << request.clusterCount << qsizetype(request.nodes.size()) << qsizetype(request.edges.size());
    for (const LayoutNode& node : request.nodes) stream << node.width << node.height << node.cluster;
    for (const LayoutEdge& edge : request.edges) stream << edge.from << edge.to;
    stream << request.clusterParents;
    return bytes;
}

bool deserializeRequest(const QByteArray& bytes, LayoutRequest* request) {
    QDataStream stream(bytes);
    qsizetype nodeCount = 0;
    qsizetype edgeCount = 0;
    stream >> request->clusterCount >> nodeCount >> edgeCount;
    // Counts beyond the byte count cannot be real; refusing them keeps resize() sane.
    if (stream.status() != QDataStream::Ok || nodeCount < 0 || edgeCount < 0 || request->clusterCount < 0 ||
        nodeCount > bytes.size() || edgeCount > bytes.size() || request->clusterCount > bytes.size()) {
        return false;
    }
    request->nodes.resize(nodeCount);
    request->edges.resize(edgeCount);
    for (LayoutNode& node : request->nodes) stream >> node.width >> node.height >> node.cluster;
    for (LayoutEdge& edge : request->edges) stream >> edge.from >> edge.to;
    stream >> request->clusterParents;
    if (stream.status() != QDataStream::Ok) return false;
    if (!request->clusterParents.isEmpty() && request->clusterParents.size() != request->clusterCount) return false;
    for (int index = 0; index < request->clusterParents.size(); ++index) {
        if (request->clusterParents[index] < -1 || request->clusterParents[index] >= index) return false; // parents come first
    }
    const auto validNode = [&](int index) { return index >= 0 && index < nodeCount; };
    for (const LayoutNode& node : request->nodes) {
        if (node.cluster < -1 || node.cluster >= request->clusterCount) return false;
    }
    for (const LayoutEdge& edge : request->edges) {
        if (!validNode(edge.from) || !validNode(edge.to)) return false;
    }
    return true;
}

QByteArray serializeResult(const LayoutResult& result) {
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << result.centers << result.edges << result.arrowTips << result.clusters << result.bounds << result.error
           << result.elapsedMs;
    return bytes;
}

bool deserializeResult(const QByteArray& bytes, LayoutResult* result) {
    QDataStream stream(bytes);
    stream >> result->centers >> result->edges >> result->arrowTips >> result->clusters >> result->bounds >> result->error >>
        result->elapsedMs;
    return stream.status() == QDataStream::Ok;
}

GraphLayouter::GraphLayouter(QObject* parent) : QObject(parent), jobs_(new JobRunner(JobRunner::Where::Pool, this)) {
    qRegisterMetaType<LayoutResult>();
}

GraphLayouter::~GraphLayouter() = default;

void GraphLayouter::setHelperPath(const QString& path) { helperPathSetting() = path; }

QString GraphLayouter::helperPath() {
    const QString& path = helperPathSetting();
    return path.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/fusebox-layout") : path;
}

void GraphLayouter::request(const LayoutRequest& request) {
    const QByteArray key = request.cacheKey();
    const auto deliver = [this, key](const LayoutResult& result) {
        if (result.error.isEmpty()) {
            if (cache_.size() >= kCacheLimit) cache_.clear();
            cache_.insert(key, result);
        }
        emit finished(result);
    };
    // A cached layout goes through the runner too, so it supersedes a running one.
    if (auto cached = cache_.constFind(key); cached != cache_.constEnd()) {
        jobs_->start(this, [result = *cached](const JobContext&) { return result; }, deliver);
        return;
    }
    jobs_->start(this, [helper = helperPath(), request](const JobContext& job) { return layoutInHelper(helper, request, job); },
                 deliver);
}

} // namespace fusebox::studio
