#include <gtest/gtest.h>

#include "gigamap/core/layer_schema.h"
#include "gigamap/render/default_styles.h"
#include "gigamap/render/map_layer.h"
#include "gigamap/render/sheet_legend.h"

namespace gigamap::render {
namespace {

// An A4 landscape sheet's map height (190 mm at 96 dpi, less the title band).
constexpr double kA4LandscapeHeight = 718.0 - 34.0;
constexpr double kA4LandscapeWidth = 1047.0;

std::vector<MapLayer> everyProjectLayer() {
    std::vector<MapLayer> layers;
    for (const auto& layer : core::projectLayers()) {
        layers.push_back(MapLayer::projectLayer(layer.table, defaultStyle(layer.table)));
    }
    return layers;
}

// Postcodes in `classes` graduated classes, as a planner may restyle them.
MapLayer postcodesIn(int classes) {
    LayerStyle style = defaultStyle("postcodes");
    style.classes.clear();
    for (int i = 0; i < classes; ++i) {
        style.classes.push_back({i * 100.0 / classes, (i + 1) * 100.0 / classes,
                                 QStringLiteral("Class %1 of the gigabit coverage").arg(i + 1),
                                 style.symbol});
    }
    return MapLayer::projectLayer("postcodes", style);
}

TEST(SheetLegendTest, AFewLayersTakeOneFullSizeColumn) {
    const SheetLegend legend({MapLayer::projectLayer("ducts", defaultStyle("ducts"))});
    const auto layout = legend.layout(kA4LandscapeHeight, 0.38 * kA4LandscapeWidth);
    EXPECT_EQ(layout.columns, 1);
    EXPECT_DOUBLE_EQ(layout.scale, 1.0);
    EXPECT_TRUE(legend.fits(layout, kA4LandscapeHeight));
}

// The export cut the last entries off (Roads, District and wards): every layer
// of a project with seven postcode classes must now show on A4 landscape.
TEST(SheetLegendTest, EveryEntryOfEveryLayerFitsOnA4Landscape) {
    auto layers = everyProjectLayer();
    layers.push_back(postcodesIn(7));
    const SheetLegend legend(layers);
    const double maxWidth = 0.38 * kA4LandscapeWidth;
    const auto layout = legend.layout(kA4LandscapeHeight, maxWidth);
    EXPECT_TRUE(legend.fits(layout, kA4LandscapeHeight));
    EXPECT_LE(layout.width, maxWidth);
    EXPECT_FALSE(legend.fits({1, 1.0, 198.0}, kA4LandscapeHeight))
        << "the case needs more than one full-size column, or it proves nothing";
}

TEST(SheetLegendTest, ASmallSheetShrinksTheLegendInsteadOfCuttingIt) {
    auto layers = everyProjectLayer();
    layers.push_back(postcodesIn(12));
    const SheetLegend legend(layers);
    const double a5Height = 480.0;
    const auto layout = legend.layout(a5Height, 0.38 * 750.0);
    EXPECT_LT(layout.scale, 1.0);
    EXPECT_TRUE(legend.fits(layout, a5Height));
}

TEST(SheetLegendTest, HiddenLayersAreNotListed) {
    auto ducts = MapLayer::projectLayer("ducts", defaultStyle("ducts"));
    ducts.visible = false;
    EXPECT_TRUE(SheetLegend({ducts}).isEmpty());
}

}  // namespace
}  // namespace gigamap::render
