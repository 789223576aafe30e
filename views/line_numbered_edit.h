#pragma once
// A plain-text editor with line numbers in a margin on the left.

#include <QPlainTextEdit>

namespace fusebox::studio {

class LineNumberedEdit : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit LineNumberedEdit(QWidget* parent = nullptr);

    // Width of the margin: room for the largest line number, plus padding.
    int lineNumberWidth() const;
    void paintLineNumbers(QPaintEvent* event);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateMargin();
    void scrollMargin(const QRect& rect, int dy);

    QWidget* margin_;
};

} // namespace fusebox::studio
