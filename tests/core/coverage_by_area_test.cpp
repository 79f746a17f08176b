#include <gtest/gtest.h>

#include <fmt/format.h>

#include <random>

#include "gigamap/core/coverage_by_area.h"
#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/project.h"
#include "gigamap/core/transaction.h"
#include "support/project_fixture.h"

namespace gigamap::core {
namespace {

class CoverageByAreaTest : public test::ProjectTest {
protected:
    Project project_ = Project::create(projectPath_, {"coverage", "EPSG:27700"});
    GeosContext geos_;

    void boundary(const std::string& code, const std::string& kind, const std::string& wkt) {
        Feature feature;
        feature.attributes = {{"code", code}, {"name", "Ward " + code}, {"kind", kind}};
        feature.geometry = geos_.writeWkb(geos_.readWkt(wkt));
        (void)project_.layer("boundaries").insert(feature);
    }

    void postcode(const std::string& code, std::optional<Coordinate> where,
                  Value premises = std::int64_t{10}, Value gigabit = 40.0) {
        Feature feature;
        feature.attributes = {{"postcode", code},       {"all_premises", premises},
                              {"gigabit_pct", gigabit}, {"sfbb_pct", 90.0},
                              {"full_fibre_pct", 25.0}, {"below_uso_pct", 5.0}};
        if (where) {
            feature.geometry = pointWkb(where->x, where->y);
        }
        (void)project_.layer("postcodes").insert(feature);
    }

    static std::map<std::string, std::string> byPostcode(const CoverageResult& result) {
        std::map<std::string, std::string> codes;
        for (const auto& a : result.assignments) {
            codes[a.postcode] = a.code;
        }
        return codes;
    }
};

TEST_F(CoverageByAreaTest, BorderRulesLowestFidWinsAndOutsideIsUnassigned) {
    // B is inserted first (fid 1), then A (fid 2) and C (fid 3); all three meet at (10, 10).
    boundary("B", "ward", "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))");
    boundary("A", "ward", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    boundary("C", "ward", "POLYGON ((0 10, 10 10, 10 20, 0 20, 0 10))");
    boundary("D", "district", "POLYGON ((-100 -100, 100 -100, 100 100, -100 100, -100 -100))");
    postcode("IN A", Coordinate{5, 5});
    postcode("EDGE AB", Coordinate{10, 5});
    postcode("EDGE AC", Coordinate{5, 10});
    postcode("VERTEX ABC", Coordinate{10, 10});
    postcode("OUTSIDE", Coordinate{50, 50});
    postcode("NOWHERE", std::nullopt);
    postcode("CORNER A", Coordinate{0, 0});

    const auto result = CoverageByArea(project_).run("ward");
    const auto codes = byPostcode(result);
    EXPECT_EQ(codes.at("IN A"), "A");
    EXPECT_EQ(codes.at("EDGE AB"), "B");     // fid 1 beats fid 2
    EXPECT_EQ(codes.at("EDGE AC"), "A");     // fid 2 beats fid 3
    EXPECT_EQ(codes.at("VERTEX ABC"), "B");  // shared by three: fid 1
    EXPECT_EQ(codes.at("CORNER A"), "A");    // on A's boundary only
    EXPECT_EQ(codes.at("OUTSIDE"), "");
    EXPECT_EQ(codes.at("NOWHERE"), "");
    ASSERT_EQ(result.boundaries.size(), 3U);  // the district is another kind
    EXPECT_EQ(result.boundaries[0].code, "A");
    EXPECT_EQ(result.boundaries[0].postcodes, 3);
    EXPECT_EQ(result.boundaries[1].code, "B");
    EXPECT_EQ(result.boundaries[1].postcodes, 2);
    EXPECT_EQ(result.boundaries[2].postcodes, 0);
    EXPECT_EQ(result.unassigned.postcodes, 2);
    EXPECT_EQ(CoverageByArea(project_).run("district").unassigned.postcodes, 1);  // only NOWHERE
}

TEST_F(CoverageByAreaTest, PremisesSumsFollowSqlNullRules) {
    boundary("A", "ward", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    postcode("P1", Coordinate{1, 1}, std::int64_t{10}, 40.0);
    postcode("P2", Coordinate{2, 2}, std::int64_t{20}, 100.0);
    postcode("P3", Coordinate{3, 3}, std::int64_t{5}, Value{});  // no Ofcom figure
    postcode("P4", Coordinate{4, 4}, Value{}, 0.0);              // no premises count
    const auto a = CoverageByArea(project_).run("ward").boundaries.at(0);
    EXPECT_EQ(a.postcodes, 4);
    EXPECT_EQ(a.premises, 35);
    EXPECT_DOUBLE_EQ(a.premisesLackingGigabit, 10 * 0.6 + 20 * 0.0);
    EXPECT_DOUBLE_EQ(a.premisesLackingSfbb, 35 * 0.1);
    EXPECT_DOUBLE_EQ(a.premisesLackingFullFibre, 35 * 0.75);
    EXPECT_DOUBLE_EQ(a.premisesBelowUso, 35 * 0.05);
}

TEST_F(CoverageByAreaTest, MatchesBruteForceOnRandomOverlappingBoundaries) {
    std::mt19937 random(42);
    const auto coordinate = [&](int range) {
        return static_cast<double>(random() % static_cast<unsigned>(range));
    };
    std::vector<Geometry> polygons;
    {
        Transaction transaction(project_.database());
        for (int i = 0; i < 200; ++i) {
            // Integer grid boxes and triangles: many points fall exactly on their edges.
            const double x = coordinate(900);
            const double y = coordinate(900);
            const double w = 1 + coordinate(120);
            const double h = 1 + coordinate(120);
            const std::string wkt =
                i % 3 == 0 ? fmt::format("POLYGON (({0} {1}, {2} {1}, {0} {3}, {0} {1}))", x, y,
                                         x + w, y + h)
                           : fmt::format("POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))",
                                         x, y, x + w, y + h);
            boundary(fmt::format("W{:03d}", i), "ward", wkt);
            polygons.push_back(geos_.readWkt(wkt));
        }
        for (int i = 0; i < 600; ++i) {
            postcode(fmt::format("P{:04d}", i), Coordinate{coordinate(1000), coordinate(1000)});
        }
        transaction.commit();
    }
    const auto codes = byPostcode(CoverageByArea(project_).run("ward"));
    auto& postcodes = project_.layer("postcodes");
    for (std::int64_t fid = 1; fid <= 600; ++fid) {
        const auto feature = postcodes.read(fid).value();
        const Geometry point = geos_.readWkb(feature.geometry);
        std::string expected;
        for (std::size_t i = 0; i < polygons.size(); ++i) {
            if (polygons[i].intersects(point)) {
                expected = fmt::format("W{:03d}", i);
                break;
            }
        }
        EXPECT_EQ(codes.at(std::get<std::string>(feature.attribute("postcode"))), expected) << fid;
    }
}

TEST_F(CoverageByAreaTest, NoBoundariesOfTheKindIsAnAnalysisError) {
    postcode("P1", Coordinate{1, 1});
    EXPECT_THROW((void)CoverageByArea(project_).run("ward"), AnalysisError);
}

TEST_F(CoverageByAreaTest, CancellingStopsTheAnalysis) {
    boundary("A", "ward", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    {
        Transaction transaction(project_.database());
        for (int i = 0; i < 5000; ++i) {
            postcode(fmt::format("P{}", i), Coordinate{1, 1});
        }
        transaction.commit();
    }
    Feedback feedback;
    feedback.cancel();
    EXPECT_THROW((void)CoverageByArea(project_).run("ward", &feedback), CancelledError);
    Feedback progress;
    EXPECT_EQ(CoverageByArea(project_).run("ward", &progress).boundaries.at(0).postcodes, 5000);
    EXPECT_DOUBLE_EQ(progress.progress(), 100.0);
}

}  // namespace
}  // namespace gigamap::core
