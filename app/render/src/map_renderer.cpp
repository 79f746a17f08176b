#include "gigamap/render/map_renderer.h"

#include <QPainter>
#include <ranges>

#include "gigamap/core/error.h"
#include "gigamap/core/feedback.h"
#include "gigamap/render/background_file.h"
#include "gigamap/render/label_placer.h"
#include "gigamap/render/scale_bar.h"
#include "project_layer_painter.h"

namespace gigamap::render {

void MapRenderer::paintBackground(QPainter& painter, const MapLayer& layer,
                                  const MapViewport& viewport,
                                  const core::Feedback& feedback) const {
    try {
        BackgroundFile(layer.filePath)
            .paint(painter, viewport, srid_, layer.style.symbol, feedback);
    } catch (const core::Error& error) {
        // The map goes on without it (a file removed since it was added, tiles
        // out of reach), and says so.
        problems_.push_back(layer.title + QStringLiteral(" is not shown: ") +
                            QString::fromUtf8(error.what()));
    }
}

MapRenderer::MapRenderer(const core::SqliteDatabase& db, int srid) : db_(db), srid_(srid) {}

QImage MapRenderer::render(const RenderRequest& request, const core::Feedback& feedback) const {
    QImage image(request.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    paint(painter, request, feedback);
    return image;
}

void MapRenderer::paint(QPainter& painter, const RenderRequest& request,
                        const core::Feedback& feedback) const {
    problems_.clear();
    const MapViewport& viewport = request.viewport;
    const QRectF area(QPointF(0, 0), viewport.size());
    painter.fillRect(area, request.background);
    if (!viewport.isValid()) {
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    LabelPlacer labels;
    const ProjectLayerPainter projectLayers(db_, viewport, labels, feedback);
    for (const MapLayer& layer : request.layers | std::views::reverse) {
        if (feedback.isCancelled()) {
            return;
        }
        if (!layer.visible) {
            continue;
        }
        if (layer.source != MapLayer::Source::BackgroundFile) {
            const auto selected = request.selection.find(layer.table);
            projectLayers.paint(painter, layer,
                                selected == request.selection.end() ? nullptr : &selected->second);
        } else {
            paintBackground(painter, layer, viewport, feedback);
        }
    }
    labels.paint(painter, area);
    if (request.scaleBar) {
        ScaleBar(viewport).paint(painter);
    }
}

}  // namespace gigamap::render
