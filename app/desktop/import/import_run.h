#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>

#include "gigamap/importers/import_job.h"
#include "gigamap/importers/import_summary.h"

namespace gigamap::core {
class Project;
}

namespace gigamap::desktop {

class ProgressFeedback;

// Runs one import on a worker thread, on a second read-write connection to
// the window's project under the editing lock the window holds (so the GUI
// thread and the worker never share a connection), and says how it ended.
// Cancelling rolls the whole import back: it is one transaction.
class ImportRun : public QObject {
    Q_OBJECT

public:
    struct Outcome {
        enum class Result { Imported, Failed, Cancelled };
        Result result = Result::Failed;
        importers::ImportSummary summary;
        QString message;  // why it failed or that it was cancelled
        double seconds = 0.0;
    };

    explicit ImportRun(QObject* parent = nullptr);
    // Cancels a run in progress and waits for its rollback.
    ~ImportRun() override;

    // Starts `job` on `project` (open for editing); finished() follows.
    void start(core::Project& project, importers::ImportJob job);
    void cancel();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] const Outcome& outcome() const { return outcome_; }

signals:
    void progressed(int percent);
    void finished();

private:
    void end(Outcome outcome);

    QFutureWatcher<Outcome> watcher_;
    std::unique_ptr<ProgressFeedback> feedback_;
    Outcome outcome_;
    bool running_ = false;
};

}  // namespace gigamap::desktop
