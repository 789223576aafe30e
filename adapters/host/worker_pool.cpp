#include "worker_pool.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace fusebox::host {

namespace {

thread_local bool insideBlock = false; // this thread is running a block of some loop

// One parallel loop. Workers that wake late find every block taken and do nothing, and
// since each loop has its own counters they never touch a later loop's blocks.
struct Loop {
    int64_t count = 0, blocks = 0, size = 0;
    BlockFunction function = nullptr;
    void* context = nullptr;
    std::atomic<int64_t> next{0};    // the next block to take
    std::atomic<int64_t> pending{0}; // blocks not finished yet

    // Takes and runs blocks until none is left; true when it finished the last one.
    bool work() {
        bool finishedLast = false;
        insideBlock = true;
        for (int64_t b = next.fetch_add(1); b < blocks; b = next.fetch_add(1)) {
            const int64_t begin = b * size, end = std::min(count, begin + size);
            if (begin < end) function(context, begin, end);
            finishedLast = pending.fetch_sub(1) == 1;
        }
        insideBlock = false;
        return finishedLast;
    }
};

class WorkerPool {
public:
    static WorkerPool& instance() {
        static WorkerPool pool;
        return pool;
    }

    ~WorkerPool() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_all();
        for (std::thread& worker : workers_) worker.join();
    }

    void run(const std::shared_ptr<Loop>& loop) {
        std::lock_guard oneLoopAtATime(submit_);
        {
            std::lock_guard lock(mutex_);
            while (static_cast<int64_t>(workers_.size()) < loop->blocks - 1) workers_.emplace_back([this] { serve(); });
            current_ = loop;
            ++generation_;
        }
        wake_.notify_all();
        if (loop->work()) return;
        std::unique_lock lock(mutex_);
        done_.wait(lock, [&] { return loop->pending.load() == 0; });
    }

private:
    void serve() {
        uint64_t seen = 0;
        while (true) {
            std::shared_ptr<Loop> loop;
            {
                std::unique_lock lock(mutex_);
                wake_.wait(lock, [&] { return stopping_ || generation_ != seen; });
                if (stopping_) return;
                seen = generation_;
                loop = current_;
            }
            if (loop->work()) {
                std::lock_guard lock(mutex_); // the submitter checks `pending` under this lock
                done_.notify_all();
            }
        }
    }

    std::mutex submit_;
    std::mutex mutex_;
    std::condition_variable wake_, done_;
    std::vector<std::thread> workers_;
    std::shared_ptr<Loop> current_;
    uint64_t generation_ = 0;
    bool stopping_ = false;
};

} // namespace

void runBlocks(int64_t count, int64_t blocks, BlockFunction function, void* context) {
    if (blocks <= 1 || insideBlock) {
        function(context, 0, count);
        return;
    }
    auto loop = std::make_shared<Loop>();
    loop->count = count;
    loop->blocks = blocks;
    loop->size = (count + blocks - 1) / blocks;
    loop->function = function;
    loop->context = context;
    loop->pending = blocks;
    WorkerPool::instance().run(loop);
}

} // namespace fusebox::host
