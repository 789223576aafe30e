#include "graph_edit_controller.h"

#include "config/config_edit.h"
#include "config/paddle_config.h"
#include "config_text_command.h"

#include <QFileInfo>
#include <QMenu>
#include <QUndoStack>

namespace fusebox::studio {
namespace {

std::vector<std::string> stdNames(const QStringList& names) {
    std::vector<std::string> out;
    out.reserve(names.size());
    for (const QString& name : names) out.push_back(name.toStdString());
    return out;
}

} // namespace

GraphEditController::GraphEditController(StudioDocument* document, QUndoStack* undoStack, QObject* parent)
    : QObject(parent), document_(document), undo_(undoStack) {
    connect(document_, &StudioDocument::planChanged, this, &GraphEditController::checkMove);
}

bool GraphEditController::push(const std::string& text, const QString& label) {
    return pushConfigText(undo_, document_, QString::fromStdString(text), label, ConfigTextCommand::Kind::GraphEdit);
}

bool GraphEditController::runOn(const QStringList& nodes, const QString& device) {
    const auto session = document_->session();
    if (nodes.isEmpty() || !session) return false;
    const NodeMove move = moveNodesInText(document_->configText().toStdString(), document_->configLabel().toStdString(),
                                          session->model().graph, stdNames(nodes), device.toStdString());
    if (!push(move.text, tr("Run %n node(s) on %1", nullptr, int(nodes.size())).arg(device))) {
        emit message(tr("The config already runs %n node(s) on %1.", nullptr, int(nodes.size())).arg(device));
        return false;
    }
    movedNodes_ = nodes;
    movedTo_ = device;
    return true;
}

bool GraphEditController::keepOnHost(const QStringList& nodes) { return runOn(nodes, QString::fromLatin1(kHostDevice)); }

bool GraphEditController::group(const QStringList& nodes) {
    if (nodes.size() < 2) {
        emit message(tr("Select at least two nodes to group."));
        return false;
    }
    const std::string group = unusedGroupName(document_->config());
    const std::string text = appendRules(document_->configText().toStdString(), {groupRuleForNodes(stdNames(nodes), group)});
    return push(text, tr("Group %n node(s)", nullptr, int(nodes.size())));
}

bool GraphEditController::importPaddleConfig(const QString& path, QString* error) {
    auto rules = loadPaddleConfig(path.toStdString());
    if (!rules) {
        *error = QString::fromStdString(rules.error().message());
        return false;
    }
    const std::string text = appendRules(document_->configText().toStdString(), *rules);
    return push(text, tr("Import %1").arg(QFileInfo(path).fileName()));
}

bool GraphEditController::replaceConfigText(const QString& text, const QString& label) { return push(text.toStdString(), label); }

QList<DeviceChoice> GraphEditController::deviceChoices(const QStringList& nodes) const {
    QList<DeviceChoice> choices;
    const auto session = document_->session();
    if (!session) return choices;
    const Graph& graph = session->model().graph;
    for (const DeviceProfile& profile : session->session->profiles()) {
        if (profile.name == kHostDevice) continue; // Keep on Host is its own action
        DeviceChoice choice{QString::fromStdString(profile.name), 0, int(nodes.size()), {}};
        for (const QString& name : nodes) {
            const auto id = graph.findNode(name.toStdString());
            if (!id) continue;
            const Support support = profile.supports(graph, graph.node(*id));
            if (support.accepted) ++choice.accepting;
            else if (choice.firstRefusal.isEmpty()) choice.firstRefusal = QString::fromStdString(support.reason);
        }
        choices.append(choice);
    }
    return choices;
}

void GraphEditController::fillDeviceMenu(QMenu* menu, const QStringList& nodes) {
    menu->clear();
    if (nodes.isEmpty()) {
        menu->addAction(tr("Select nodes first"))->setEnabled(false);
        return;
    }
    for (const DeviceChoice& choice : deviceChoices(nodes)) {
        const QString label = choice.accepting == choice.selected
                                  ? tr("%1 — accepts all %n", nullptr, choice.selected).arg(choice.device)
                                  : tr("%1 — accepts %2 of %n", nullptr, choice.selected).arg(choice.device).arg(choice.accepting);
        QAction* action = menu->addAction(label, this, [this, nodes, device = choice.device] { runOn(nodes, device); });
        action->setData(choice.device);
        action->setToolTip(choice.firstRefusal);
    }
    menu->setToolTipsVisible(true);
}

QMenu* GraphEditController::createContextMenu(const QStringList& nodes, QWidget* parent) {
    if (nodes.isEmpty() || !document_->session()) return nullptr;
    auto* menu = new QMenu(parent);
    fillDeviceMenu(menu->addMenu(tr("Run on Device")), nodes);
    menu->addAction(tr("Keep on Host"), this, [this, nodes] { keepOnHost(nodes); });
    menu->addAction(tr("Group into One Subgraph"), this, [this, nodes] { group(nodes); });
    return menu;
}

// Says why moved nodes are not where they were asked to go: the post-passes moved them
// back to host, or the device refuses them.
void GraphEditController::checkMove() {
    const QStringList nodes = std::exchange(movedNodes_, {});
    const auto session = document_->session();
    if (nodes.isEmpty() || !session) return;
    const std::string wanted = movedTo_.toStdString();
    int movedBack = 0;
    int refused = 0;
    QString why;
    for (const QString& name : nodes) {
        const auto id = session->model().graph.findNode(name.toStdString());
        if (!id) continue;
        const NodeDecision& decision = session->plan.decisions.at(*id);
        if (decision.device == wanted) continue;
        const bool back = decision.assignedDevice == wanted;
        ++(back ? movedBack : refused);
        if (why.isEmpty()) {
            const auto refusal = decision.refusals.find(wanted);
            why = QString::fromStdString(!back && refusal != decision.refusals.end() ? refusal->second : decision.reason);
        }
    }
    if (movedBack > 0) {
        emit message(tr("%n node(s) moved to %1 went back to host (min_subgraph_size = %2, max_subgraphs = %3): %4", nullptr, movedBack)
                         .arg(movedTo_)
                         .arg(document_->config().minSubgraphSize)
                         .arg(document_->config().maxSubgraphs)
                         .arg(why));
    } else if (refused > 0) {
        emit message(tr("%1 refuses %n of the moved node(s): %2", nullptr, refused).arg(movedTo_, why));
    }
}

} // namespace fusebox::studio
