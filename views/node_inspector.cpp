#include "node_inspector.h"

#include "analysis/flops.h"
#include "partition/partitioner.h"

#include <QLocale>

namespace fusebox::studio {
namespace {

QString text(const std::string& value) { return QString::fromStdString(value).toHtmlEscaped(); }

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value);
}

QString section(const QString& title) { return QStringLiteral("<h4>%1</h4>").arg(title.toHtmlEscaped()); }

QString tensorRows(const Graph& graph, const std::vector<ValueId>& values) {
    QString rows;
    for (ValueId id : values) {
        if (id == kNoValue) continue;
        const Value& value = graph.value(id);
        const QString kind = value.constant ? NodeInspector::tr(" (constant)") : QString();
        rows += row(text(value.name), text(std::string(elementTypeName(value.type))) + QLatin1Char(' ') +
                                          text(value.shape.toString()) + kind);
    }
    return QStringLiteral("<table>%1</table>").arg(rows);
}

int64_t tensorBytes(const Graph& graph, const std::vector<ValueId>& values) {
    int64_t bytes = 0;
    for (ValueId id : values) {
        if (id != kNoValue) bytes += staticByteSize(graph.value(id));
    }
    return bytes;
}

} // namespace

QString inspectorHtml(const PartitionedModel& session, NodeId id) {
    const Graph& graph = session.model().graph;
    const Node& node = graph.node(id);
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(text(node.name));
    html += row(NodeInspector::tr("Op type"), text(node.domain.empty() ? node.opType : node.domain + "::" + node.opType));

    const auto decision = session.plan.decisions.find(id);
    if (decision != session.plan.decisions.end()) {
        const NodeDecision& why = decision->second;
        const int subgraph = session.plan.subgraphOf(id);
        QString device = text(why.device);
        if (subgraph >= 0) device += NodeInspector::tr(" (subgraph %1)").arg(subgraph);
        html += row(NodeInspector::tr("Device"), device);
        html += row(NodeInspector::tr("Why"), text(why.reason));
        if (why.assignedDevice != why.device && !why.assignedDevice.empty()) {
            html += row(NodeInspector::tr("Assigned first to"), text(why.assignedDevice));
        }
    }
    const std::optional<int64_t> flops = estimateFlops(graph, node);
    html += row(NodeInspector::tr("FLOPs"), flops ? locale.toString(qlonglong(*flops)) : NodeInspector::tr("unknown (dynamic shape)"));
    html += row(NodeInspector::tr("Bytes in / out"), locale.formattedDataSize(tensorBytes(graph, node.inputs)) + QStringLiteral(" / ") +
                                                       locale.formattedDataSize(tensorBytes(graph, node.outputs)));
    html += QStringLiteral("</table>");

    if (decision != session.plan.decisions.end() && !decision->second.refusals.empty()) {
        html += section(NodeInspector::tr("What each device said"));
        html += QStringLiteral("<table>");
        for (const auto& [device, reason] : decision->second.refusals) html += row(text(device), text(reason));
        html += QStringLiteral("</table>");
    }
    const std::vector<SplitExplanation> splits = explainSplits(graph, session.plan, id);
    if (!splits.empty()) {
        html += section(NodeInspector::tr("Why same-device neighbours are in other subgraphs"));
        html += QStringLiteral("<ul>");
        for (const SplitExplanation& split : splits) {
            html += QStringLiteral("<li>%1 → %2: %3</li>")
                        .arg(text(graph.node(split.producer).name), text(graph.node(split.consumer).name), text(split.reason));
        }
        html += QStringLiteral("</ul>");
    }
    if (node.attributes.size() > 0) {
        html += section(NodeInspector::tr("Attributes"));
        QString rows;
        for (const Attribute& attribute : node.attributes.all()) {
            rows += row(text(attribute.name), text(attributeToString(attribute.value)));
        }
        html += QStringLiteral("<table>%1</table>").arg(rows);
    }
    html += section(NodeInspector::tr("Inputs")) + tensorRows(graph, node.inputs);
    html += section(NodeInspector::tr("Outputs")) + tensorRows(graph, node.outputs);
    return html;
}

NodeInspector::NodeInspector(QWidget* parent) : QTextBrowser(parent) { showNothing(); }

void NodeInspector::showNode(const PartitionedModel& session, NodeId node) {
    if (!session.model().graph.hasNode(node)) return showNothing();
    setHtml(inspectorHtml(session, node));
}

void NodeInspector::showNothing() { setHtml(tr("<p><i>Select a node in the graph.</i></p>")); }

} // namespace fusebox::studio
