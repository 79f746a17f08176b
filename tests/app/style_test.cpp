#include <gtest/gtest.h>

#include "gigamap/core/error.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/render/classification.h"
#include "gigamap/render/default_styles.h"
#include "gigamap/render/legend.h"
#include "gigamap/render/style_json.h"
#include "gigamap/render/style_store.h"
#include "map_fixture.h"

namespace gigamap::test {
namespace {

using render::LayerStyle;

class StyleStoreTest : public MapFixture {};

TEST_F(StyleStoreTest, EveryDefaultStyleRoundTripsThroughTheProject) {
    {
        render::StyleStore store(project_->database());
        for (const auto& layer : core::projectLayers()) {
            store.save(layer.table, render::defaultStyle(layer.table));
        }
    }
    closeProject();
    core::Project reopened = core::Project::open(path_, core::Project::Access::ReadOnly);
    const auto saved = render::StyleStore(reopened.database()).loadAll();
    ASSERT_EQ(saved.size(), core::projectLayers().size());
    for (const auto& layer : core::projectLayers()) {
        EXPECT_EQ(saved.at(layer.table), render::defaultStyle(layer.table)) << layer.table;
    }
}

TEST_F(StyleStoreTest, AnEditedStyleReplacesTheSavedOne) {
    render::StyleStore store(project_->database());
    store.save("ducts", render::defaultStyle("ducts"));
    LayerStyle edited;
    edited.symbol.stroke = QColor(10, 20, 30, 40);
    edited.symbol.dash = render::LineDash::DashDot;
    edited.symbol.marker = render::MarkerShape::Star;
    edited.labelField = QStringLiteral("ref");
    store.save("ducts", edited);
    EXPECT_EQ(store.load("ducts"), edited);
    EXPECT_FALSE(store.load("roads").has_value());
}

TEST_F(StyleStoreTest, AReadOnlyProjectRefusesToSave) {
    closeProject();
    core::Project readOnly = core::Project::open(path_, core::Project::Access::ReadOnly);
    render::StyleStore store(readOnly.database());
    EXPECT_THROW(store.save("ducts", LayerStyle{}), core::StoreError);
}

TEST(StyleJsonTest, GarbageIsRefusedAndMissingKeysTakeDefaults) {
    EXPECT_THROW((void)render::styleFromJson("not json"), core::StoreError);
    EXPECT_EQ(render::styleFromJson("{}"), LayerStyle{});
}

TEST(DefaultStyleTest, DuctsByStatusExistingSolidPlannedDashedAbandonedGrey) {
    const LayerStyle ducts = render::defaultStyle("ducts");
    ASSERT_EQ(ducts.renderer, render::RendererKind::Categorised);
    const auto existing = ducts.symbolFor(std::string("existing"));
    const auto planned = ducts.symbolFor(std::string("planned"));
    const auto abandoned = ducts.symbolFor(std::string("abandoned"));
    EXPECT_EQ(existing->dash, render::LineDash::Solid);
    EXPECT_EQ(planned->dash, render::LineDash::Dash);
    EXPECT_EQ(abandoned->stroke.red(), abandoned->stroke.green());
    EXPECT_EQ(render::legendEntries(ducts).size(), ducts.categories.size() + 1);
    EXPECT_TRUE(render::defaultStyle("restrictions").symbol.hatched);
    EXPECT_EQ(render::defaultStyle("hotspots").radiusField, QStringLiteral("radius_m"));
    EXPECT_EQ(render::defaultStyle("boundaries").labelField, QStringLiteral("name"));
}

TEST(ClassificationTest, EqualIntervalAndQuantileBreaks) {
    const render::Classification equal(render::Classification::Method::EqualInterval, 4,
                                       render::ColourRamp::named("Red to green"), {}, false);
    const auto classes = equal.classes({0, 10, 20, 100});
    ASSERT_EQ(classes.size(), 4U);
    EXPECT_DOUBLE_EQ(classes[1].lower, 25.0);
    EXPECT_DOUBLE_EQ(classes[3].upper, 100.0);
    EXPECT_EQ(classes.front().symbol.fill, QColor(0xd7191c));
    EXPECT_EQ(classes.back().symbol.fill, QColor(0x1a9641));
    const render::Classification quantile(render::Classification::Method::Quantile, 2,
                                          render::ColourRamp::named("Blues"), {}, false);
    const auto halves = quantile.classes({1, 2, 3, 4, 100});
    ASSERT_EQ(halves.size(), 2U);
    EXPECT_DOUBLE_EQ(halves[0].upper, 3.0);
}

}  // namespace
}  // namespace gigamap::test
