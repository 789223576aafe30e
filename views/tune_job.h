#pragma once
// `fusebox tune` and `fusebox bisect` on the open model and its config, as a background
// job (JobRunner): every candidate or probe is a measured run stored in the studio's
// profile database under one job name ("tune <UTC time>", as the CLI names it). Progress
// is the number of runs measured with the search's own line (which names the best so
// far); a cancel sets the engine's flag, keeps the finished runs and drops the result.

#include "background_job.h"
#include "workflow/bisector.h"
#include "workflow/tuner.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace fusebox::studio {

class ProfileDatabase;
class StudioDocument;

struct SearchSettings {
    double minCosine = 0.999; // the accuracy bound against host
    int budget = 12;          // tune: measured candidates at most, the host baseline included
    int warmup = 1;
    int iterations = 5;
    int threads = 0; // 0: all cores
    int confirmRounds = 2; // tune: TuneOptions::confirmRounds
};

class TuneJob : public QObject {
    Q_OBJECT

public:
    enum class Kind { Tune, Bisect };

    TuneJob(StudioDocument* document, ProfileDatabase* database, QObject* parent = nullptr);

    // Start a search on the document's model and its config text (unsaved edits
    // included); false, with the reason in `why`, when no model is partitioned, the text
    // does not parse or a search is running.
    bool startTune(const SearchSettings& settings, QString* why);
    bool startBisect(const SearchSettings& settings, QString* why);
    void cancel() { runner_->cancel(); }
    bool isRunning() const { return runner_->isBusy(); }
    JobRunner* runner() const { return runner_; }

    // Of the last search started.
    Kind kind() const { return kind_; }
    QString jobName() const { return jobName_; }
    QString modelPath() const { return modelPath_; }
    // The results of the last search that finished (nullopt while running or after a failure).
    const std::optional<TuneResult>& tuneResult() const { return tuned_; }
    const std::optional<BisectResult>& bisectResult() const { return bisected_; }

    // The config text of the best candidate (empty without one), as `fusebox tune
    // --emit-config` writes it.
    QString tunedConfigText() const;
    // The config text with the bisection's fix rule appended (empty when none is needed).
    QString fixedConfigText() const;
    // The culprit nodes' names, in execution order.
    QStringList culpritNames() const;
    // What the last search found, in a sentence or two.
    QString summary() const;

signals:
    // `done` runs measured of `total` (0: not known in advance); `text` the search's line.
    void progressed(int done, int total, const QString& text);
    // The search ended: with a result (completed), or it failed or was cancelled.
    void finished(bool completed, const QString& summary);

private:
    bool start(Kind kind, const SearchSettings& settings, QString* why);
    std::optional<PartitionConfig> readDocument(QString* why) const;
    void onTuned(Result<TuneResult> result);
    void onBisected(Result<BisectResult> result);
    void end(bool completed, const QString& summary);

    StudioDocument* document_;
    ProfileDatabase* database_;
    JobRunner* runner_;
    Kind kind_ = Kind::Tune;
    QString jobName_;
    QString modelPath_;
    QString writtenText_; // the config text the search started from
    std::shared_ptr<const ModelSession> session_;
    AccuracyBound bound_;
    std::optional<TuneResult> tuned_;
    std::optional<BisectResult> bisected_;
};

} // namespace fusebox::studio
