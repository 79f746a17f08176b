#pragma once

#include <QCursor>
#include <QObject>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace gigamap::desktop {

class MapCanvas;

// One way of using the mouse on the map (pan, identify, select, measure), in
// the manner of QGIS's map tools: the canvas forwards its events to the active
// tool, which may draw an overlay (rubber bands) over the map.
class MapTool : public QObject {
    Q_OBJECT

public:
    explicit MapTool(MapCanvas& canvas);

    virtual void mousePress(QMouseEvent* event);
    virtual void mouseMove(QMouseEvent* event);
    virtual void mouseRelease(QMouseEvent* event);
    virtual void mouseDoubleClick(QMouseEvent* event);
    // A key pressed on the canvas; true when the tool used it (the canvas then ignores it).
    virtual bool keyPress(QKeyEvent* event);
    // Whether the tool wants `key` now even where it is a shortcut (Esc while drawing).
    [[nodiscard]] virtual bool wantsKey(int key) const;
    // Drawn over the map in canvas pixels.
    virtual void paintOverlay(QPainter& painter);
    virtual void deactivate() {}
    [[nodiscard]] virtual QCursor cursor() const { return Qt::ArrowCursor; }

protected:
    [[nodiscard]] MapCanvas& canvas() const { return canvas_; }

private:
    MapCanvas& canvas_;
};

}  // namespace gigamap::desktop
