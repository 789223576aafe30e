#include "config_text_command.h"

#include "studio_document.h"

namespace fusebox::studio {

ConfigTextCommand::ConfigTextCommand(StudioDocument* document, const QString& before, const QString& after,
                                     const QString& label)
    : QUndoCommand(label), document_(document), before_(before), after_(after) {}

void ConfigTextCommand::undo() { document_->setConfigText(before_); }

void ConfigTextCommand::redo() { document_->setConfigText(after_); }

} // namespace fusebox::studio
