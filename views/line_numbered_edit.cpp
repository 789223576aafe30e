#include "line_numbered_edit.h"

#include <QPainter>
#include <QTextBlock>

namespace fusebox::studio {
namespace {

constexpr int kMarginPadding = 6; // pixels on each side of the numbers

// The margin widget only forwards its painting to the editor, which knows the blocks.
class LineNumberMargin : public QWidget {
public:
    explicit LineNumberMargin(LineNumberedEdit* edit) : QWidget(edit), edit_(edit) {}
    QSize sizeHint() const override { return {edit_->lineNumberWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { edit_->paintLineNumbers(event); }

private:
    LineNumberedEdit* edit_;
};

} // namespace

LineNumberedEdit::LineNumberedEdit(QWidget* parent) : QPlainTextEdit(parent), margin_(new LineNumberMargin(this)) {
    connect(this, &QPlainTextEdit::blockCountChanged, this, &LineNumberedEdit::updateMargin);
    connect(this, &QPlainTextEdit::updateRequest, this, &LineNumberedEdit::scrollMargin);
    updateMargin();
}

int LineNumberedEdit::lineNumberWidth() const {
    const int digits = int(QString::number(std::max(1, blockCount())).size());
    return 2 * kMarginPadding + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void LineNumberedEdit::updateMargin() { setViewportMargins(lineNumberWidth(), 0, 0, 0); }

void LineNumberedEdit::scrollMargin(const QRect& rect, int dy) {
    if (dy != 0) margin_->scroll(0, dy);
    else margin_->update(0, rect.y(), margin_->width(), rect.height());
    if (rect.contains(viewport()->rect())) updateMargin();
}

void LineNumberedEdit::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    margin_->setGeometry(QRect(area.left(), area.top(), lineNumberWidth(), area.height()));
}

void LineNumberedEdit::paintLineNumbers(QPaintEvent* event) {
    QPainter painter(margin_);
    painter.fillRect(event->rect(), palette().alternateBase());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            painter.drawText(0, top, margin_->width() - kMarginPadding, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        top += height;
        block = block.next();
    }
}

} // namespace fusebox::studio
