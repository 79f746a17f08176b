#include "analysis/analysis_runner.h"

#include <QtConcurrent/QtConcurrentRun>

#include "common/progress_feedback.h"
#include "gigamap/core/error.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/project.h"

namespace gigamap::desktop {

AnalysisRunner::AnalysisRunner(QObject* parent) : QObject(parent) {
    connect(&watcher_, &QFutureWatcher<Result>::finished, this, &AnalysisRunner::deliver);
}

AnalysisRunner::~AnalysisRunner() {
    cancel();
    watcher_.waitForFinished();
}

bool AnalysisRunner::isRunning() const {
    return watcher_.isRunning();
}

void AnalysisRunner::start(const std::filesystem::path& project, AnalysisJob job) {
    if (isRunning()) {
        emit failed(tr("An analysis is already running."));
        return;
    }
    feedback_ = std::make_unique<ProgressFeedback>();
    connect(feedback_.get(), &ProgressFeedback::progressed, this, &AnalysisRunner::progressed);
    emit progressed(0);
    watcher_.setFuture(
        QtConcurrent::run([project, feedback = feedback_.get(), job = std::move(job)]() -> Result {
            try {
                auto reading = core::Project::open(project, core::Project::Access::ReadOnly);
                return {job(reading, *feedback), {}};
            } catch (const core::CancelledError&) {
                return {};
            } catch (const std::exception& error) {
                return {std::nullopt, QString::fromUtf8(error.what())};
            }
        }));
}

void AnalysisRunner::cancel() {
    if (feedback_) {
        feedback_->cancel();
    }
}

void AnalysisRunner::deliver() {
    const bool wasCancelled = feedback_ && feedback_->isCancelled();
    feedback_.reset();
    Result result = watcher_.result();
    if (wasCancelled) {
        emit cancelled();
    } else if (!result.error.isEmpty()) {
        emit failed(result.error);
    } else if (result.outcome) {
        outcome_ = std::move(result.outcome);
        emit progressed(100);
        emit succeeded();
    } else {
        emit cancelled();
    }
}

}  // namespace gigamap::desktop
