#include <gtest/gtest.h>

#include "gigamap/render/map_viewport.h"
#include "gigamap/render/scale_bar.h"

namespace gigamap::render {
namespace {

TEST(MapViewportTest, FittingShowsTheWholeBoxCentred) {
    const auto viewport = MapViewport::fitting({0, 0, 2000, 1000}, QSize(400, 400));
    EXPECT_DOUBLE_EQ(viewport.unitsPerPixel(), 5.0);
    const auto extent = viewport.extent();
    EXPECT_DOUBLE_EQ(extent.minX, 0.0);
    EXPECT_DOUBLE_EQ(extent.maxX, 2000.0);
    EXPECT_DOUBLE_EQ(extent.minY, -500.0);
    EXPECT_DOUBLE_EQ(extent.maxY, 1500.0);
}

TEST(MapViewportTest, PixelsAndMapPointsRoundTripNorthUp) {
    const MapViewport viewport(QSize(200, 100), QPointF(1000, 500), 2.0);
    EXPECT_EQ(viewport.toPixel(1000, 500), QPointF(100, 50));
    EXPECT_EQ(viewport.toPixel(800, 600), QPointF(0, 0));  // top left is north-west
    EXPECT_EQ(viewport.toMap(QPointF(200, 100)), QPointF(1200, 400));
}

TEST(MapViewportTest, ZoomKeepsThePointUnderTheCursor) {
    const MapViewport viewport(QSize(200, 100), QPointF(1000, 500), 2.0);
    const QPointF cursor(30, 70);
    const QPointF before = viewport.toMap(cursor);
    const auto zoomed = viewport.zoomedAbout(cursor, 4.0);
    EXPECT_DOUBLE_EQ(zoomed.unitsPerPixel(), 0.5);
    EXPECT_NEAR(zoomed.toMap(cursor).x(), before.x(), 1e-9);
    EXPECT_NEAR(zoomed.toMap(cursor).y(), before.y(), 1e-9);
}

TEST(MapViewportTest, DraggingMovesTheMapWithTheMouse) {
    const MapViewport viewport(QSize(200, 100), QPointF(1000, 500), 2.0);
    const QPointF grabbed = viewport.toMap(QPointF(50, 50));
    const auto dragged = viewport.panned(QPointF(10, -5));
    EXPECT_EQ(dragged.toMap(QPointF(60, 45)), grabbed);
}

TEST(MapViewportTest, ScaleDenominatorAtNinetySixDpi) {
    const MapViewport viewport(QSize(100, 100), QPointF(0, 0), 0.0254 * 1000 / 96);
    EXPECT_NEAR(viewport.scaleDenominator(96), 1000.0, 1e-9);
    EXPECT_NEAR(viewport.withScaleDenominator(25000, 96).scaleDenominator(96), 25000.0, 1e-6);
}

TEST(ScaleBarTest, PicksARoundLengthNearAFifthOfTheWidth) {
    const ScaleBar bar(MapViewport(QSize(1000, 500), QPointF(0, 0), 3.0));  // 3 km wide
    EXPECT_DOUBLE_EQ(bar.lengthMetres(), 500.0);
    EXPECT_EQ(bar.label(), QStringLiteral("500 m"));
    const ScaleBar wide(MapViewport(QSize(1000, 500), QPointF(0, 0), 30.0));
    EXPECT_EQ(wide.label(), QStringLiteral("5 km"));
}

}  // namespace
}  // namespace gigamap::render
