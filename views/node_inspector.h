#pragma once
// The node inspector: op type, attributes, inputs and outputs with dtype and shape, the
// device the node landed on and why (rule, each device's answer, cycle guard), FLOPs
// and bytes.

#include "workflow/model_session.h"

#include <QTextBrowser>

namespace fusebox::studio {

// The inspector's page for one node, as HTML (names escaped).
QString inspectorHtml(const PartitionedModel& session, NodeId node);

class NodeInspector : public QTextBrowser {
    Q_OBJECT

public:
    explicit NodeInspector(QWidget* parent = nullptr);

    void showNode(const PartitionedModel& session, NodeId node);
    void showNothing();
};

} // namespace fusebox::studio
