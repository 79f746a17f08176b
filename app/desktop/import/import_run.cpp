#include "import/import_run.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "common/progress_feedback.h"
#include "gigamap/core/error.h"
#include "gigamap/core/project.h"

namespace gigamap::desktop {

ImportRun::ImportRun(QObject* parent) : QObject(parent) {
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this,
            [this] { end(watcher_.result()); });
}

ImportRun::~ImportRun() {
    cancel();
    watcher_.waitForFinished();
}

bool ImportRun::isRunning() const {
    return running_;
}

void ImportRun::cancel() {
    if (running_ && feedback_ != nullptr) {
        feedback_->cancel();
    }
}

void ImportRun::start(core::Project& project, importers::ImportJob job) {
    if (running_) {
        return;
    }
    running_ = true;
    outcome_ = {};
    std::shared_ptr<core::Project> connection;
    try {
        connection = std::make_shared<core::Project>(project.openSecondConnection());
    } catch (const std::exception& error) {
        Outcome failed;
        failed.message = QString::fromUtf8(error.what());
        // Reported after start() returns, as a run on the worker would be.
        QMetaObject::invokeMethod(
            this, [this, failed] { end(failed); }, Qt::QueuedConnection);
        return;
    }
    feedback_ = std::make_unique<ProgressFeedback>();
    connect(feedback_.get(), &ProgressFeedback::progressed, this, &ImportRun::progressed);
    core::Feedback* feedback = feedback_.get();
    watcher_.setFuture(QtConcurrent::run([connection, feedback, job = std::move(job)] {
        QElapsedTimer timer;
        timer.start();
        Outcome outcome;
        try {
            outcome.summary = job.run(*connection, feedback);
            outcome.result = Outcome::Result::Imported;
        } catch (const core::CancelledError&) {
            outcome.result = Outcome::Result::Cancelled;
            outcome.message = QObject::tr(
                "The import was cancelled. Everything it had done was rolled back: the project "
                "is as it was before.");
        } catch (const std::exception& error) {
            outcome.message = QString::fromUtf8(error.what());
        }
        outcome.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        return outcome;
    }));
}

void ImportRun::end(Outcome outcome) {
    outcome_ = std::move(outcome);
    running_ = false;
    emit finished();
}

}  // namespace gigamap::desktop
