#pragma once
// Finding nodes by name, op type or tensor name with a regular expression.

#include "ir/graph.h"

#include <QList>
#include <QRegularExpression>

namespace fusebox::studio {

// Nodes whose name, op type or an input/output tensor name the pattern matches
// (anywhere in the text), in graph order. An invalid pattern matches nothing.
QList<NodeId> findNodes(const Graph& graph, const QRegularExpression& pattern);

} // namespace fusebox::studio
