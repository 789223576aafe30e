#pragma once
// A status-bar piece for a JobRunner: while a job runs, the job's label, the seconds
// elapsed, a progress bar (busy when the job reports no amount), and a Cancel button;
// Esc in the window cancels too. Hidden when the runner is idle.

#include <QWidget>

class QLabel;
class QProgressBar;
class QShortcut;
class QTimer;
class QToolButton;

namespace fusebox::studio {

class JobRunner;

class JobStatusWidget : public QWidget {
    Q_OBJECT

public:
    // `label` names the work ("Layout"); `window` is where Esc cancels.
    JobStatusWidget(JobRunner* jobs, const QString& label, QWidget* window);

    QString text() const; // the label and the elapsed seconds, as shown
    QToolButton* cancelButton() const { return cancel_; }

private:
    void showRunning();
    void updateText();

    JobRunner* jobs_;
    QString label_;
    QString detail_; // the job's last progress text
    QProgressBar* bar_;
    QLabel* text_; // a busy bar shows no text of its own
    QToolButton* cancel_;
    QShortcut* escape_;
    QTimer* tick_;
};

} // namespace fusebox::studio
