#include <gtest/gtest.h>

#include <QDomDocument>
#include <QDomElement>

#include "gigamap/core/layer_schema.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/render/default_styles.h"
#include "gigamap/render/style_json.h"
#include "gigamap/render/style_qml.h"
#include "gigamap/render/style_store.h"
#include "support/project_fixture.h"

namespace gigamap::render {
namespace {

// What QGIS keeps of a gigamap style: graduated styles draw no "other" values
// in QGIS, the ramp's name is not part of QML, and a layer of mixed geometry
// (street works) is styled as polygons, without gigamap's marker for its points.
LayerStyle asQgisKeepsIt(LayerStyle style, core::GeometryType geometry) {
    if (style.renderer == RendererKind::Graduated) {
        style.showOthers = false;
        style.rampName.clear();
    }
    if (geometry == core::GeometryType::Any) {
        const auto polygonOnly = [](Symbol& symbol) {
            symbol.marker = Symbol{}.marker;
            symbol.size = Symbol{}.size;
        };
        polygonOnly(style.symbol);
        for (auto& category : style.categories) {
            polygonOnly(category.symbol);
        }
    }
    return style;
}

TEST(StyleQmlTest, EveryDefaultStyleReadsBackFromItsQml) {
    for (const auto& layer : core::projectLayers()) {
        const LayerStyle style = defaultStyle(layer.table);
        const QString qml = styleToQml(style, layer.geometryType);
        const auto read = styleFromQml(qml);
        ASSERT_TRUE(read.has_value()) << layer.table;
        EXPECT_EQ(*read, asQgisKeepsIt(style, layer.geometryType)) << layer.table << "\n"
                                                                   << qml.toStdString();
        EXPECT_EQ(styleToQml(style, layer.geometryType), qml) << "the same style, the same text";
    }
}

TEST(StyleQmlTest, DuctsAreCategorisedLinesByStatusAsQgisNamesThem) {
    QDomDocument document;
    ASSERT_TRUE(
        document.setContent(styleToQml(defaultStyle("ducts"), core::GeometryType::LineString)));
    const QDomElement renderer = document.documentElement().firstChildElement("renderer-v2");
    EXPECT_EQ(renderer.attribute("type"), "categorizedSymbol");
    EXPECT_EQ(renderer.attribute("attr"), "status");
    const QDomElement planned = renderer.firstChildElement("categories")
                                    .firstChildElement("category")
                                    .nextSiblingElement("category");
    EXPECT_EQ(planned.attribute("value"), "planned");
    const QDomNodeList symbols = renderer.firstChildElement("symbols").elementsByTagName("symbol");
    QDomElement plannedSymbol;
    for (int i = 0; i < symbols.size(); ++i) {
        if (symbols.at(i).toElement().attribute("name") == planned.attribute("symbol")) {
            plannedSymbol = symbols.at(i).toElement();
        }
    }
    EXPECT_EQ(plannedSymbol.attribute("type"), "line");
    const QDomElement layer = plannedSymbol.firstChildElement("layer");
    EXPECT_EQ(layer.attribute("class"), "SimpleLine");
    bool dashed = false;
    for (QDomElement option = layer.firstChildElement("Option").firstChildElement("Option");
         !option.isNull(); option = option.nextSiblingElement("Option")) {
        dashed = dashed ||
                 (option.attribute("name") == "line_style" && option.attribute("value") == "dash");
    }
    EXPECT_TRUE(dashed);
}

TEST(StyleQmlTest, HotspotCoverageCirclesAndWardLabelsSurviveQml) {
    const auto hotspots =
        styleFromQml(styleToQml(defaultStyle("hotspots"), core::GeometryType::Point));
    ASSERT_TRUE(hotspots);
    EXPECT_EQ(hotspots->radiusField, "radius_m");
    const auto boundaries =
        styleFromQml(styleToQml(defaultStyle("boundaries"), core::GeometryType::MultiPolygon));
    ASSERT_TRUE(boundaries);
    EXPECT_EQ(boundaries->labelField, "name");
}

// A style as QGIS 3.22 saves it: <prop k v> properties, sizes in millimetres.
constexpr const char* kQgisStyle = R"(<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.4-Białowieża" styleCategories="AllStyleCategories" labelsEnabled="0">
 <renderer-v2 type="categorizedSymbol" attr="owner" symbollevels="0" forceraster="0" enableorderby="0">
  <categories>
   <category render="true" symbol="0" value="Lancaster City Council" label="City"/>
   <category render="false" symbol="1" value="Openreach" label="Openreach"/>
  </categories>
  <symbols>
   <symbol type="line" name="0" alpha="0.5" clip_to_extent="1" force_rhr="0">
    <layer class="SimpleLine" enabled="1" locked="0" pass="0">
     <prop k="line_color" v="51,160,44,255"/>
     <prop k="line_style" v="dot"/>
     <prop k="line_width" v="1"/>
     <prop k="line_width_unit" v="MM"/>
    </layer>
   </symbol>
   <symbol type="line" name="1" alpha="1" clip_to_extent="1" force_rhr="0">
    <layer class="SimpleLine" enabled="1" locked="0" pass="0">
     <prop k="line_color" v="0,0,0,255"/>
    </layer>
   </symbol>
  </symbols>
 </renderer-v2>
</qgis>)";

TEST(StyleQmlTest, AStyleSavedByQgisIsReadWhereGigamapCanDrawIt) {
    const auto style = styleFromQml(QString::fromUtf8(kQgisStyle));
    ASSERT_TRUE(style);
    EXPECT_EQ(style->renderer, RendererKind::Categorised);
    EXPECT_EQ(style->field, "owner");
    ASSERT_EQ(style->categories.size(), 1U) << "a category QGIS does not render is left out";
    const Symbol& city = style->categories[0].symbol;
    EXPECT_EQ(city.stroke, QColor(51, 160, 44));
    EXPECT_EQ(city.dash, LineDash::Dot);
    EXPECT_NEAR(city.strokeWidth, 96.0 / 25.4, 1e-9);
    EXPECT_DOUBLE_EQ(city.opacity, 0.5);
    EXPECT_FALSE(style->showOthers);
    EXPECT_FALSE(styleFromQml("<qgis><renderer-v2 type=\"RuleRenderer\"/></qgis>"));
    EXPECT_FALSE(styleFromQml("not a style"));
}

class StyleStoreQgisTest : public test::ProjectTest {
protected:
    core::Project project_ = core::Project::create(projectPath_, {"styled", "EPSG:27700"});
    core::SqliteDatabase& db() { return project_.database(); }
    std::string text(const std::string& sql) { return std::get<std::string>(db().queryValue(sql)); }
};

TEST_F(StyleStoreQgisTest, ASavedStyleIsQgissDefaultWithItsQml) {
    StyleStore store(db());
    store.save("ducts", defaultStyle("ducts"));
    store.save("ducts", defaultStyle("ducts"));
    EXPECT_EQ(db().queryValue("SELECT count(*) FROM layer_styles"), core::Value(std::int64_t{1}));
    EXPECT_EQ(text("SELECT f_table_catalog || '|' || f_table_schema || '|' || f_table_name || '|' "
                   "|| f_geometry_column || '|' || styleName || '|' || useAsDefault "
                   "FROM layer_styles"),
              "||ducts|geom|gigamap|1");
    const auto qml =
        styleFromQml(QString::fromStdString(text("SELECT styleQML FROM layer_styles")));
    ASSERT_TRUE(qml);
    EXPECT_EQ(*qml, defaultStyle("ducts"));
    EXPECT_EQ(store.load("ducts"), defaultStyle("ducts"));
}

TEST_F(StyleStoreQgisTest, AStyleQgisSavedOverGigamapsWins) {
    StyleStore store(db());
    store.save("ducts", defaultStyle("ducts"));
    // QGIS ▸ Save as default: a new default row, the others no longer default.
    auto qgis = db().prepare(
        "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
        "f_geometry_column, styleName, styleQML, useAsDefault, update_time) "
        "VALUES ('', '', 'ducts', 'geom', 'ducts', ?, 1, '2999-01-01T00:00:00Z')");
    qgis.bind(1, std::string(kQgisStyle));
    qgis.run();
    db().exec("UPDATE layer_styles SET useAsDefault = 0 WHERE styleName = 'gigamap'");
    const auto loaded = store.load("ducts");
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->field, "owner");
    // Saving again in gigamap makes gigamap's row the default once more.
    store.save("ducts", defaultStyle("ducts"));
    EXPECT_EQ(store.load("ducts"), defaultStyle("ducts"));
}

TEST_F(StyleStoreQgisTest, QmlAQgisStyleCannotSayFallsBackOnGigamapsOwn) {
    StyleStore store(db());
    store.save("ducts", defaultStyle("ducts"));
    db().exec(
        "UPDATE layer_styles SET styleQML = '<qgis><renderer-v2 type=\"RuleRenderer\"/></qgis>'");
    EXPECT_EQ(store.load("ducts"), defaultStyle("ducts"));
}

TEST_F(StyleStoreQgisTest, MigratedStylesGetTheirQml) {
    LayerStyle edited = defaultStyle("chambers");
    edited.symbol.size = 11.0;
    db().exec(
        "INSERT INTO layer_styles (f_table_name, f_geometry_column, styleName, useAsDefault, "
        "gigamap_style) VALUES ('chambers', 'geom', 'gigamap', 1, '" +
        styleToJson(edited).toStdString() + "')");
    StyleStore store(db());
    EXPECT_EQ(store.load("chambers"), edited);
    store.completeQml();
    const auto qml =
        styleFromQml(QString::fromStdString(text("SELECT styleQML FROM layer_styles")));
    ASSERT_TRUE(qml);
    EXPECT_DOUBLE_EQ(qml->symbol.size, 11.0);
}

}  // namespace
}  // namespace gigamap::render
