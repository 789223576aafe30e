#pragma once
// One edit of the config text made from the graph (run on a device, keep on host,
// group, Paddle import), undoable: undo puts the text back and so the plan too.

#include <QString>
#include <QUndoCommand>

namespace fusebox::studio {

class StudioDocument;

class ConfigTextCommand : public QUndoCommand {
public:
    ConfigTextCommand(StudioDocument* document, const QString& before, const QString& after, const QString& label);

    void undo() override;
    void redo() override;

private:
    StudioDocument* document_;
    QString before_;
    QString after_;
};

} // namespace fusebox::studio
