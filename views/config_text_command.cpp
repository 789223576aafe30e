#include "config_text_command.h"

#include "studio_document.h"

#include <QUndoStack>

namespace fusebox::studio {
namespace {

constexpr int kTypingCommandId = 0x7e47; // any fixed id: typing commands merge with each other

bool endsWord(const QString& text) { return !text.isEmpty() && text.back().isSpace(); }

bool isOneCharacter(const QString& text) { return text.size() == 1; }

// "Type “device”", "Delete “xnn”": what the Undo History shows for a typing step.
QString typingLabel(const TextChange& change) {
    constexpr int kShownCharacters = 24;
    const QString text = (change.inserted.isEmpty() ? change.removed : change.inserted).simplified();
    const QString shown = text.size() > kShownCharacters ? text.left(kShownCharacters) + QChar(0x2026) : text;
    return change.inserted.isEmpty() ? ConfigTextCommand::tr("Delete “%1”").arg(shown)
                                     : ConfigTextCommand::tr("Type “%1”").arg(shown);
}

} // namespace

TextChange TextChange::between(const QString& before, const QString& after) {
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before[prefix] == after[prefix]) ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix]) ++suffix;
    return {int(prefix), before.mid(prefix, before.size() - prefix - suffix), after.mid(prefix, after.size() - prefix - suffix)};
}

std::optional<QString> TextChange::applyTo(const QString& text) const {
    if (position < 0 || position + removed.size() > text.size()) return std::nullopt;
    if (QStringView(text).mid(position, removed.size()) != removed) return std::nullopt;
    QString out = text;
    out.replace(position, removed.size(), inserted);
    return out;
}

ConfigTextCommand::ConfigTextCommand(StudioDocument* document, const TextChange& change, const QString& label, Kind kind)
    : QUndoCommand(label), document_(document), change_(change), kind_(kind) {
    if (kind_ == Kind::Typing) setText(typingLabel(change_));
}

int ConfigTextCommand::id() const { return kind_ == Kind::Typing ? kTypingCommandId : -1; }

bool ConfigTextCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const ConfigTextCommand*>(other); // same id: a typing command
    const TextChange& more = next->change_;
    const bool typed = change_.removed.isEmpty() && more.removed.isEmpty() && isOneCharacter(more.inserted);
    if (typed && more.position == change_.position + change_.inserted.size() && !endsWord(change_.inserted)) {
        change_.inserted += more.inserted;
        setText(typingLabel(change_));
        return true;
    }
    const bool deleted = change_.inserted.isEmpty() && more.inserted.isEmpty() && isOneCharacter(more.removed) &&
                         !endsWord(more.removed);
    if (deleted && more.position + 1 == change_.position) { // Backspace
        change_.removed.prepend(more.removed);
        change_.position = more.position;
        setText(typingLabel(change_));
        return true;
    }
    if (deleted && more.position == change_.position) { // Delete
        change_.removed += more.removed;
        setText(typingLabel(change_));
        return true;
    }
    return false;
}

void ConfigTextCommand::apply(const TextChange& change) {
    const std::optional<QString> text = change.applyTo(document_->configText());
    if (!text) { // the text was changed past the stack (a file opened): nothing to put back
        setObsolete(true);
        return;
    }
    document_->setConfigText(*text);
}

void ConfigTextCommand::redo() {
    const bool first = !pushed_;
    pushed_ = true;
    apply(change_);
    if (!first) document_->repartitionNow();
}

void ConfigTextCommand::undo() {
    apply(change_.inverted());
    document_->repartitionNow();
}

bool pushConfigText(QUndoStack* stack, StudioDocument* document, const QString& after, const QString& label,
                    ConfigTextCommand::Kind kind) {
    const TextChange change = TextChange::between(document->configText(), after);
    if (change.isEmpty()) return false;
    stack->push(new ConfigTextCommand(document, change, label, kind));
    return true;
}

} // namespace fusebox::studio
