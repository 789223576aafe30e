#include "config_editor.h"

#include <QFontDatabase>
#include <QLabel>
#include <QRegularExpression>
#include <QTextBlock>
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

ConfigEditor::ConfigEditor(StudioDocument* document, QWidget* parent)
    : QWidget(parent), document_(document), edit_(new QPlainTextEdit(this)), message_(new QLabel(this)) {
    edit_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit_->setLineWrapMode(QPlainTextEdit::NoWrap);
    new TomlHighlighter(edit_->document());
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->setStyleSheet(QStringLiteral("color: #b00020"));
    message_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit_);
    layout->addWidget(message_);

    connect(edit_, &QPlainTextEdit::textChanged, this, [this] { document_->setConfigText(edit_->toPlainText(), this); });
    connect(document_, &StudioDocument::configTextChanged, this, &ConfigEditor::showText);
    connect(document_, &StudioDocument::partitionFailed, this, &ConfigEditor::showError);
    connect(document_, &StudioDocument::planChanged, this, &ConfigEditor::clearError);
    showText(document_->configText(), nullptr);
}

void ConfigEditor::showText(const QString& text, QObject* source) {
    if (source == this || text == edit_->toPlainText()) return;
    const QSignalBlocker blocker(edit_);
    // One edit block through a cursor keeps the editor's own undo history.
    QTextCursor cursor(edit_->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
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
