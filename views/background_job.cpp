#include "background_job.h"

#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>

#include <exception>
#include <new>

namespace fusebox::studio {

// The way back from the workers to the runner. The runner closes it when it is destroyed;
// posting holds the lock, so a worker never posts to a runner being destroyed (Qt drops
// events already posted to a deleted object).
class JobMailbox {
public:
    explicit JobMailbox(JobRunner* runner) : runner_(runner) {}

    void post(std::function<void(JobRunner*)> call) {
        const QMutexLocker lock(&mutex_);
        if (!runner_) return;
        QMetaObject::invokeMethod(runner_, [runner = runner_, call = std::move(call)] { call(runner); }, Qt::QueuedConnection);
    }
    void close() {
        const QMutexLocker lock(&mutex_);
        runner_ = nullptr;
    }

private:
    QMutex mutex_;
    JobRunner* runner_;
};

void JobContext::reportProgress(int done, int total, const QString& text) const {
    if (!mailbox_) return;
    mailbox_->post([id = id_, done, total, text](JobRunner* runner) { runner->showProgress(id, done, total, text); });
}

JobRunner::JobRunner(Where where, QObject* parent) : QObject(parent), mailbox_(std::make_shared<JobMailbox>(this)) {
    if (where == Where::Pool) {
        pool_ = QThreadPool::globalInstance();
        return;
    }
    // One thread that never expires: every job of this runner runs on the same thread.
    ownPool_ = std::make_unique<QThreadPool>();
    ownPool_->setMaxThreadCount(1);
    ownPool_->setExpiryTimeout(-1);
    pool_ = ownPool_.get();
}

JobRunner::~JobRunner() {
    mailbox_->close();
    dropCurrent();
    if (ownPool_) ownPool_->clear(); // jobs not started yet; the destructor waits for the running one
}

quint64 JobRunner::launch(Run run) {
    dropCurrent();
    const quint64 id = ++lastId_;
    current_ = id;
    currentCancel_ = std::make_shared<std::atomic<bool>>(false);
    clock_.start();
    JobContext job;
    job.id_ = id;
    job.cancel_ = currentCancel_;
    job.mailbox_ = mailbox_;
    pool_->start([run = std::move(run), job] {
        if (job.isCancelled()) return; // superseded while it waited for a thread
        const auto failWith = [&job](const QString& message) {
            job.mailbox_->post([id = job.id_, message](JobRunner* runner) { runner->fail(id, message); });
        };
        try {
            run(job, [&job](HandOver handOver) {
                job.mailbox_->post([id = job.id_, handOver = std::move(handOver)](JobRunner* runner) { runner->deliver(id, handOver); });
            });
        } catch (const std::bad_alloc&) {
            failWith(tr("out of memory: the model's tensors or a library's buffers need more than this machine gives"));
        } catch (const std::exception& e) {
            failWith(QString::fromUtf8(e.what()));
        }
    });
    emit started(id);
    return id;
}

void JobRunner::deliver(quint64 id, const HandOver& handOver) {
    if (id != current_) return; // superseded or cancelled: the result is dropped
    current_ = 0;
    currentCancel_.reset();
    handOver();
    emit finished(id);
    if (!isBusy()) emit idle(); // the hand-over may have started the next job
}

void JobRunner::fail(quint64 id, const QString& message) {
    if (id != current_) return;
    current_ = 0;
    currentCancel_.reset();
    emit failed(id, message);
    emit idle();
}

void JobRunner::showProgress(quint64 id, int done, int total, const QString& text) {
    if (id == current_) emit progress(id, done, total, text);
}

void JobRunner::cancel() {
    if (!isBusy()) return;
    const quint64 id = current_;
    dropCurrent();
    emit cancelled(id);
    emit idle();
}

void JobRunner::dropCurrent() {
    if (currentCancel_) currentCancel_->store(true);
    currentCancel_.reset();
    current_ = 0;
}

} // namespace fusebox::studio
