#pragma once
// The studio's one pattern for background work (partitioning, Graphviz layout, profile
// runs, ...). A JobRunner runs one job at a time as far as the UI is concerned:
//
//   runner->start(owner, [model, config](const JobContext& job) {   // value copies, never `this`
//       job.reportProgress(0, 0, QStringLiteral("partitioning"));
//       return model->partition(config, job.cancelFlag());          // the engine checks the flag
//   }, [owner](Result<PartitionPlan> plan) { ... });                // UI thread, only if still wanted
//
// - Every job has an id (start() returns it; the signals carry it).
// - The work function runs on a worker thread and gets a JobContext: a cancel flag it
//   passes into the engine (`const std::atomic<bool>* cancel` parameters) and a progress
//   reporter. Progress and the result reach the UI thread queued.
// - A newer start() on the same runner, cancel() and the runner's destruction cancel the
//   current job: its flag is set and its result is dropped (`done` is never called and
//   finished() is not emitted for it). Work that does not check the flag (a library call
//   with no cancel) runs to its end on the worker and its result is thrown away.
// - The owner is held by QPointer: when it is destroyed before the result arrives, the
//   result is dropped.
// - Where::Pool runs jobs on QThreadPool::globalInstance(); Where::OwnThread on one
//   thread of this runner's own, which every job of the runner uses (for libraries that
//   are not thread-safe, e.g. cgraph: all Graphviz calls then happen on that thread).
//   Jobs on that thread run one after another; a superseded job queued there and not yet
//   started is skipped.
//
// Signals, all on the UI thread, for the job that is current when they are emitted:
// started(id) on start(); progress(id, ...) as the work reports it; finished(id) once the
// work returned (after `done` ran, or in its place when the owner is gone); cancelled(id)
// when cancel() stops a job (not when a newer job supersedes it); failed(id, message) in
// place of `done` and finished() when the work threw (std::bad_alloc, or an exception from a
// library the engine calls): the worker catches it, so it never ends the program; idle()
// once no job is current any more (after finished, cancelled or failed; not between a
// superseded job and its successor). A work function must be copyable; its result type movable.

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

class QThreadPool;

namespace fusebox::studio {

class JobMailbox;

// What a work function gets. Cheap to copy; safe to use from the worker thread.
class JobContext {
public:
    quint64 id() const { return id_; }
    bool isCancelled() const { return cancel_->load(std::memory_order_relaxed); }
    // For the engine's `const std::atomic<bool>* cancel` parameters; lives as long as
    // any copy of this context.
    const std::atomic<bool>* cancelFlag() const { return cancel_.get(); }
    // Thread-safe; delivered queued to the runner's progress() signal. total == 0:
    // amount unknown (show a busy indicator).
    void reportProgress(int done, int total, const QString& text = {}) const;

private:
    friend class JobRunner;
    quint64 id_ = 0;
    std::shared_ptr<std::atomic<bool>> cancel_;
    std::shared_ptr<JobMailbox> mailbox_;
};

class JobRunner : public QObject {
    Q_OBJECT

public:
    enum class Where { Pool, OwnThread };

    explicit JobRunner(Where where, QObject* parent = nullptr);
    // Cancels the current job. With Where::OwnThread it waits for the job running on
    // the thread to end.
    ~JobRunner() override;

    // Starts `work(const JobContext&)` in the background, superseding the current job;
    // calls `done(result)` on the UI thread when the work returns, unless the job was
    // superseded or cancelled meanwhile or `owner` is gone. Returns the job's id.
    template <typename Work, typename Done>
    quint64 start(QObject* owner, Work work, Done done);

    // Cancels the current job (no-op when idle); emits cancelled(id) and idle().
    void cancel();
    bool isBusy() const { return current_ != 0; }
    quint64 currentJob() const { return current_; }
    // Milliseconds since the current job started (0 when idle).
    qint64 elapsedMs() const { return isBusy() ? clock_.elapsed() : 0; }

signals:
    void started(quint64 id);
    void progress(quint64 id, int done, int total, const QString& text);
    void finished(quint64 id);
    void cancelled(quint64 id);
    void failed(quint64 id, const QString& message);
    void idle();

private:
    friend class JobContext;
    // `run` calls the work and gives its hand-over closure to `post`, which sends it to
    // the UI thread; deliver() runs it there if the job is still current.
    using HandOver = std::function<void()>;
    using Run = std::function<void(const JobContext& job, const std::function<void(HandOver)>& post)>;
    quint64 launch(Run run);
    void deliver(quint64 id, const HandOver& handOver);
    void fail(quint64 id, const QString& message);
    void showProgress(quint64 id, int done, int total, const QString& text);
    void dropCurrent();

    QThreadPool* pool_ = nullptr;
    std::unique_ptr<QThreadPool> ownPool_;
    std::shared_ptr<JobMailbox> mailbox_;
    std::shared_ptr<std::atomic<bool>> currentCancel_;
    quint64 current_ = 0;
    quint64 lastId_ = 0;
    QElapsedTimer clock_;
};

template <typename Work, typename Done>
quint64 JobRunner::start(QObject* owner, Work work, Done done) {
    using Result = std::invoke_result_t<Work&, const JobContext&>;
    QPointer<QObject> guard(owner);
    // `post` sends a closure to the UI thread; it runs there only if the job is still current.
    return launch([work = std::move(work), done = std::move(done), guard](const JobContext& job,
                                                                         const std::function<void(HandOver)>& post) mutable {
        if constexpr (std::is_void_v<Result>) {
            work(job);
            post([done, guard]() mutable {
                if (guard) done();
            });
        } else {
            auto result = std::make_shared<Result>(work(job));
            post([done, guard, result]() mutable {
                if (guard) done(std::move(*result));
            });
        }
    });
}

} // namespace fusebox::studio
