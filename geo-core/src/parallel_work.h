#pragma once

// Private to geo-core: how the analyses use all cores through oneTBB. Every
// worker thread has its own GEOS context (GEOS's reentrant API keeps no global
// state); geometries a thread makes belong to its context, which lives as long
// as the ThreadContexts object, so results may outlive the parallel loop.

#include <tbb/blocked_range.h>
#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>

#include <atomic>
#include <cstddef>
#include <mutex>
#include <string>
#include <vector>

#include "gigamap/core/error.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/geos_context.h"

namespace gigamap::core {

class ThreadContexts {
public:
    // The calling thread's context, made on first use.
    [[nodiscard]] const GeosContext& local() { return contexts_.local(); }

private:
    tbb::enumerable_thread_specific<GeosContext> contexts_;
};

// Progress over a known amount of work, reported to a Feedback from whichever
// thread crosses the next step (one at a time); cancellation is checked by
// every worker between chunks and ends the loop with CancelledError.
class ParallelProgress {
public:
    ParallelProgress(Feedback* feedback, std::size_t total, double from, double to,
                     std::string cancelMessage)
        : feedback_(feedback),
          total_(total == 0 ? 1 : total),
          from_(from),
          to_(to),
          cancelMessage_(std::move(cancelMessage)) {}

    void checkCancelled() const {
        if (feedback_ != nullptr && feedback_->isCancelled()) {
            throw CancelledError(cancelMessage_);
        }
    }

    void advance(std::size_t amount) {
        const std::size_t done = done_.fetch_add(amount) + amount;
        if (feedback_ == nullptr) {
            return;
        }
        const double percent =
            from_ + (to_ - from_) * static_cast<double>(done) / static_cast<double>(total_);
        std::unique_lock lock(mutex_, std::try_to_lock);
        if (lock.owns_lock() && percent >= reported_ + 0.5) {
            reported_ = percent;
            feedback_->setProgress(percent);
        }
    }

private:
    Feedback* feedback_;
    std::size_t total_;
    double from_;
    double to_;
    std::string cancelMessage_;
    std::atomic<std::size_t> done_{0};
    std::mutex mutex_;
    double reported_ = -1.0;
};

// Runs work(index, context, rows) for every index in [0, count) on all cores
// and returns the rows all the calls appended, in no particular order (the
// caller sorts). Memory is the rows themselves, nothing per pair tested.
template <typename Row, typename Work>
std::vector<Row> collectInParallel(std::size_t count, ThreadContexts& contexts,
                                   ParallelProgress& progress, Work&& work,
                                   std::size_t grain = 256) {
    tbb::enumerable_thread_specific<std::vector<Row>> rows;
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, count, grain),
                      [&](const tbb::blocked_range<std::size_t>& range) {
                          progress.checkCancelled();
                          const GeosContext& context = contexts.local();
                          auto& out = rows.local();
                          for (std::size_t i = range.begin(); i != range.end(); ++i) {
                              work(i, context, out);
                          }
                          progress.advance(range.size());
                      });
    std::vector<Row> all;
    for (auto& part : rows) {
        all.insert(all.end(), std::make_move_iterator(part.begin()),
                   std::make_move_iterator(part.end()));
    }
    return all;
}

}  // namespace gigamap::core
