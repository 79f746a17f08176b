#include <gtest/gtest.h>

#include <limits>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/finite_coordinates.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/project.h"
#include "support/project_fixture.h"

namespace gigamap::core {
namespace {

class FeatureTableTest : public test::ProjectTest {
protected:
    GeosContext geos_;
    Project project_ = Project::create(projectPath_, {"features", "EPSG:27700"});

    Wkb wkb(const std::string& wkt) const { return geos_.writeWkb(geos_.readWkt(wkt)); }
    std::string wkt(const Wkb& bytes) const { return geos_.writeWkt(geos_.readWkb(bytes)); }

    // A feature with every field of `schema` set, offset by `seed`.
    static Feature fullFeature(const LayerSchema& schema, int seed) {
        Feature feature;
        int i = seed;
        for (const auto& field : schema.fields) {
            switch (field.type) {
                case FieldType::Integer:
                    feature.attributes[field.name] = std::int64_t{100 + i++};
                    break;
                case FieldType::Real:
                    feature.attributes[field.name] = 0.25 + i++;
                    break;
                case FieldType::Text:
                    feature.attributes[field.name] = field.name + "-" + std::to_string(i++);
                    break;
            }
        }
        return feature;
    }

    static std::string geometryFor(GeometryType type, double dx) {
        const std::string x0 = std::to_string(347000 + dx);
        const std::string x1 = std::to_string(347100 + dx);
        switch (type) {
            case GeometryType::Point:
                return "POINT (" + x0 + " 461500)";
            case GeometryType::LineString:
                return "LINESTRING (" + x0 + " 461500, " + x1 + " 461600)";
            case GeometryType::MultiPolygon:
                return "MULTIPOLYGON (((" + x0 + " 461500, " + x1 + " 461500, " + x1 + " 461600, " +
                       x0 + " 461500)))";
            case GeometryType::Any:
                return "LINESTRING (" + x0 + " 461500, " + x1 + " 461500)";
        }
        return {};
    }
};

TEST_F(FeatureTableTest, EveryLayerRoundTripsInsertReadUpdateBoxQueryAndDelete) {
    for (const auto& schema : projectLayers()) {
        SCOPED_TRACE(schema.table);
        FeatureTable& table = project_.layer(schema.table);

        Feature feature = fullFeature(schema, 1);
        feature.geometry = wkb(geometryFor(schema.geometryType, 0));
        const std::int64_t fid = table.insert(feature);
        EXPECT_GT(fid, 0);

        auto read = table.read(fid);
        ASSERT_TRUE(read.has_value());
        EXPECT_EQ(read->fid, fid);
        EXPECT_EQ(read->attributes, feature.attributes);
        EXPECT_EQ(wkt(read->geometry), wkt(feature.geometry));

        Feature changed = fullFeature(schema, 50);
        changed.fid = fid;
        changed.geometry = wkb(geometryFor(schema.geometryType, 5000));
        table.update(changed);
        read = table.read(fid);
        ASSERT_TRUE(read.has_value());
        EXPECT_EQ(read->attributes, changed.attributes);
        EXPECT_EQ(wkt(read->geometry), wkt(changed.geometry));

        EXPECT_EQ(table.idsInBox({351990, 461400, 352010, 461700}), std::vector<std::int64_t>{fid});
        EXPECT_TRUE(table.idsInBox({346900, 461400, 347200, 461700}).empty());
        EXPECT_EQ(table.count(), 1);
        ASSERT_TRUE(table.extent().has_value());
        EXPECT_DOUBLE_EQ(table.extent()->minX, 352000);

        table.remove(fid);
        EXPECT_FALSE(table.read(fid).has_value());
        EXPECT_EQ(table.count(), 0);
    }
}

TEST_F(FeatureTableTest, BoxQueryIsExactAtTheEdgesAndSorted) {
    FeatureTable& chambers = project_.layer("chambers");
    std::vector<std::int64_t> fids;
    for (int i = 0; i < 200; ++i) {
        Feature chamber;
        chamber.attributes["ref"] = "JC" + std::to_string(i);
        chamber.geometry = wkb("POINT (" + std::to_string(347000.01 + i) + " 461500.37)");
        fids.push_back(chambers.insert(chamber));
    }
    // x from 347010.01 to 347020.01 inclusive: the box edges touch points exactly.
    const auto ids = chambers.idsInBox({347010.01, 461500.37, 347020.01, 461500.37});
    const std::vector<std::int64_t> expected(fids.begin() + 10, fids.begin() + 21);
    EXPECT_EQ(ids, expected);
    // A box a millimetre short of a point misses it, though the float R*Tree overlaps.
    EXPECT_TRUE(chambers.idsInBox({347010.015, 461500.0, 347011.005, 461501.0}).empty());
}

TEST_F(FeatureTableTest, NullsAndMissingAttributesReadBackAsNull) {
    FeatureTable& ducts = project_.layer("ducts");
    Feature duct;
    duct.attributes["ref"] = std::string("D1");
    duct.attributes["status"] = Value{};
    const auto fid = ducts.insert(duct);
    const auto read = ducts.read(fid);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->attribute("ref"), Value{std::string("D1")});
    EXPECT_TRUE(isNull(read->attribute("status")));
    EXPECT_TRUE(isNull(read->attribute("diameter_mm")));
    EXPECT_TRUE(read->geometry.empty());
}

TEST_F(FeatureTableTest, ExplicitFidRestoresADeletedFeature) {
    FeatureTable& nodes = project_.layer("nodes");
    Feature exchange;
    exchange.attributes = {{"kind", std::string("exchange")}, {"name", std::string("Lancaster")}};
    exchange.geometry = wkb("POINT (347900 461540)");
    const auto fid = nodes.insert(exchange);
    nodes.remove(fid);
    exchange.fid = fid;
    EXPECT_EQ(nodes.insert(exchange), fid);
    EXPECT_EQ(nodes.read(fid)->attribute("name"), Value{std::string("Lancaster")});
}

TEST_F(FeatureTableTest, PolygonIsPromotedToMultiPolygon) {
    FeatureTable& boundaries = project_.layer("boundaries");
    Feature ward;
    ward.attributes = {{"code", std::string("E05014890")}, {"kind", std::string("ward")}};
    ward.geometry = wkb("POLYGON ((0 0, 10 0, 10 10, 0 0))");
    const auto fid = boundaries.insert(ward);
    EXPECT_EQ(geos_.readWkb(boundaries.read(fid)->geometry).kind(), GeometryKind::MultiPolygon);
}

TEST_F(FeatureTableTest, WrongInputIsRefusedWithAClearMessageAndNothingWritten) {
    FeatureTable& ducts = project_.layer("ducts");
    const auto expectMessage = [&](const Feature& feature, const std::string& words) {
        try {
            (void)ducts.insert(feature);
            ADD_FAILURE() << "accepted: " << words;
        } catch (const Error& error) {
            EXPECT_NE(std::string(error.what()).find(words), std::string::npos) << error.what();
        }
    };
    Feature unknownField;
    unknownField.attributes["colour"] = std::string("red");
    expectMessage(unknownField, "layer ducts has no field 'colour'");

    Feature textInNumber;
    textInNumber.attributes["diameter_mm"] = std::string("wide");
    expectMessage(textInNumber, "field 'diameter_mm' of layer ducts takes a number, not text");

    Feature fractionInInteger;
    fractionInInteger.attributes["subducts"] = 2.5;
    expectMessage(fractionInInteger, "takes a whole number");

    Feature point;
    point.geometry = wkb("POINT (1 1)");
    expectMessage(point, "layer ducts takes LineString geometries, not Point");

    Feature empty;
    empty.geometry = wkb("LINESTRING EMPTY");
    expectMessage(empty, "empty");

    Feature garbage;
    garbage.geometry = {1, 2, 0, 0, 0};
    expectMessage(garbage, "invalid WKB");

    EXPECT_EQ(ducts.count(), 0);
}

TEST_F(FeatureTableTest, IntegralDoubleIsAcceptedForIntegerField) {
    FeatureTable& ducts = project_.layer("ducts");
    Feature duct;
    duct.attributes["subducts"] = 4.0;
    const auto fid = ducts.insert(duct);
    EXPECT_EQ(ducts.read(fid)->attribute("subducts"), Value{std::int64_t{4}});
}

TEST_F(FeatureTableTest, UpdateAndDeleteOfMissingFidAreErrors) {
    FeatureTable& hotspots = project_.layer("hotspots");
    Feature ghost;
    ghost.fid = 12345;
    EXPECT_THROW(hotspots.update(ghost), StoreError);
    EXPECT_THROW(hotspots.remove(12345), StoreError);
}

TEST_F(FeatureTableTest, ReadOnlyProjectRefusesWrites) {
    Feature hotspot;
    hotspot.geometry = wkb("POINT (1 1)");
    (void)project_.layer("hotspots").insert(hotspot);
    auto reader = Project::open(projectPath_, Project::Access::ReadOnly);
    EXPECT_TRUE(reader.isReadOnly());
    EXPECT_EQ(reader.layer("hotspots").count(), 1);
    try {
        (void)reader.layer("hotspots").insert(hotspot);
        FAIL();
    } catch (const StoreError& error) {
        EXPECT_NE(std::string(error.what()).find("read-only"), std::string::npos);
    }
}

}  // namespace
}  // namespace gigamap::core

namespace gigamap::core {
namespace {

// A NaN or infinite coordinate makes every analysis, export and report fail,
// so no path may write one: the store refuses it on insert, update and upsert.
TEST_F(FeatureTableTest, NaNAndInfiniteCoordinatesAreRefusedByTheStore) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    auto& chambers = project_.layer("chambers");
    auto& ducts = project_.layer("ducts");
    const auto refused = [](auto&& write) {
        try {
            write();
            ADD_FAILURE() << "a non-finite coordinate was stored";
        } catch (const GeometryError& error) {
            EXPECT_NE(std::string(error.what()).find("NaN or infinite"), std::string::npos);
        }
    };
    refused([&] { (void)chambers.insert({0, {{"ref", std::string("C-1")}}, pointWkb(nan, 1.0)}); });
    refused([&] { (void)chambers.insert({0, {{"ref", std::string("C-2")}}, pointWkb(1.0, inf)}); });
    refused([&] {
        (void)ducts.insert({0, {}, lineWkb({{347000, 461500}, {nan, 461600}, {347200, 461700}})});
    });
    const auto fid = ducts.insert({0, {}, lineWkb({{347000, 461500}, {347100, 461600}})});
    refused([&] { ducts.update({fid, {}, lineWkb({{347000, 461500}, {-inf, 461600}})}); });
    refused([&] {
        (void)ducts.upsert(
            "ref", {0, {{"ref", std::string("D-9")}}, lineWkb({{347000, nan}, {347100, 461600}})});
    });
    EXPECT_EQ(chambers.count(), 0);
    EXPECT_EQ(ducts.count(), 1);
    EXPECT_EQ(wkt(ducts.read(fid)->geometry), "LINESTRING (347000 461500, 347100 461600)");
}

TEST(FiniteCoordinatesTest, EveryWkbShapeIsWalked) {
    GeosContext geos;
    const auto wkb = [&](const std::string& text) { return geos.writeWkb(geos.readWkt(text)); };
    EXPECT_TRUE(
        hasFiniteCoordinates(wkb("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))")));
    EXPECT_TRUE(
        hasFiniteCoordinates(wkb("GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))")));
    EXPECT_FALSE(
        hasFiniteCoordinates(wkb("GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 nan))")));
    EXPECT_FALSE(hasFiniteCoordinates(wkb("POLYGON ((0 0, 1 0, 1 inf, 0 0))")));
    // Malformed WKB is the WKB reader's to refuse ("invalid WKB"), not called NaN.
    auto truncated = wkb("LINESTRING (0 0, 1 1)");
    truncated.pop_back();
    EXPECT_TRUE(hasFiniteCoordinates(truncated));
}

}  // namespace
}  // namespace gigamap::core
