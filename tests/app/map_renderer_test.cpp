#include <gtest/gtest.h>

#include <QImage>

#include "gigamap/core/error.h"
#include "gigamap/core/feature.h"
#include "gigamap/core/feedback.h"
#include "gigamap/render/default_styles.h"
#include "gigamap/render/map_renderer.h"
#include "gigamap/render/wkb_projector.h"
#include "map_fixture.h"

namespace gigamap::test {
namespace {

class MapRendererTest : public MapFixture {
protected:
    render::RenderRequest request(std::vector<std::string> tables) const {
        render::RenderRequest result;
        result.viewport = render::MapViewport::fitting(box(0, 0, 1000, 1000), QSize(200, 200));
        for (const auto& table : tables) {
            result.layers.push_back(
                render::MapLayer::projectLayer(table, render::defaultStyle(table)));
        }
        result.scaleBar = false;
        return result;
    }
    QImage render(const render::RenderRequest& r) const {
        const core::Feedback feedback;
        return render::MapRenderer(project_->database(), 27700).render(r, feedback);
    }
    static QPoint pixel(const render::RenderRequest& r, double dx, double dy) {
        return r.viewport.toPixel(at(dx, dy)).toPoint();
    }
};

TEST_F(MapRendererTest, DuctsHaveTheirStatusColourAndEmptyPlacesTheBackground) {
    const auto r = request({"ducts"});
    const QImage image = render(r);
    ASSERT_EQ(image.size(), QSize(200, 200));
    const QColor existing = render::defaultStyle("ducts").categories.at(0).symbol.stroke;
    EXPECT_TRUE(colourAround(image, pixel(r, 400, 500), existing, 1, 30));
    const QColor abandoned(0x9e9e9e);
    EXPECT_TRUE(colourAround(image, pixel(r, 500, 200), abandoned, 1, 30));
    EXPECT_EQ(image.pixelColor(pixel(r, 300, 300)), QColor(Qt::white));
    EXPECT_EQ(image.pixelColor(pixel(r, 700, 650)), QColor(Qt::white));
}

TEST_F(MapRendererTest, PostcodesAreGraduatedFromRedToGreen) {
    const auto r = request({"postcodes"});
    const QImage image = render(r);
    const QColor low = image.pixelColor(pixel(r, 200, 200));
    const QColor high = image.pixelColor(pixel(r, 800, 200));
    EXPECT_GT(low.red(), low.green() + 80) << low.name().toStdString();
    EXPECT_GT(high.green(), high.red() + 60) << high.name().toStdString();
}

TEST_F(MapRendererTest, HiddenLayersAndLayersAboveAreRespected) {
    auto r = request({"ducts", "boundaries"});
    r.layers[0].visible = false;
    const QImage image = render(r);
    EXPECT_EQ(image.pixelColor(pixel(r, 400, 500)), QColor(Qt::white));
}

TEST_F(MapRendererTest, SelectedFeaturesAreHighlighted) {
    auto r = request({"ducts"});
    r.selection["ducts"] = {2};
    const QImage image = render(r);
    // The highlight is wider than the planned duct: it shows just beside the line.
    EXPECT_TRUE(colourAround(image, pixel(r, 400, 800), QColor(255, 214, 0), 3, 40));
    EXPECT_FALSE(colourAround(image, pixel(r, 400, 500), QColor(255, 214, 0), 3, 40));
}

TEST_F(MapRendererTest, ACancelledRenderStopsWithoutDrawingLayers) {
    const auto r = request({"ducts"});
    core::Feedback feedback;
    feedback.cancel();
    const QImage image = render::MapRenderer(project_->database(), 27700).render(r, feedback);
    EXPECT_EQ(image.pixelColor(pixel(r, 400, 500)), QColor(Qt::white));
}

TEST(WkbProjectorTest, SimplifiesBelowAPixelAndRefusesTruncatedWkb) {
    const render::MapViewport viewport(QSize(100, 100), QPointF(0, 0), 10.0);
    // A line of 101 vertices 1 m apart: 10 m per pixel keeps about one in ten.
    core::Wkb wkb{1, 2, 0, 0, 0, 101, 0, 0, 0};
    for (int i = 0; i <= 100; ++i) {
        const double x = i;
        const double y = 0.0;
        const auto* xb = reinterpret_cast<const unsigned char*>(&x);
        const auto* yb = reinterpret_cast<const unsigned char*>(&y);
        wkb.insert(wkb.end(), xb, xb + 8);
        wkb.insert(wkb.end(), yb, yb + 8);
    }
    const render::WkbProjector projector(viewport);
    const auto geometry = projector.project(wkb);
    ASSERT_EQ(geometry.lines.size(), 1U);
    EXPECT_LE(geometry.lines[0].size(), 16);
    EXPECT_GE(geometry.lines[0].size(), 10);
    EXPECT_EQ(geometry.lines[0].back(), viewport.toPixel(100, 0));
    wkb.resize(wkb.size() - 3);
    EXPECT_THROW((void)projector.project(wkb), core::GeometryError);
}

}  // namespace
}  // namespace gigamap::test
