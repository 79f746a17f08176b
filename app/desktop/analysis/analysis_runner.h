#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <filesystem>
#include <memory>
#include <optional>

#include "analysis/analysis_outcome.h"

namespace gigamap::desktop {

class ProgressFeedback;

// Runs one analysis at a time off the GUI thread with its own read-only
// connection to the project, in the manner of QGIS's processing tasks:
// progress while it runs, cancel at any moment. A cancelled run delivers
// nothing, even when it had already finished its work.
class AnalysisRunner : public QObject {
    Q_OBJECT

public:
    explicit AnalysisRunner(QObject* parent = nullptr);
    ~AnalysisRunner() override;

    void start(const std::filesystem::path& project, AnalysisJob job);
    void cancel();
    [[nodiscard]] bool isRunning() const;
    // The last successful run's outcome.
    [[nodiscard]] const std::optional<AnalysisOutcome>& outcome() const { return outcome_; }

signals:
    void progressed(int percent);
    void succeeded();
    void failed(const QString& message);
    void cancelled();

private:
    struct Result {
        std::optional<AnalysisOutcome> outcome;
        QString error;
    };
    void deliver();

    QFutureWatcher<Result> watcher_;
    std::unique_ptr<ProgressFeedback> feedback_;  // the worker's, until it has finished
    std::optional<AnalysisOutcome> outcome_;
};

}  // namespace gigamap::desktop
