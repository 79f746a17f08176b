#include <gtest/gtest.h>

#include <cmath>

#include "gigamap/core/cost_model.h"
#include "gigamap/core/dig_once_savings.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/one_dig.h"
#include "gigamap/core/project.h"
#include "gigamap/core/proposed_build.h"
#include "support/project_fixture.h"

namespace gigamap::core {
namespace {

class ProposedBuildTest : public test::ProjectTest {
protected:
    Project project_ = Project::create(projectPath_, {"build", "EPSG:27700"});
    GeosContext geos_;
    CostModel costs_ = CostModel::defaults();

    void add(const char* table, std::map<std::string, Value> attributes, const std::string& wkt) {
        Feature feature;
        feature.attributes = std::move(attributes);
        feature.geometry = geos_.writeWkb(geos_.readWkt(wkt));
        (void)project_.layer(table).insert(feature);
    }
};

TEST_F(ProposedBuildTest, PricesDuctsBySurfaceCrossingsChambersAndPremisesPassed) {
    add("ducts", {{"ref", "F1"}, {"status", "planned"}, {"surface", "footway"}},
        "LINESTRING (0 0, 100 0)");
    add("ducts", {{"ref", "C1"}, {"status", "proposed"}, {"surface", "carriageway"}},
        "LINESTRING (0 10, 0 60)");
    add("ducts", {{"ref", "X1"}, {"status", "planned"}}, "LINESTRING (200 0, 200 30)");
    add("ducts", {{"ref", "OLD"}, {"status", "existing"}, {"surface", "footway"}},
        "LINESTRING (0 0, 1000 0)");
    // A road crossing F1 twice (a U), and one running along C1 (not a crossing).
    add("roads", {{"name", "Loop"}}, "LINESTRING (20 -10, 20 10, 40 10, 40 -10)");
    add("roads", {{"name", "Along"}}, "LINESTRING (0 10, 0 60)");
    add("chambers", {{"ref", "CH1"}, {"status", "planned"}}, "POINT (0 0)");
    add("chambers", {{"ref", "CH2"}, {"status", "existing"}}, "POINT (100 0)");
    // Postcodes: 50 m from F1 exactly (passed), 50.001 m (not), one far away.
    add("postcodes", {{"postcode", "LA1 1AA"}, {"all_premises", std::int64_t{10}}},
        "POINT (50 -50)");
    add("postcodes", {{"postcode", "LA1 1AB"}, {"all_premises", std::int64_t{7}}},
        "POINT (50 -50.001)");
    add("postcodes", {{"postcode", "LA1 1AD"}, {"all_premises", std::int64_t{5}}}, "POINT (5 30)");

    const auto result = ProposedBuild(project_).run(costs_);
    ASSERT_EQ(result.surfaces.size(), 4U);
    EXPECT_EQ(result.surfaces[1].surface, "footway");
    EXPECT_DOUBLE_EQ(result.surfaces[1].length, 100.0);
    EXPECT_DOUBLE_EQ(result.surfaces[1].cost, 100.0 * 50.0);
    EXPECT_DOUBLE_EQ(result.surfaces[2].cost, 50.0 * 100.0);
    EXPECT_EQ(result.surfaces[3].ducts, 1U);  // X1 has no surface: priced as unknown
    EXPECT_EQ(result.roadCrossings, 2U);
    EXPECT_EQ(result.chambers, 1U);
    EXPECT_DOUBLE_EQ(result.total, 5000.0 + 5000.0 + 30.0 * 100.0 + 2 * 2000.0 + 1000.0);
    EXPECT_EQ(result.postcodesPassed, 2U);
    EXPECT_EQ(result.premisesPassed, 15);
    EXPECT_DOUBLE_EQ(*result.costPerPremisesPassed, result.total / 15.0);
    ASSERT_EQ(result.ducts.size(), 3U);
    EXPECT_EQ(result.ducts[0].ref, "C1");  // by ref
}

TEST_F(ProposedBuildTest, NothingPlannedCostsNothingAndPassesNobody) {
    const auto result = ProposedBuild(project_).run(costs_);
    EXPECT_DOUBLE_EQ(result.total, 0.0);
    EXPECT_EQ(result.premisesPassed, 0);
    EXPECT_FALSE(result.costPerPremisesPassed);
}

TEST_F(ProposedBuildTest, DigOnceSavingIsTheSharedTrenchAtTheRateDifference) {
    add("ducts",
        {{"ref", "P1"},
         {"status", "planned"},
         {"surface", "carriageway"},
         {"planned_start", "2026-06-01"},
         {"planned_end", "2026-06-30"}},
        "LINESTRING (0 0, 1000 0)");
    // A 100 m trench 5 m from the duct: within 10 m, 100 + 2·sqrt(10² - 5²) m of duct is shared.
    add("street_works",
        {{"work_reference_number", "W1"}, {"start_date", "2026-06-10"}, {"end_date", "2026-06-20"}},
        "LINESTRING (400 5, 500 5)");
    const auto oneDig = OneDig(project_).run({10.0, 90, std::nullopt});
    ASSERT_EQ(oneDig.opportunities.size(), 1U);
    const auto result = digOnceSavings(project_, oneDig.opportunities, 10.0, costs_);
    ASSERT_EQ(result.savings.size(), 1U);
    const double expected = 100.0 + 2.0 * std::sqrt(75.0);
    // The buffer is a 32-gon inscribed in the circle: a little less than the circle's chord.
    EXPECT_LT(result.savings[0].sharedLength, expected);
    EXPECT_GT(result.savings[0].sharedLength, expected - 0.2);
    EXPECT_EQ(result.savings[0].surface, "carriageway");
    EXPECT_DOUBLE_EQ(result.savings[0].saving, result.savings[0].sharedLength * (100.0 - 10.0));
    EXPECT_DOUBLE_EQ(result.total, result.savings[0].saving);
}

}  // namespace
}  // namespace gigamap::core
