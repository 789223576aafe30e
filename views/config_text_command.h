#pragma once
// Every change of the config text is one command on the studio's one undo stack: typing
// in the editor (merged into word and line steps) and graph edits (run on a device, keep
// on host, group, Paddle import). A command holds a text diff, not a snapshot, so undo
// puts back only what it changed; undo and redo re-partition at once, so the plan
// follows the text.

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

#include <optional>

class QUndoStack;

namespace fusebox::studio {

class StudioDocument;

// Replace `removed` at `position` by `inserted` (positions in UTF-16 units, as QString
// and QTextDocument count them).
struct TextChange {
    int position = 0;
    QString removed;
    QString inserted;

    // The one replacement between the common prefix and the common suffix.
    static TextChange between(const QString& before, const QString& after);
    bool isEmpty() const { return removed.isEmpty() && inserted.isEmpty(); }
    TextChange inverted() const { return {position, inserted, removed}; }
    // `text` with the change made; nullopt when `text` does not hold `removed` there.
    std::optional<QString> applyTo(const QString& text) const;
};

class ConfigTextCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ConfigTextCommand)

public:
    enum class Kind { Typing, GraphEdit };

    // A typing command makes its own label from the text ("Type “device”").
    ConfigTextCommand(StudioDocument* document, const TextChange& change, const QString& label, Kind kind);

    int id() const override;
    // Typing merges one character at a time into the step before it until a space or a
    // line break ends the word; a paste, a replaced selection or a graph edit stays alone.
    bool mergeWith(const QUndoCommand* other) override;
    void undo() override;
    void redo() override;

    const TextChange& change() const { return change_; }

private:
    void apply(const TextChange& change);

    StudioDocument* document_;
    TextChange change_;
    Kind kind_;
    bool pushed_ = false; // the first redo() is the push: the text is already there for typing
};

// Pushes the change from the document's text to `after` as one command; false (nothing
// pushed) when the text is the same.
bool pushConfigText(QUndoStack* stack, StudioDocument* document, const QString& after, const QString& label,
                    ConfigTextCommand::Kind kind);

} // namespace fusebox::studio
