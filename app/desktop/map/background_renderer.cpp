#include "map/background_renderer.h"

#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <optional>
#include <utility>

#include "gigamap/core/feedback.h"
#include "gigamap/core/project.h"
#include "gigamap/render/map_renderer.h"

namespace gigamap::desktop {

// Lives on the rendering thread: the connection is opened there on first use.
struct BackgroundRenderer::Worker {
    std::filesystem::path path;
    int srid = 0;
    std::optional<core::Project> project;

    QImage render(const render::RenderRequest& request, const core::Feedback& feedback) {
        if (!project) {
            project.emplace(core::Project::open(path, core::Project::Access::ReadOnly));
        }
        const render::MapRenderer renderer(project->database(), srid);
        return renderer.render(request, feedback);
    }
};

BackgroundRenderer::BackgroundRenderer(std::filesystem::path project, int srid, QObject* parent)
    : QObject(parent), worker_(std::make_shared<Worker>()) {
    worker_->path = std::move(project);
    worker_->srid = srid;
    // One thread: requests queue behind the cancelled one, which stops at its next poll.
    pool_.setMaxThreadCount(1);
    pool_.setExpiryTimeout(-1);
}

BackgroundRenderer::~BackgroundRenderer() {
    if (current_) {
        current_->cancel();
    }
    pool_.waitForDone();
}

void BackgroundRenderer::request(render::RenderRequest request) {
    if (current_) {
        current_->cancel();
    }
    current_ = std::make_shared<core::Feedback>();
    const std::uint64_t generation = ++generation_;
    if (pending_++ == 0) {
        emit started();
    }
    (void)QtConcurrent::run(&pool_, [this, worker = worker_, feedback = current_, generation,
                                     request = std::move(request)] {
        QImage image;
        QString error;
        if (!feedback->isCancelled()) {
            try {
                image = worker->render(request, *feedback);
            } catch (const std::exception& e) {
                error = QString::fromStdString(e.what());
            }
        }
        // Queued to the GUI thread; dropped if this object is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, generation, image, viewport = request.viewport, error] {
                deliver(generation, image, viewport, error);
            },
            Qt::QueuedConnection);
    });
}

void BackgroundRenderer::deliver(std::uint64_t generation, const QImage& image,
                                 const render::MapViewport& viewport, const QString& error) {
    --pending_;
    if (generation != generation_) {
        return;  // superseded by a newer request
    }
    if (!error.isEmpty()) {
        emit failed(error);
    } else if (!image.isNull()) {
        emit finished(image, viewport);
    }
}

}  // namespace gigamap::desktop
