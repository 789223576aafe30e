#include "job_status_widget.h"

#include "background_job.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>

namespace fusebox::studio {
namespace {

constexpr int kTickMs = 1000;
constexpr int kBarWidth = 120;

} // namespace

JobStatusWidget::JobStatusWidget(JobRunner* jobs, const QString& label, QWidget* window)
    : QWidget(window), jobs_(jobs), label_(label), bar_(new QProgressBar(this)), text_(new QLabel(this)), cancel_(new QToolButton(this)),
      escape_(new QShortcut(QKeySequence(Qt::Key_Escape), window)), tick_(new QTimer(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text_);
    layout->addWidget(bar_);
    layout->addWidget(cancel_);
    bar_->setMaximumWidth(kBarWidth);
    bar_->setTextVisible(false);
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Cancel %1 (Esc)").arg(label));
    escape_->setEnabled(false);
    tick_->setInterval(kTickMs);
    hide();

    connect(cancel_, &QToolButton::clicked, jobs_, &JobRunner::cancel);
    connect(escape_, &QShortcut::activated, jobs_, &JobRunner::cancel);
    connect(tick_, &QTimer::timeout, this, &JobStatusWidget::updateText);
    connect(jobs_, &JobRunner::started, this, &JobStatusWidget::showRunning);
    connect(jobs_, &JobRunner::progress, this, [this](quint64, int done, int total, const QString& text) {
        bar_->setRange(0, total); // 0..0: busy
        bar_->setValue(done);
        detail_ = text;
        updateText();
    });
    connect(jobs_, &JobRunner::idle, this, [this] {
        tick_->stop();
        escape_->setEnabled(false);
        hide();
    });
}

QString JobStatusWidget::text() const { return text_->text(); }

void JobStatusWidget::showRunning() {
    bar_->setRange(0, 0);
    detail_.clear();
    updateText();
    tick_->start();
    escape_->setEnabled(true);
    show();
}

void JobStatusWidget::updateText() {
    const qint64 seconds = jobs_->elapsedMs() / 1000;
    const QString what = detail_.isEmpty() ? label_ : tr("%1: %2").arg(label_, detail_);
    text_->setText(tr("%1 (%2 s)").arg(what).arg(seconds));
}

} // namespace fusebox::studio
