#pragma once

#include <QImage>
#include <QObject>
#include <QThreadPool>
#include <cstdint>
#include <filesystem>
#include <memory>

#include "gigamap/render/render_request.h"

namespace gigamap::core {
class Feedback;
}

namespace gigamap::desktop {

// Draws the map off the GUI thread, in the manner of QGIS's map renderer jobs:
// one rendering thread with its own read-only connection to the project, so
// that drawing never waits on the GUI's connection nor the GUI on drawing.
// A new request cancels the one in flight; only the newest finished image is
// delivered.
class BackgroundRenderer : public QObject {
    Q_OBJECT

public:
    BackgroundRenderer(std::filesystem::path project, int srid, QObject* parent = nullptr);
    ~BackgroundRenderer() override;

    void request(render::RenderRequest request);
    [[nodiscard]] bool isBusy() const { return pending_ > 0; }

signals:
    void started();
    void finished(const QImage& image, const gigamap::render::MapViewport& viewport);
    void failed(const QString& message);

private:
    struct Worker;
    void deliver(std::uint64_t generation, const QImage& image, const render::MapViewport& viewport,
                 const QString& error);

    QThreadPool pool_;
    std::shared_ptr<Worker> worker_;
    std::shared_ptr<core::Feedback> current_;
    std::uint64_t generation_ = 0;
    int pending_ = 0;
};

}  // namespace gigamap::desktop
