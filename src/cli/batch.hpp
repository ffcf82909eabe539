#pragma once
// Parallel batches with output in input order (`figura extract FILE...`, `figura check --jsonl`).
// The caller submits tasks in input order; `jobs` worker threads run them; each result is handed to
// the sink on the caller's thread, in submission order, as soon as it and every earlier one are done.
// At most `window` results wait at a time, so memory stays bounded however long the input is. With
// one job nothing is threaded: each task runs and is sunk inside `submit`, in order, so the output is
// the same bytes whatever the number of jobs.
//
// The library is single-threaded per call and reentrant (docs/cli.md, "Parallel batches"): tasks
// share nothing but read-only tables (the currency lexicon, the embedded rates).

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace figura::cli {

/// `--jobs` when not given: the number of cores (at least 1).
unsigned default_jobs() noexcept;

template <class Result>
class ordered_batch {
public:
    using task = std::function<Result()>;
    using sink = std::function<void(Result&&)>;

    ordered_batch(unsigned jobs, std::size_t window, sink to) : sink_(std::move(to)), window_(window < 1 ? 1 : window) {
        if (jobs <= 1) return;
        workers_.reserve(jobs);
        for (unsigned i = 0; i < jobs; ++i) workers_.emplace_back([this] { work(); });
    }
    ordered_batch(ordered_batch const&) = delete;
    ordered_batch& operator=(ordered_batch const&) = delete;
    ~ordered_batch() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        wake_workers_.notify_all();
        for (auto& t : workers_) t.join();
    }

    /// Queues `t`; blocks while `window` results are pending, sinking finished ones meanwhile.
    void submit(task t) {
        if (workers_.empty()) {
            sink_(t());
            return;
        }
        std::unique_lock lock(mutex_);
        while (slots_.size() >= window_) {
            drain(lock);
            if (slots_.size() >= window_) head_done_.wait(lock);
        }
        slots_.push_back(slot{std::move(t), std::nullopt, nullptr});
        lock.unlock();
        wake_workers_.notify_one();
        lock.lock();
        drain(lock);
    }

    /// Waits for every task and sinks the remaining results. A task's exception is rethrown here
    /// (after the results before it were sunk).
    void finish() {
        if (workers_.empty()) return;
        std::unique_lock lock(mutex_);
        while (!slots_.empty()) {
            drain(lock);
            if (!slots_.empty()) head_done_.wait(lock);
        }
    }

private:
    struct slot {
        task job;
        std::optional<Result> result;
        std::exception_ptr failure;
    };

    // Sinks finished results from the head, without holding the lock while the sink writes.
    void drain(std::unique_lock<std::mutex>& lock) {
        while (!slots_.empty() && (slots_.front().result || slots_.front().failure)) {
            slot done = std::move(slots_.front());
            slots_.pop_front();
            ++first_index_;
            lock.unlock();
            if (done.failure) std::rethrow_exception(done.failure);
            sink_(std::move(*done.result));
            lock.lock();
        }
    }

    void work() {
        std::unique_lock lock(mutex_);
        for (;;) {
            wake_workers_.wait(lock, [&] { return stopping_ || next_ < first_index_ + slots_.size(); });
            if (next_ < first_index_ + slots_.size()) {
                std::size_t const index = next_++;
                task job = std::move(slots_[index - first_index_].job);
                lock.unlock();
                std::optional<Result> result;
                std::exception_ptr failure;
                try {
                    result.emplace(job());
                } catch (...) {
                    failure = std::current_exception();
                }
                lock.lock();
                // The slot cannot have moved out: the head is only removed once it has a result.
                slot& s = slots_[index - first_index_];
                s.result = std::move(result);
                s.failure = failure;
                if (index == first_index_) head_done_.notify_all();
                continue;
            }
            if (stopping_) return;
        }
    }

    sink sink_;
    std::size_t window_;
    std::vector<std::thread> workers_;
    std::mutex mutex_;
    std::condition_variable wake_workers_;
    std::condition_variable head_done_;
    std::deque<slot> slots_;
    std::size_t first_index_ = 0;  ///< index of slots_.front()
    std::size_t next_ = 0;         ///< next index a worker takes
    bool stopping_ = false;
};

}  // namespace figura::cli
