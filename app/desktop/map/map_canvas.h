#pragma once

#include <QImage>
#include <QPointF>
#include <QWidget>
#include <functional>
#include <optional>
#include <vector>

#include "gigamap/core/bounding_box.h"
#include "gigamap/core/feature.h"
#include "gigamap/render/render_request.h"

namespace gigamap::desktop {

class BackgroundRenderer;
class MapTool;

// The map on screen. It shows the last image the background renderer drew,
// moved and scaled to the current view at once while a new one is drawn, so
// panning and zooming never wait. The wheel zooms about the cursor, the
// middle button drags, arrows pan and +/- zoom; the left button belongs to
// the active map tool.
class MapCanvas : public QWidget {
    Q_OBJECT

public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    void setRenderer(BackgroundRenderer* renderer);
    void setLayers(std::vector<render::MapLayer> layers);
    void setSelection(render::FeatureIds selection);
    void setMapTool(MapTool* tool);
    // Geometries drawn boldly over the map, as QGIS's highlights: what a
    // result row or timeline bar points at. Empty: none.
    void setHighlight(std::vector<core::Wkb> geometries);
    [[nodiscard]] const std::vector<core::Wkb>& highlight() const { return highlight_; }
    [[nodiscard]] MapTool* mapTool() const { return tool_; }

    [[nodiscard]] const render::MapViewport& viewport() const { return viewport_; }
    void setViewport(const render::MapViewport& viewport);
    // Shows all of `box` with a small margin; refits on resize until the user moves the map.
    void zoomToExtent(const core::BoundingBox& box);
    void zoomAbout(QPointF pixel, double factor);
    void zoomBy(double factor);
    void panBy(QPointF pixels);
    // Moves the map with a drag without drawing it again (refresh() on release).
    void dragBy(QPointF pixels);
    // Draws the map again in the background.
    void refresh();

    [[nodiscard]] bool isRendering() const;
    [[nodiscard]] const QImage& mapImage() const { return image_; }
    [[nodiscard]] const render::MapViewport& mapImageViewport() const { return imageViewport_; }

signals:
    void viewportChanged(const gigamap::render::MapViewport& viewport);
    void cursorMoved(QPointF mapPoint);
    void renderingChanged(bool busy);
    // The newest request's image is on screen.
    void mapRendered();
    // The active tool failed handling an event (and dropped what it was doing).
    void toolFailed(const QString& message);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void paintHighlight(QPainter& painter) const;
    void toTool(const std::function<void()>& handle);
    void showImage(const QImage& image, const render::MapViewport& viewport);
    void changeViewport(const render::MapViewport& viewport, bool userMoved);

    BackgroundRenderer* renderer_ = nullptr;
    MapTool* tool_ = nullptr;
    std::vector<render::MapLayer> layers_;
    render::FeatureIds selection_;
    render::MapViewport viewport_;
    std::optional<core::BoundingBox> fitted_;
    QImage image_;
    render::MapViewport imageViewport_;
    std::optional<QPointF> middleDrag_;
    std::vector<core::Wkb> highlight_;
};

}  // namespace gigamap::desktop
