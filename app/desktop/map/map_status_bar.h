#pragma once

#include <QObject>
#include <QPointF>
#include <memory>
#include <optional>

#include "gigamap/core/crs_transform.h"
#include "gigamap/core/proj_context.h"
#include "gigamap/render/map_viewport.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QStatusBar;

namespace gigamap::desktop {

// The map's part of the status bar: the cursor in the project CRS (British
// National Grid) and in WGS84 latitude/longitude, the scale (type 1:N to
// change it), the CRS, and a busy bar while the map is drawn.
class MapStatusBar : public QObject {
    Q_OBJECT

public:
    MapStatusBar(QStatusBar& bar, int srid, const QString& crsName);
    ~MapStatusBar() override;

    void showCursor(QPointF mapPoint);
    void showViewport(const render::MapViewport& viewport);
    void setBusy(bool busy);

    [[nodiscard]] QLineEdit& scaleEdit() const { return *scale_; }
    [[nodiscard]] QLabel& coordinates() const { return *coordinates_; }
    [[nodiscard]] QLabel& latLon() const { return *latLon_; }

    // The screen's dots per inch that map scales are computed for.
    static constexpr double kDpi = 96.0;

signals:
    void scaleRequested(double denominator);

private:
    QLabel* coordinates_;
    QLabel* latLon_;
    QLabel* scaleLabel_;
    QLineEdit* scale_;
    QLabel* crs_;
    QProgressBar* progress_;
    core::ProjContext proj_;
    std::optional<core::CrsTransform> toWgs84_;
};

}  // namespace gigamap::desktop
