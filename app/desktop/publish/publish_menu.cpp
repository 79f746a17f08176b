#include "publish/publish_menu.h"

#include <QFileDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include "common/user_errors.h"
#include "gigamap/core/cost_model.h"
#include "gigamap/core/error.h"
#include "gigamap/core/project.h"
#include "gigamap/core/transaction.h"
#include "gigamap/render/map_export.h"
#include "gigamap/render/project_map_layers.h"
#include "gigamap/report/report.h"
#include "publish/cost_model_dialog.h"
#include "publish/export_map_dialog.h"

namespace gigamap::desktop {

PublishMenu::PublishMenu(QMainWindow& window, UserErrors& errors, Sources sources)
    : QObject(&window), window_(window), errors_(errors), sources_(std::move(sources)) {
    QMenu* menu = window.menuBar()->addMenu(tr("P&ublish"));
    menu->addAction(tr("Procurement &report…"), QKeySequence(tr("Ctrl+Shift+R")), this,
                    &PublishMenu::chooseReport);
    menu->addAction(tr("&Export map…"), QKeySequence(tr("Ctrl+Shift+E")), this,
                    &PublishMenu::chooseMapExport);
    menu->addSeparator();
    menu->addAction(tr("&Cost model…"), this, &PublishMenu::editCostModel);
    connect(&watcher_, &QFutureWatcher<QString>::finished, this, [this] {
        if (progress_ != nullptr) {
            progress_->reset();
        }
        const QString error = watcher_.result();
        if (!error.isEmpty()) {
            errors_.report(error);
        }
        emit finished(file_, error);
    });
}

PublishMenu::~PublishMenu() {
    if (feedback_ != nullptr) {
        feedback_->cancel();
    }
    watcher_.waitForFinished();
}

bool PublishMenu::isBusy() const {
    return watcher_.isRunning();
}

void PublishMenu::chooseReport() {
    if (sources_.project() == nullptr) {
        errors_.report(tr("Open a project first."));
        return;
    }
    const QString file = QFileDialog::getSaveFileName(
        &window_, tr("Procurement report"), QStringLiteral("report.pdf"),
        tr("PDF document (*.pdf);;HTML page (*.html)"));
    if (!file.isEmpty()) {
        startReport(file);
    }
}

void PublishMenu::chooseMapExport() {
    core::Project* project = sources_.project();
    if (project == nullptr) {
        errors_.report(tr("Open a project first."));
        return;
    }
    ExportMapDialog dialog(QString::fromStdString(project->meta().name), &window_);
    dialog.setFile(QStringLiteral("map.png"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const auto options = dialog.options(sources_.extent());
    startMapExport(QString::fromStdString(options.out.string()), options.sheet.title);
}

void PublishMenu::editCostModel() {
    core::Project* project = sources_.project();
    if (project == nullptr) {
        errors_.report(tr("Open a project first."));
        return;
    }
    errors_.run(tr("edit the cost model"), [&] {
        CostModelDialog dialog(core::CostModel::load(*project), project->isReadOnly(), &window_);
        if (dialog.exec() == QDialog::Accepted && !project->isReadOnly()) {
            core::Transaction transaction(project->database());
            dialog.costs().save(*project);
            transaction.commit();
        }
    });
}

void PublishMenu::startReport(const QString& file) {
    core::Project* project = sources_.project();
    if (project == nullptr) {
        errors_.report(tr("Open a project first."));
        return;
    }
    report::ReportOptions options;
    options.costs = core::CostModel::load(*project);
    const std::filesystem::path out = file.toStdString();
    start(tr("Writing the report"), file,
          [options, out](core::Project& reading, core::Feedback& feedback) {
              (void)report::writeReport(reading, options, out, &feedback);
          });
}

void PublishMenu::startMapExport(const QString& file, const QString& title) {
    core::Project* project = sources_.project();
    if (project == nullptr) {
        errors_.report(tr("Open a project first."));
        return;
    }
    render::MapExportOptions options;
    options.out = file.toStdString();
    options.extent = sources_.extent();
    options.sheet.title = title;
    options.sheet.attribution = render::projectAttribution(*project);
    start(tr("Exporting the map"), file,
          [options, layers = sources_.layers()](core::Project& reading, core::Feedback&) {
              render::exportMap(render::MapSheet(reading.database(), reading.srid()), layers,
                                options);
          });
}

void PublishMenu::start(const QString& what, const QString& file, Work work) {
    if (isBusy()) {
        errors_.report(tr("A report or export is already being written."));
        return;
    }
    file_ = file;
    ownedFeedback_ = std::make_unique<core::Feedback>();
    feedback_ = ownedFeedback_.get();
    if (progress_ == nullptr) {
        progress_ = new QProgressDialog(&window_);
        progress_->setWindowModality(Qt::WindowModal);
        progress_->setMinimumDuration(300);
        progress_->setRange(0, 0);
        connect(progress_, &QProgressDialog::canceled, this, [this] {
            if (feedback_ != nullptr) {
                feedback_->cancel();
            }
        });
    }
    progress_->setLabelText(what + QStringLiteral("…"));
    progress_->reset();
    progress_->setRange(0, 0);
    const std::filesystem::path path = sources_.project()->path();
    core::Feedback* feedback = feedback_;
    watcher_.setFuture(QtConcurrent::run([path, feedback, work = std::move(work)]() -> QString {
        try {
            auto reading = core::Project::open(path, core::Project::Access::ReadOnly);
            work(reading, *feedback);
            return {};
        } catch (const core::CancelledError&) {
            return QObject::tr("Cancelled; nothing was written.");
        } catch (const std::exception& error) {
            return QString::fromUtf8(error.what());
        }
    }));
}

}  // namespace gigamap::desktop
