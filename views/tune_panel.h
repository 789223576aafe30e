#pragma once
// The Tune dock: the accuracy bound and budget of a tuning or accuracy bisection of the
// open model (TuneJob), its progress and Cancel, and its result: the best candidate with
// its speed-up and "Apply best config", or the culprit nodes and "Apply fix". Both apply
// buttons replace the config text as one undoable step, as graph edits do.

#include "tune_job.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace fusebox::studio {

class MeasurementGate;

class TunePanel : public QWidget {
    Q_OBJECT

public:
    TunePanel(StudioDocument* document, ProfileDatabase* database, QUndoStack* undoStack, QWidget* parent = nullptr);

    TuneJob* job() const { return job_; }
    // Shared with the other docks that measure (see measurement_gate.h); none by default.
    void setMeasurementGate(MeasurementGate* gate);
    SearchSettings settings() const;
    void setSettings(const SearchSettings& settings);

    // Start a search with the settings shown; false, with the reason on message(), when
    // it cannot start.
    bool startTune();
    bool startBisect();
    void cancel() { job_->cancel(); }

    // Replace the config text by the best candidate's / append the fix rule; false when
    // there is nothing to apply or another model is open now.
    bool applyBestConfig();
    bool applyFix();

    QString statusText() const;
    QString summaryText() const;
    QStringList listedCulprits() const;

signals:
    void message(const QString& text);
    // Select these nodes on the graph: the culprits when a bisection ends, one when activated in the list.
    void nodesWanted(const QStringList& names);
    void finished(bool completed);

private:
    bool claimGate(const QString& what, QString* why);
    bool started(bool ok, const QString& why, const QString& what);
    bool apply(const QString& text, const QString& label);
    void onProgress(int done, int total, const QString& text);
    void onFinished(bool completed, const QString& summary);
    void updateButtons();

    StudioDocument* document_;
    QUndoStack* undo_;
    TuneJob* job_;
    MeasurementGate* gate_ = nullptr;
    QDoubleSpinBox* minCosine_;
    QSpinBox* budget_;
    QSpinBox* warmup_;
    QSpinBox* iterations_;
    int confirmRounds_ = SearchSettings{}.confirmRounds; // not in the dock: setSettings only
    QPushButton* tune_;
    QPushButton* bisect_;
    QPushButton* cancel_;
    QProgressBar* progress_;
    QLabel* status_;
    QLabel* summary_;
    QListWidget* culprits_;
    QPushButton* applyBest_;
    QPushButton* applyFix_;
};

} // namespace fusebox::studio
