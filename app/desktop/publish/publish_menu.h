#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

#include "gigamap/core/bounding_box.h"
#include "gigamap/core/feedback.h"
#include "gigamap/render/map_layer.h"

class QMainWindow;
class QProgressDialog;

namespace gigamap::core {
class Project;
}

namespace gigamap::desktop {

class UserErrors;

// The Publish menu: the procurement report (PDF or HTML, the document
// `gigamap-cli report` writes), the map as shown exported to PNG or PDF with
// legend, scale bar, north arrow and attribution, and the cost model's
// dialog. Reports and exports run on a worker thread with their own read-only
// connection to the project, behind a progress dialog that can cancel them.
class PublishMenu : public QObject {
    Q_OBJECT

public:
    struct Sources {
        std::function<core::Project*()> project;
        std::function<core::BoundingBox()> extent;  // the map as shown
        std::function<std::vector<render::MapLayer>()> layers;
    };

    PublishMenu(QMainWindow& window, UserErrors& errors, Sources sources);
    ~PublishMenu() override;

    // Starts writing the report to `file` (.pdf or .html); reportDone follows.
    void startReport(const QString& file);
    // Starts exporting the map as `options` say (extent and layers are the map's).
    void startMapExport(const QString& file, const QString& title);
    [[nodiscard]] bool isBusy() const;

signals:
    // Emitted when a report or export ends: `error` is empty when it was written.
    void finished(const QString& file, const QString& error);

private:
    using Work = std::function<void(core::Project&, core::Feedback&)>;
    void chooseReport();
    void chooseMapExport();
    void editCostModel();
    void start(const QString& what, const QString& file, Work work);

    QMainWindow& window_;
    UserErrors& errors_;
    Sources sources_;
    QFutureWatcher<QString> watcher_;
    core::Feedback* feedback_ = nullptr;
    std::unique_ptr<core::Feedback> ownedFeedback_;
    QProgressDialog* progress_ = nullptr;
    QString file_;
};

}  // namespace gigamap::desktop
