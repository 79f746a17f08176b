#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <random>
#include <vector>

#include "gigamap/core/area_gaps.h"
#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/overlay.h"
#include "gigamap/core/project.h"
#include "gigamap/core/transaction.h"
#include "support/project_fixture.h"

namespace gigamap::core {
namespace {

// The area of the regular 32-gon inscribed in a circle of radius r.
double area32(double r) {
    return 16.0 * r * r * std::sin(std::numbers::pi / 16.0);
}

class AreaGapsTest : public test::ProjectTest {
protected:
    Project project_ = Project::create(projectPath_, {"gaps", "EPSG:27700"});
    GeosContext geos_;

    void boundary(const std::string& code, const std::string& kind, const std::string& wkt) {
        Feature feature;
        feature.attributes = {{"code", code}, {"name", "Name of " + code}, {"kind", kind}};
        feature.geometry = geos_.writeWkb(geos_.readWkt(wkt).toMulti());
        (void)project_.layer("boundaries").insert(feature);
    }

    void hotspot(double x, double y, Value radius) {
        Feature feature;
        feature.attributes = {{"name", "hotspot"}, {"radius_m", radius}};
        feature.geometry = pointWkb(x, y);
        (void)project_.layer("hotspots").insert(feature);
    }

    void mobile(const std::string& technology, const std::string& wkt) {
        Feature feature;
        feature.attributes = {{"operator", "EE"}, {"technology", technology}};
        feature.geometry = geos_.writeWkb(geos_.readWkt(wkt).toMulti());
        (void)project_.layer("mobile_coverage").insert(feature);
    }
};

TEST_F(AreaGapsTest, HotspotsAre32GonsAndOverlapsCountOnce) {
    boundary("D1", "district", "POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0))");
    boundary("W1", "ward", "POLYGON ((0 0, 500 0, 500 500, 0 500, 0 0))");
    hotspot(500, 500, 100.0);    // inside
    hotspot(500, 500, 50.0);     // inside the first: adds nothing
    hotspot(1000, 500, 100.0);   // half outside the district
    hotspot(5000, 5000, 100.0);  // far away: not counted
    hotspot(200, 200, Value{});  // no radius: covers nothing
    const auto result = AreaGaps(project_).run({});
    EXPECT_EQ(result.districtCode, "D1");
    EXPECT_EQ(result.districtName, "Name of D1");
    EXPECT_EQ(result.hotspots, 3U);
    EXPECT_DOUBLE_EQ(result.districtArea, 1e6);
    // The 32-gon is symmetric about x = 1000, so exactly half of it is inside.
    EXPECT_NEAR(result.coveredArea, 1.5 * area32(100.0), 1e-6);
    EXPECT_NEAR(result.gapArea, 1e6 - 1.5 * area32(100.0), 1e-6);
    // Not a circle: the true circle's area differs by 0.6 %.
    EXPECT_GT(std::abs(result.coveredArea - 1.5 * std::numbers::pi * 1e4), 50.0);

    const Geometry gap = geos_.readWkb(result.gap);
    EXPECT_EQ(gap.kind(), GeometryKind::MultiPolygon);
    EXPECT_NEAR(gap.area(), result.gapArea, 1e-6);
}

TEST_F(AreaGapsTest, MobileCoverageFilteredByFieldsAndSwitchedOff) {
    boundary("D1", "district", "POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0))");
    mobile("4G", "POLYGON ((0 0, 500 0, 500 1000, 0 1000, 0 0))");
    mobile("5G", "POLYGON ((250 0, 750 0, 750 1000, 250 1000, 250 0))");
    hotspot(900, 900, 10.0);
    EXPECT_NEAR(AreaGaps(project_).run({}).coveredArea, 750000.0 + area32(10.0), 1e-6);
    const auto only4g = AreaGaps(project_).run({"", false, true, {{"technology", "4G"}}});
    EXPECT_EQ(only4g.mobilePolygons, 1U);
    EXPECT_EQ(only4g.hotspots, 0U);
    EXPECT_NEAR(only4g.coveredArea, 500000.0, 1e-6);
    const auto nothing = AreaGaps(project_).run({"", false, false, {}});
    EXPECT_DOUBLE_EQ(nothing.gapArea, 1e6);
    EXPECT_DOUBLE_EQ(nothing.coveredArea, 0.0);
    EXPECT_THROW((void)AreaGaps(project_).run({"", true, true, {{"colour", "red"}}}),
                 AnalysisError);
}

TEST_F(AreaGapsTest, FullyCoveredLeavesAnEmptyGap) {
    boundary("D1", "district", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    mobile("4G", "POLYGON ((-1 -1, 11 -1, 11 11, -1 11, -1 -1))");
    const auto result = AreaGaps(project_).run({});
    EXPECT_DOUBLE_EQ(result.gapArea, 0.0);
    EXPECT_DOUBLE_EQ(result.coveredArea, 100.0);
    EXPECT_TRUE(result.gap.empty());
}

TEST_F(AreaGapsTest, TheDistrictMustBeClear) {
    EXPECT_THROW((void)AreaGaps(project_).run({}), AnalysisError);  // none
    boundary("D1", "district", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    boundary("D2", "district", "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))");
    try {
        (void)AreaGaps(project_).run({});
        FAIL() << "two districts and no --district";
    } catch (const AnalysisError& error) {
        EXPECT_NE(std::string(error.what()).find("D1, D2"), std::string::npos) << error.what();
    }
    EXPECT_EQ(AreaGaps(project_).run({"D2", true, true, {}}).districtCode, "D2");
    EXPECT_THROW((void)AreaGaps(project_).run({"D3", true, true, {}}), AnalysisError);
}

// A star-shaped polygon around `centre` (simple, so valid), vertices in whole centimetres.
std::vector<Coordinate> randomStar(std::mt19937_64& random, Coordinate centre, double smallest,
                                   double largest, int vertices) {
    std::uniform_real_distribution<double> radius(smallest, largest);
    std::vector<Coordinate> ring;
    for (int k = 0; k < vertices; ++k) {
        const double angle = 2.0 * std::numbers::pi * k / vertices;
        const double r = radius(random);
        ring.push_back({std::round((centre.x + r * std::cos(angle)) * 100.0) / 100.0,
                        std::round((centre.y + r * std::sin(angle)) * 100.0) / 100.0});
    }
    return ring;
}

std::string wktOf(const std::vector<Coordinate>& ring) {
    std::string wkt = "POLYGON ((";
    for (const auto& c : ring) {
        wkt += fmt::format("{} {}, ", c.x, c.y);
    }
    return wkt + fmt::format("{} {}))", ring.front().x, ring.front().y);
}

// Random districts, hotspots and mobile polygons (several hundred, crossing the
// district's outline and each other): the gap overlaid in tiles, whatever the
// grid, is the gap of one overlay of everything, computed here independently.
class RandomAreaGapsTest : public AreaGapsTest, public ::testing::WithParamInterface<unsigned> {};

TEST_P(RandomAreaGapsTest, TiledOverlayEqualsOneOverlay) {
    std::mt19937_64 random(GetParam());
    std::uniform_real_distribution<double> place(0.0, 10000.0);
    std::uniform_real_distribution<double> reach(20.0, 400.0);
    const std::string districtWkt = wktOf(randomStar(random, {5000, 5000}, 3000, 5000, 300));
    std::vector<Geometry> covering;
    {
        Transaction transaction(project_.database());
        boundary("D1", "district", districtWkt);
        for (int h = 0; h < 400; ++h) {
            const Coordinate centre{std::round(place(random)), std::round(place(random))};
            const double radius = h % 50 == 0 ? 0.0 : std::round(reach(random));
            hotspot(centre.x, centre.y, radius);
            if (radius > 0.0) {
                covering.push_back(circle32(geos_, centre, radius));
            }
        }
        for (int m = 0; m < 40; ++m) {
            const auto ring = randomStar(random, {place(random), place(random)}, 200, 1500, 24);
            mobile("4G", wktOf(ring));
            covering.push_back(polygon(geos_, ring));
        }
        transaction.commit();
    }
    const Geometry district = geos_.readWkt(districtWkt);
    const Geometry expected = difference(geos_, district, unionOf(geos_, covering));
    ASSERT_GT(expected.area(), 0.05 * district.area());  // a real gap, in many parts
    ASSERT_GT(expected.partCount(), 10);

    for (const int across : {1, 3, 8, 0}) {
        SCOPED_TRACE(fmt::format("{} tiles across (0: chosen)", across));
        AreaGapsOptions options;
        options.tilesAcross = across;
        const auto result = AreaGaps(project_).run(options);
        EXPECT_NEAR(result.gapArea, expected.area(), 1e-9 * district.area());
        EXPECT_NEAR(result.coveredArea, district.area() - expected.area(), 1e-9 * district.area());
        const Geometry gap = geos_.readWkb(result.gap);
        EXPECT_TRUE(gap.isValid());
        EXPECT_EQ(gap.partCount(), expected.partCount());  // the tiles' pieces joined again
        EXPECT_NEAR(gap.area(), expected.area(), 1e-9 * district.area());
        const Geometry apart = difference(geos_, gap, expected);
        const Geometry missing = difference(geos_, expected, gap);
        EXPECT_LT(apart.area() + missing.area(), 1e-6);  // m²: the same polygon
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, RandomAreaGapsTest, ::testing::Values(20261207U, 7U, 1994U));

TEST_F(AreaGapsTest, CancellingEndsWithCancelledError) {
    boundary("D1", "district", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    Feedback feedback;
    feedback.cancel();
    EXPECT_THROW((void)AreaGaps(project_).run({}, &feedback), CancelledError);
}

}  // namespace
}  // namespace gigamap::core
