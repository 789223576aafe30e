#pragma once
// The config's TOML text with syntax highlighting and line numbers; the error of the last
// partition is underlined at its line and column and its message shown below the text.
// Typing goes onto the studio's one undo stack (the text edit keeps no history of its
// own), and Undo/Redo keys reach the window's actions even while the editor has focus.
// Without a config, a note above the text says so and offers the sample configs.

#include "studio_document.h"

#include <QPlainTextEdit>
#include <QSyntaxHighlighter>

class QLabel;
class QUndoStack;

namespace fusebox::studio {

class TomlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit TomlHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;
};

class ConfigEditor : public QWidget {
    Q_OBJECT

public:
    ConfigEditor(StudioDocument* document, QUndoStack* undoStack, QWidget* parent = nullptr);

    QPlainTextEdit* textEdit() const { return edit_; }
    // Shows the note "no config" with a link to each sample config (empty list: hides it).
    void offerSampleConfigs(const QStringList& paths);
    bool isOfferingSamples() const;
    // The error shown now (message empty when there is none).
    ConfigError shownError() const { return error_; }
    // Whether the character at (line, column), 1-based, is underlined as an error.
    bool isUnderlined(int line, int column) const;

signals:
    void sampleConfigChosen(const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTyped();
    void showText(const QString& text, QObject* source);
    void showError(const ConfigError& error);
    void clearError();

    StudioDocument* document_;
    QUndoStack* undo_;
    QPlainTextEdit* edit_;
    QLabel* samples_;
    QLabel* message_;
    ConfigError error_;
    bool showing_ = false; // the text shown comes from the document, not from typing
};

} // namespace fusebox::studio
