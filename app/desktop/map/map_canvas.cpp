#include "map/map_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>
#include <exception>
#include <functional>
#include <utility>

#include "gigamap/core/error.h"
#include "gigamap/render/scale_bar.h"
#include "gigamap/render/symbol_painter.h"
#include "gigamap/render/wkb_projector.h"
#include "map/background_renderer.h"
#include "map/map_tool.h"

namespace gigamap::desktop {
namespace {

constexpr double kKeyZoom = 2.0;
constexpr double kKeyPanFraction = 0.25;
constexpr double kFitMargin = 0.03;
// Zooming to a single point or a short duct shows at least this many metres around it.
constexpr double kMinimumSpan = 100.0;

}  // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setRenderer(BackgroundRenderer* renderer) {
    if (renderer_ != nullptr) {
        disconnect(renderer_, nullptr, this, nullptr);
    }
    renderer_ = renderer;
    image_ = QImage();
    if (renderer_ != nullptr) {
        connect(renderer_, &BackgroundRenderer::finished, this, &MapCanvas::showImage);
        connect(renderer_, &BackgroundRenderer::started, this,
                [this] { emit renderingChanged(true); });
        connect(renderer_, &BackgroundRenderer::failed, this,
                [this] { emit renderingChanged(isRendering()); });
    }
}

void MapCanvas::setLayers(std::vector<render::MapLayer> layers) {
    layers_ = std::move(layers);
    refresh();
}

void MapCanvas::setSelection(render::FeatureIds selection) {
    selection_ = std::move(selection);
    refresh();
}

void MapCanvas::setMapTool(MapTool* tool) {
    if (tool_ != nullptr && tool_ != tool) {
        tool_->deactivate();
    }
    tool_ = tool;
    setCursor(tool_ != nullptr ? tool_->cursor() : QCursor(Qt::ArrowCursor));
    update();
}

void MapCanvas::setViewport(const render::MapViewport& viewport) {
    changeViewport(viewport.resized(size()), true);
}

void MapCanvas::zoomToExtent(const core::BoundingBox& box) {
    const double dx = std::max(box.width() * kFitMargin, (kMinimumSpan - box.width()) / 2.0);
    const double dy = std::max(box.height() * kFitMargin, (kMinimumSpan - box.height()) / 2.0);
    const core::BoundingBox padded{box.minX - dx, box.minY - dy, box.maxX + dx, box.maxY + dy};
    changeViewport(render::MapViewport::fitting(padded, size()), false);
    fitted_ = padded;
}

void MapCanvas::zoomAbout(QPointF pixel, double factor) {
    if (viewport_.isValid()) {
        changeViewport(viewport_.zoomedAbout(pixel, factor), true);
    }
}

void MapCanvas::zoomBy(double factor) {
    zoomAbout(QPointF(width() / 2.0, height() / 2.0), factor);
}

void MapCanvas::panBy(QPointF pixels) {
    if (viewport_.isValid()) {
        changeViewport(viewport_.panned(pixels), true);
    }
}

void MapCanvas::dragBy(QPointF pixels) {
    if (viewport_.isValid()) {
        viewport_ = viewport_.panned(pixels);
        fitted_.reset();
        emit viewportChanged(viewport_);
        update();
    }
}

void MapCanvas::changeViewport(const render::MapViewport& viewport, bool userMoved) {
    if (userMoved) {
        fitted_.reset();
    }
    viewport_ = viewport;
    emit viewportChanged(viewport_);
    refresh();
}

void MapCanvas::refresh() {
    update();
    if (renderer_ == nullptr || !viewport_.isValid()) {
        return;
    }
    render::RenderRequest request;
    request.viewport = viewport_;
    request.layers = layers_;
    request.selection = selection_;
    request.scaleBar = false;  // drawn over the canvas, so it stays put while panning
    renderer_->request(std::move(request));
}

bool MapCanvas::isRendering() const {
    return renderer_ != nullptr && renderer_->isBusy();
}

void MapCanvas::showImage(const QImage& image, const render::MapViewport& viewport) {
    image_ = image;
    imageViewport_ = viewport;
    update();
    emit renderingChanged(isRendering());
    if (viewport == viewport_) {
        emit mapRendered();
    }
}

void MapCanvas::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (!image_.isNull() && imageViewport_.isValid() && viewport_.isValid()) {
        // The last image where its extent lies in the current view: a pan or
        // zoom shows at once, sharpened when the new image arrives.
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(viewport_.toPixels(imageViewport_.extent()), image_);
    }
    if (viewport_.isValid()) {
        paintHighlight(painter);
        render::ScaleBar(viewport_).paint(painter);
    }
    if (tool_ != nullptr) {
        tool_->paintOverlay(painter);
    }
}

void MapCanvas::setHighlight(std::vector<core::Wkb> geometries) {
    highlight_ = std::move(geometries);
    update();
}

void MapCanvas::paintHighlight(QPainter& painter) const {
    if (highlight_.empty()) {
        return;
    }
    render::Symbol symbol;
    symbol.stroke = QColor(230, 0, 180);
    symbol.strokeWidth = 4.0;
    symbol.fill = QColor(230, 0, 180, 50);
    symbol.size = 14.0;
    const render::WkbProjector projector(viewport_);
    render::SymbolPainter symbols(painter);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const auto& wkb : highlight_) {
        try {
            symbols.draw(projector.project(wkb), symbol);
        } catch (const core::GeometryError&) {
            // A geometry the projector cannot read is left out, not the map.
        }
    }
}

void MapCanvas::resizeEvent(QResizeEvent* /*event*/) {
    if (fitted_) {
        const core::BoundingBox box = *fitted_;
        changeViewport(render::MapViewport::fitting(box, size()), false);
    } else if (viewport_.isValid()) {
        changeViewport(viewport_.resized(size()), false);
    }
}

void MapCanvas::toTool(const std::function<void()>& handle) {
    // An exception must not leave a Qt event handler (it would end the
    // application): the tool drops what it was doing and the window says why.
    try {
        handle();
    } catch (const std::exception& error) {
        tool_->deactivate();
        update();
        emit toolFailed(QString::fromUtf8(error.what()));
    }
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
    setFocus();
    if (event->button() == Qt::MiddleButton) {
        middleDrag_ = event->position();
    } else if (tool_ != nullptr) {
        toTool([&] { tool_->mousePress(event); });
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (viewport_.isValid()) {
        emit cursorMoved(viewport_.toMap(event->position()));
    }
    if (middleDrag_) {
        dragBy(event->position() - *middleDrag_);
        middleDrag_ = event->position();
    } else if (tool_ != nullptr) {
        toTool([&] { tool_->mouseMove(event); });
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (middleDrag_ && event->button() == Qt::MiddleButton) {
        middleDrag_.reset();
        refresh();
    } else if (tool_ != nullptr) {
        toTool([&] { tool_->mouseRelease(event); });
    }
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
    if (tool_ != nullptr) {
        toTool([&] { tool_->mouseDoubleClick(event); });
    }
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0) {
        zoomAbout(event->position(), std::pow(1.25, steps));
    }
    event->accept();
}

bool MapCanvas::event(QEvent* event) {
    // A key the active tool wants (Esc, Enter, Backspace while drawing) comes
    // to it as a key press instead of triggering the window's shortcut.
    if (event->type() == QEvent::ShortcutOverride && tool_ != nullptr &&
        tool_->wantsKey(static_cast<QKeyEvent*>(event)->key())) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
    bool taken = false;
    if (tool_ != nullptr) {
        toTool([&] { taken = tool_->keyPress(event); });
    }
    if (taken) {
        return;
    }
    const double dx = width() * kKeyPanFraction;
    const double dy = height() * kKeyPanFraction;
    switch (event->key()) {
        case Qt::Key_Left:
            panBy(QPointF(dx, 0));  // the view moves left: the map slides right
            break;
        case Qt::Key_Right:
            panBy(QPointF(-dx, 0));
            break;
        case Qt::Key_Up:
            panBy(QPointF(0, dy));
            break;
        case Qt::Key_Down:
            panBy(QPointF(0, -dy));
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(kKeyZoom);
            break;
        case Qt::Key_Minus:
            zoomBy(1.0 / kKeyZoom);
            break;
        default:
            QWidget::keyPressEvent(event);
    }
}

}  // namespace gigamap::desktop
