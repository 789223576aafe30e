#pragma once
// The config's TOML text with syntax highlighting; the error of the last partition is
// underlined at its line and column and its message shown below the text.

#include "studio_document.h"

#include <QPlainTextEdit>
#include <QSyntaxHighlighter>

class QLabel;

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
    explicit ConfigEditor(StudioDocument* document, QWidget* parent = nullptr);

    QPlainTextEdit* textEdit() const { return edit_; }
    // The error shown now (message empty when there is none).
    ConfigError shownError() const { return error_; }
    // Whether the character at (line, column), 1-based, is underlined as an error.
    bool isUnderlined(int line, int column) const;

private:
    void showText(const QString& text, QObject* source);
    void showError(const ConfigError& error);
    void clearError();

    StudioDocument* document_;
    QPlainTextEdit* edit_;
    QLabel* message_;
    ConfigError error_;
};

} // namespace fusebox::studio
