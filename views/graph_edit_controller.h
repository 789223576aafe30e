#pragma once
// Turns a selection of graph nodes into edits of the config text: run on a device, keep
// on host, group, import a Paddle Lite config. Each edit is one command on the undo stack
// and merges into the rules already there (moveNodesInText). When the next plan does not
// put moved nodes where they were asked to go (min_subgraph_size, max_subgraphs, or the
// device refuses them), `message` says so.

#include "studio_document.h"

#include <QObject>
#include <QStringList>

class QMenu;
class QUndoStack;
class QWidget;

namespace fusebox::studio {

// How a device answers for the selected nodes, for the "Run on Device" menu.
struct DeviceChoice {
    QString device;
    int accepting = 0;    // selected nodes the device accepts
    int selected = 0;     // selected nodes
    QString firstRefusal; // why it refuses the first node it refuses
};

class GraphEditController : public QObject {
    Q_OBJECT

public:
    GraphEditController(StudioDocument* document, QUndoStack* undoStack, QObject* parent = nullptr);

    // Each returns whether the config text changed (a move that changes nothing is no edit).
    bool runOn(const QStringList& nodes, const QString& device);
    bool keepOnHost(const QStringList& nodes);
    bool group(const QStringList& nodes);
    bool importPaddleConfig(const QString& path, QString* error);
    // Replaces the whole text (a sample config chosen), undoably.
    bool replaceConfigText(const QString& text, const QString& label);

    // Every device of the session's profiles but host, with how many of `nodes` it accepts.
    QList<DeviceChoice> deviceChoices(const QStringList& nodes) const;
    // Fills `menu` with one action per device ("xnnpack — accepts 2 of 3"); with no nodes,
    // one disabled line that says to select some (the menu itself stays enabled, so it is
    // filled again when it next opens).
    void fillDeviceMenu(QMenu* menu, const QStringList& nodes);
    // The graph's context menu for `nodes`; null when there are none or no plan yet.
    QMenu* createContextMenu(const QStringList& nodes, QWidget* parent);

signals:
    void message(const QString& text);

private:
    bool push(const std::string& text, const QString& label);
    void checkMove();

    StudioDocument* document_;
    QUndoStack* undo_;
    QStringList movedNodes_; // the last move, checked against the next plan
    QString movedTo_;
};

} // namespace fusebox::studio
