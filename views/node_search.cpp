#include "node_search.h"

namespace fusebox::studio {
namespace {

bool matches(const QRegularExpression& pattern, const std::string& text) {
    return pattern.match(QString::fromStdString(text)).hasMatch();
}

bool anyTensorMatches(const Graph& graph, const std::vector<ValueId>& values, const QRegularExpression& pattern) {
    return std::any_of(values.begin(), values.end(),
                       [&](ValueId id) { return id != kNoValue && matches(pattern, graph.value(id).name); });
}

} // namespace

QList<NodeId> findNodes(const Graph& graph, const QRegularExpression& pattern) {
    QList<NodeId> found;
    if (!pattern.isValid() || pattern.pattern().isEmpty()) return found;
    for (NodeId id : graph.nodeIds()) {
        const Node& node = graph.node(id);
        if (matches(pattern, node.name) || matches(pattern, node.opType) || anyTensorMatches(graph, node.inputs, pattern) ||
            anyTensorMatches(graph, node.outputs, pattern)) {
            found.append(id);
        }
    }
    return found;
}

} // namespace fusebox::studio
