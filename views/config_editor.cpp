#include "config_editor.h"

#include "config_text_command.h"
#include "line_numbered_edit.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QTextBlock>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fusebox::studio {
namespace {

struct HighlightRule {
    QRegularExpression pattern;
    QTextCharFormat format;
};

QTextCharFormat format(const QColor& color, bool bold = false) {
    QTextCharFormat result;
    result.setForeground(color);
    if (bold) result.setFontWeight(QFont::Bold);
    return result;
}

// Later rules paint over earlier ones: strings and comments last.
const QList<HighlightRule>& highlightRules() {
    static const QList<HighlightRule> rules = {
        {QRegularExpression(QStringLiteral("^\\s*[A-Za-z0-9_.\"-]+\\s*(?==)")), format(QColor(0x1f, 0x4e, 0x9c))},
        {QRegularExpression(QStringLiteral("\\b(true|false|-?\\d+(\\.\\d+)?)\\b")), format(QColor(0x8a, 0x3f, 0xb0))},
        {QRegularExpression(QStringLiteral("^\\s*\\[\\[?[^\\]]*\\]\\]?")), format(QColor(0xa0, 0x40, 0x00), true)},
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'")), format(QColor(0x2e, 0x7d, 0x32))},
        {QRegularExpression(QStringLiteral("#[^\"]*$")), format(QColor(0x80, 0x80, 0x80))},
    };
    return rules;
}

// The keys the window's Undo and Redo actions own (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y).
bool isUndoOrRedoKey(const QKeyEvent& key) {
    return key.matches(QKeySequence::Undo) || key.matches(QKeySequence::Redo) ||
           QKeySequence(key.keyCombination()) == QKeySequence(Qt::CTRL | Qt::Key_Y) ||
           QKeySequence(key.keyCombination()) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
}

} // namespace

TomlHighlighter::TomlHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void TomlHighlighter::highlightBlock(const QString& text) {
    for (const HighlightRule& rule : highlightRules()) {
        for (auto match = rule.pattern.globalMatch(text); match.hasNext();) {
            const QRegularExpressionMatch found = match.next();
            setFormat(int(found.capturedStart()), int(found.capturedLength()), rule.format);
        }
    }
}

ConfigEditor::ConfigEditor(StudioDocument* document, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent), document_(document), undo_(undoStack), edit_(new LineNumberedEdit(this)), samples_(new QLabel(this)),
      message_(new QLabel(this)) {
    edit_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit_->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit_->setUndoRedoEnabled(false); // the studio's undo stack holds the history
    edit_->installEventFilter(this);
    new TomlHighlighter(edit_->document());
    samples_->setWordWrap(true);
    samples_->setTextFormat(Qt::RichText);
    samples_->hide();
    connect(samples_, &QLabel::linkActivated, this, &ConfigEditor::sampleConfigChosen);
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->setStyleSheet(QStringLiteral("color: #b00020"));
    message_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(samples_);
    layout->addWidget(edit_);
    layout->addWidget(message_);

    connect(edit_, &QPlainTextEdit::textChanged, this, &ConfigEditor::onTyped);
    connect(document_, &StudioDocument::configTextChanged, this, &ConfigEditor::showText);
    connect(document_, &StudioDocument::partitionFailed, this, &ConfigEditor::showError);
    connect(document_, &StudioDocument::planChanged, this, &ConfigEditor::clearError);
    showText(document_->configText(), nullptr);
}

void ConfigEditor::onTyped() {
    if (showing_) return;
    pushConfigText(undo_, document_, edit_->toPlainText(), {}, ConfigTextCommand::Kind::Typing);
}

bool ConfigEditor::eventFilter(QObject* watched, QEvent* event) {
    // Left unaccepted, the shortcut goes on to the window's Undo/Redo actions.
    if (watched == edit_ && event->type() == QEvent::ShortcutOverride && isUndoOrRedoKey(*static_cast<QKeyEvent*>(event))) {
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ConfigEditor::offerSampleConfigs(const QStringList& paths) {
    if (paths.isEmpty()) {
        samples_->hide();
        return;
    }
    QStringList links;
    for (const QString& path : paths) {
        links.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(path.toHtmlEscaped(), QFileInfo(path).fileName().toHtmlEscaped()));
    }
    samples_->setText(tr("No config: every node runs on host. Type rules here, edit the graph, or start from a sample: %1")
                          .arg(links.join(QStringLiteral(" · "))));
    samples_->show();
}

bool ConfigEditor::isOfferingSamples() const { return !samples_->isHidden(); }

// Only the changed part is replaced, so the cursor and scroll position stay put.
void ConfigEditor::showText(const QString& text, QObject* source) {
    if (!text.trimmed().isEmpty()) offerSampleConfigs({}); // a config now: the note is done
    if (source == this) return;
    const TextChange change = TextChange::between(edit_->toPlainText(), text);
    if (change.isEmpty()) return;
    showing_ = true; // not typing: no command
    QTextCursor cursor(edit_->document());
    cursor.setPosition(change.position);
    cursor.setPosition(change.position + int(change.removed.size()), QTextCursor::KeepAnchor);
    cursor.insertText(change.inserted);
    showing_ = false;
}

void ConfigEditor::showError(const ConfigError& error) {
    error_ = error;
    message_->setText(error.line > 0 ? tr("Line %1, column %2: %3").arg(error.line).arg(error.column).arg(error.message)
                                     : error.message);
    message_->show();
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = edit_->document()->findBlockByLineNumber(error.line - 1);
    if (error.line > 0 && block.isValid()) {
        QTextEdit::ExtraSelection selection;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(Qt::red);
        selection.format.setToolTip(error.message);
        selection.cursor = QTextCursor(block);
        const int start = std::clamp(error.column - 1, 0, std::max(0, block.length() - 1));
        selection.cursor.setPosition(block.position() + start);
        selection.cursor.setPosition(block.position() + std::max(start + 1, block.length() - 1), QTextCursor::KeepAnchor);
        selections.append(selection);
    }
    edit_->setExtraSelections(selections);
}

void ConfigEditor::clearError() {
    error_ = {};
    message_->hide();
    edit_->setExtraSelections({});
}

bool ConfigEditor::isUnderlined(int line, int column) const {
    const QTextBlock block = edit_->document()->findBlockByLineNumber(line - 1);
    if (!block.isValid()) return false;
    const int position = block.position() + column - 1;
    for (const QTextEdit::ExtraSelection& selection : edit_->extraSelections()) {
        if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline &&
            position >= selection.cursor.selectionStart() && position < selection.cursor.selectionEnd()) {
            return true;
        }
    }
    return false;
}

} // namespace fusebox::studio
