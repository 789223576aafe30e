#include "tune_job.h"

#include "config/config_edit.h"
#include "profile_database.h"
#include "store/profile_store.h"
#include "studio_document.h"
#include "workflow/trial_runner.h"

namespace fusebox::studio {
namespace {

// What a search on a worker needs, as value copies.
struct SearchInput {
    std::shared_ptr<const ModelSession> session;
    PartitionConfig config;
    std::string databasePath;
    std::string jobName;
    MeasureSettings measure;
    AccuracyBound bound;
    int budget = 0;
    int total = 0; // for the progress bar; 0: not known in advance
    int confirmRounds = 0;
};

// Opens the database on the worker (a connection per thread), measures every run the
// search asks for under the job's name and reports the runs done with each search line.
// `search(trials, progress)` is tunePartition or bisectAccuracy.
template <typename Search>
auto measuredSearch(const SearchInput& in, const JobContext& job, Search search) {
    using Outcome = decltype(search(TrialRunner{}, ProgressFn{}));
    auto store = store::ProfileStore::open(in.databasePath, store::Access::Write);
    if (!store) return Outcome(store.error());
    MeasureSettings settings = in.measure;
    settings.cancel = job.cancelFlag();
    RunMeasurer measurer(*in.session, *store, settings, in.jobName);
    const TrialRunner measured = measuredTrials(measurer, {});
    int done = 0;
    const TrialRunner counted = [&](const PartitionConfig& config, const std::string& label) {
        auto outcome = measured(config, label);
        ++done;
        return outcome;
    };
    const ProgressFn progress = [&](const std::string& line) { job.reportProgress(done, in.total, QString::fromStdString(line)); };
    return search(counted, progress);
}

Result<TuneResult> tuneJob(const SearchInput& in, const JobContext& job) {
    return measuredSearch(in, job, [&](const TrialRunner& trials, const ProgressFn& progress) {
        TuneOptions options;
        options.budget = in.budget;
        options.confirmRounds = in.confirmRounds;
        options.bound = in.bound;
        options.cancel = job.cancelFlag();
        options.progress = progress;
        return tunePartition(*in.session, in.config, options, trials);
    });
}

Result<BisectResult> bisectJob(const SearchInput& in, const JobContext& job) {
    return measuredSearch(in, job, [&](const TrialRunner& trials, const ProgressFn& progress) {
        return bisectAccuracy(*in.session, in.config, BisectOptions{in.bound, job.cancelFlag(), progress}, trials);
    });
}

QString ms(double value) { return QString::number(value, 'f', 3); }

} // namespace

TuneJob::TuneJob(StudioDocument* document, ProfileDatabase* database, QObject* parent)
    : QObject(parent), document_(document), database_(database), runner_(new JobRunner(JobRunner::Where::Pool, this)) {
    connect(runner_, &JobRunner::progress, this,
            [this](quint64, int done, int total, const QString& text) { emit progressed(done, total, text); });
    connect(runner_, &JobRunner::cancelled, this,
            [this] { end(false, tr("Cancelled: the runs measured so far are stored under “%1”.").arg(jobName_)); });
    connect(runner_, &JobRunner::failed, this, [this](quint64, const QString& why) { end(false, tr("Failed: %1").arg(why)); });
}

bool TuneJob::startTune(const SearchSettings& settings, QString* why) { return start(Kind::Tune, settings, why); }
bool TuneJob::startBisect(const SearchSettings& settings, QString* why) { return start(Kind::Bisect, settings, why); }

// The document's model and its config text, parsed (unsaved edits included).
std::optional<PartitionConfig> TuneJob::readDocument(QString* why) const {
    if (isRunning()) {
        *why = tr("A search is running; cancel it first.");
        return std::nullopt;
    }
    if (!document_->session() || document_->isBusy()) {
        *why = tr("Open a model and wait for its partition first.");
        return std::nullopt;
    }
    auto config = parsePartitionConfig(document_->configText().toStdString(), document_->configLabel().toStdString());
    if (!config) {
        *why = QString::fromStdString(config.error().message());
        return std::nullopt;
    }
    return std::move(*config);
}

bool TuneJob::start(Kind kind, const SearchSettings& settings, QString* why) {
    std::optional<PartitionConfig> config = readDocument(why);
    if (!config) return false;
    kind_ = kind;
    tuned_.reset();
    bisected_.reset();
    session_ = document_->session()->session;
    modelPath_ = document_->modelPath();
    writtenText_ = document_->configText();
    jobName_ = QString::fromStdString(fusebox::jobName(kind == Kind::Tune ? "tune" : "bisect"));
    bound_ = AccuracyBound{AccuracyBound::Kind::MinCosine, settings.minCosine, {}};

    SearchInput in{session_, std::move(*config), database_->path().toStdString(), jobName_.toStdString(), {}, bound_,
                   settings.budget, kind == Kind::Tune ? settings.budget : 0};
    in.confirmRounds = settings.confirmRounds;
    in.measure.iters = settings.iterations;
    in.measure.warmup = settings.warmup;
    in.measure.threads = settings.threads;
    // As `fusebox tune`: a subgraph its device cannot compile fails the candidate, since
    // a host fallback measured as if it were the device would mislead the search.
    in.measure.hostFallback = kind != Kind::Tune;
    if (kind == Kind::Tune) {
        runner_->start(
            this, [in](const JobContext& job) { return tuneJob(in, job); }, [this](Result<TuneResult> r) { onTuned(std::move(r)); });
    } else {
        runner_->start(
            this, [in](const JobContext& job) { return bisectJob(in, job); },
            [this](Result<BisectResult> r) { onBisected(std::move(r)); });
    }
    return true;
}

void TuneJob::onTuned(Result<TuneResult> result) {
    if (!result) return end(false, tr("Tuning failed: %1").arg(QString::fromStdString(result.error().message())));
    tuned_ = std::move(*result);
    end(true, summary());
}

void TuneJob::onBisected(Result<BisectResult> result) {
    if (!result) return end(false, tr("Bisection failed: %1").arg(QString::fromStdString(result.error().message())));
    bisected_ = std::move(*result);
    end(true, summary());
}

void TuneJob::end(bool completed, const QString& summary) {
    database_->notifyRunsStored(); // finished, failed or cancelled: runs were written
    emit finished(completed, summary);
}

QString TuneJob::tunedConfigText() const {
    const TuneCandidate* best = tuned_ ? tuned_->bestCandidate() : nullptr;
    if (!best) return {};
    const std::string header = "Tuned in fusebox-studio (" + jobName_.toStdString() + "): " + best->label + ", " +
                               ms(best->outcome.total.medianMs).toStdString() + " ms median (bound " + bound_.describe() + ").";
    return QString::fromStdString(fusebox::tunedConfigText(*tuned_, writtenText_.toStdString(), header));
}

QString TuneJob::fixedConfigText() const {
    if (!bisected_ || !bisected_->needed || bisected_->culpritNodes.empty()) return {};
    return QString::fromStdString(appendRules(writtenText_.toStdString(), {bisected_->fix}));
}

QStringList TuneJob::culpritNames() const {
    QStringList names;
    if (!bisected_ || !session_) return names;
    for (NodeId id : bisected_->culpritNodes) names.append(QString::fromStdString(session_->graph().node(id).name));
    return names;
}

QString TuneJob::summary() const {
    const QString bound = QString::fromStdString(bound_.describe());
    if (tuned_) {
        const TuneCandidate* best = tuned_->bestCandidate();
        const QString measured = tr("%n candidate(s) measured; stopped: %1.", nullptr, int(tuned_->candidates.size()))
                                     .arg(QString::fromStdString(tuned_->stopReason));
        if (!best) return tr("No candidate keeps %1. %2").arg(bound, measured);
        const QString label = QString::fromStdString(best->label);
        const double bestMs = best->confirmedMs();
        const TuneCandidate* written =
            tuned_->asWritten < 0 ? nullptr : &tuned_->candidates[static_cast<std::size_t>(tuned_->asWritten)];
        if (!written || written->outcome.kind != ProfileOutcomeKind::Stored || bestMs <= 0) {
            return tr("Best: %1, median %2 ms. %3").arg(label, ms(bestMs), measured);
        }
        const double writtenMs = written->confirmedMs();
        return tr("Best: %1, median %2 ms, %3x over the config as written (%4 ms). %5")
            .arg(label, ms(bestMs), QString::number(writtenMs / bestMs, 'f', 2), ms(writtenMs), measured);
    }
    if (bisected_) {
        const QString figure = QString::fromStdString(bound_.describeFigure(bisected_->asWritten().outcome.accuracy));
        const int culprits = int(bisected_->culpritNodes.size());
        const QString probes = QString::number(bisected_->probes.size());
        if (!bisected_->needed) return tr("The config keeps %1 (%2): nothing to bisect.").arg(bound, figure);
        if (const BisectProbe* fixed = bisected_->fixed()) {
            return tr("The config misses %1 (%2). %n culprit node(s) found; with them on host: %3. %4 probes measured.", nullptr,
                      culprits)
                .arg(bound, figure, QString::fromStdString(bound_.describeFigure(fixed->outcome.accuracy)), probes);
        }
        return tr("The config misses %1 (%2). %n culprit node(s) found. %3 probes measured.", nullptr, culprits)
            .arg(bound, figure, probes);
    }
    return {};
}

} // namespace fusebox::studio
