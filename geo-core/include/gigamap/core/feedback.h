#pragma once

#include <atomic>

namespace gigamap::core {

// Progress and cancellation of long work, created by the caller (CLI, GUI) and
// only polled by the worker, in the manner of QGIS's QgsFeedback. Safe to
// cancel from another thread.
class Feedback {
public:
    Feedback() = default;
    Feedback(const Feedback&) = delete;
    Feedback& operator=(const Feedback&) = delete;
    virtual ~Feedback() = default;

    // Called by the worker with a percentage in 0..100.
    void setProgress(double percent) {
        progress_.store(percent);
        onProgress(percent);
    }
    [[nodiscard]] double progress() const { return progress_.load(); }

    void cancel() { cancelled_.store(true); }
    [[nodiscard]] bool isCancelled() const { return cancelled_.load(); }

protected:
    // Where a front end shows progress (a terminal bar, a progress widget).
    virtual void onProgress(double /*percent*/) {}

private:
    std::atomic<double> progress_{0.0};
    std::atomic<bool> cancelled_{false};
};

}  // namespace gigamap::core
