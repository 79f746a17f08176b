// The build planner on real project files: a small town drawn by hand, with
// every figure of its plan counted by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "gigamap/core/cost_model.h"
#include "gigamap/core/edit_journal.h"
#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/planning/build_plan.h"
#include "gigamap/core/planning/plan_output.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"
#include "support/project_fixture.h"

namespace gigamap::core::planning {
namespace {

class BuildPlannerTest : public test::ProjectTest {
protected:
    Project project_ = Project::create(projectPath_, {"plan", "EPSG:27700"});
    GeosContext geos_;
    CostModel costs_ = CostModel::defaults();

    void add(const char* table, std::map<std::string, Value> attributes, const std::string& wkt) {
        Feature feature;
        feature.attributes = std::move(attributes);
        feature.geometry = geos_.writeWkb(geos_.readWkt(wkt));
        (void)project_.layer(table).insert(feature);
    }

    // A main street with two side streets, an exchange at its west end and
    // two postcodes lacking gigabit beyond the side streets' ends.
    void town() {
        add("roads", {{"name", "Main Street"}, {"road_class", "residential"}},
            "LINESTRING (0 0, 1000 0)");
        add("roads", {{"name", "West Lane"}, {"road_class", "residential"}},
            "LINESTRING (500 0, 500 300)");
        add("roads", {{"name", "East Lane"}, {"road_class", "residential"}},
            "LINESTRING (800 0, 800 300)");
        add("nodes", {{"kind", "exchange"}, {"name", "Town"}, {"status", "existing"}},
            "POINT (0 -20)");
        add("postcodes",
            {{"postcode", "LA1 1AA"}, {"all_premises", std::int64_t{20}}, {"gigabit_pct", 0.0}},
            "POINT (500 310)");
        add("postcodes",
            {{"postcode", "LA1 1AB"}, {"all_premises", std::int64_t{30}}, {"gigabit_pct", 50.0}},
            "POINT (800 310)");
        add("postcodes",
            {{"postcode", "LA1 1AD"}, {"all_premises", std::int64_t{9}}, {"gigabit_pct", 100.0}},
            "POINT (200 10)");
    }

    static PlanOptions windowed() {
        PlanOptions options;
        options.window = DayRange::fromIso("2026-04-01", "2026-09-30");
        return options;
    }

    static double inPlanCost(const PlanResult& result) {
        double sum = 0.0;
        for (const auto& edge : result.edges) {
            sum += edge.inPlan ? edge.cost : 0.0;
        }
        return sum;
    }
};

TEST_F(BuildPlannerTest, SharesTrenchBetweenTargetsAndStatesTheSavingAgainstTheNaivePlan) {
    town();
    const PlanResult result = BuildPlanner(project_).run({}, costs_);
    ASSERT_EQ(result.targets.size(), 2U);  // LA1 1AD has gigabit
    EXPECT_TRUE(result.targets[0].connected);
    EXPECT_TRUE(result.targets[1].connected);
    // 800 m of Main Street and both lanes (1,400 m of footway), and lead-ins of
    // 20 m (exchange) and 10 m each (postcodes), all at £50/m.
    EXPECT_NEAR(result.plan.trenchMetres[1], 1400.0, 1e-6);
    EXPECT_NEAR(result.plan.leadInMetres, 40.0, 1e-6);
    EXPECT_NEAR(result.plan.edgeCost, 1440.0 * 50.0, 1e-6);
    EXPECT_NEAR(inPlanCost(result), result.plan.edgeCost, 1e-9);
    // Chambers: the two junctions, where the three lead-ins leave the street,
    // and one every 150 m of the 1,400 m of new trench (9).
    EXPECT_EQ(result.plan.junctionChambers, 5U);
    EXPECT_EQ(result.plan.spacingChambers, 9U);
    EXPECT_NEAR(result.plan.total, 72000.0 + 14000.0, 1e-6);
    EXPECT_EQ(result.plan.premisesPassed, 50);
    // Each by its own path: 830 m and 1,130 m, 3 and 4 chambers, 12 every 150 m.
    EXPECT_NEAR(result.naive.edgeCost, (830.0 + 1130.0) * 50.0, 1e-6);
    EXPECT_EQ(result.naive.junctionChambers, 7U);
    EXPECT_EQ(result.naive.spacingChambers, 12U);
    EXPECT_NEAR(result.naive.total, 98000.0 + 19000.0, 1e-6);
    EXPECT_EQ(result.components, 1U);
    EXPECT_EQ(result.sources.size(), 1U);
}

TEST_F(BuildPlannerTest, DigsWithAStreetWorkOpenInTheWindowAndNotWithOneOutsideIt) {
    town();
    add("street_works",
        {{"work_reference_number", "W-OPEN"},
         {"start_date", "2026-05-01"},
         {"end_date", "2026-05-20"},
         {"is_active", std::int64_t{1}}},
        "LINESTRING (200 0, 400 0)");
    add("street_works",
        {{"work_reference_number", "W-LATER"},
         {"start_date", "2026-11-01"},
         {"end_date", "2026-11-20"},
         {"is_active", std::int64_t{1}}},
        "LINESTRING (600 0, 700 0)");
    const PlanResult result = BuildPlanner(project_).run(windowed(), costs_);
    EXPECT_EQ(result.worksInWindow, 1U);
    // 200 m of work plus 10 m either end, at £10/m instead of £50/m.
    EXPECT_NEAR(result.plan.sharedMetres, 220.0, 1e-6);
    EXPECT_NEAR(result.streetWorksSaving, 220.0 * 40.0, 1e-6);
    EXPECT_NEAR(result.plan.edgeCost, 1440.0 * 50.0 - 220.0 * 40.0, 1e-6);
    EXPECT_NEAR(inPlanCost(result), result.plan.edgeCost, 1e-9);
    bool named = false;
    for (const auto& edge : result.edges) {
        named = named || (edge.inPlan && edge.streetWork == "W-OPEN");
    }
    EXPECT_TRUE(named);
    // Without a window no work is used.
    EXPECT_DOUBLE_EQ(BuildPlanner(project_).run({}, costs_).plan.sharedMetres, 0.0);
}

TEST_F(BuildPlannerTest, GoesRoundASection58InForceOrSaysWhyATargetCannotBeReached) {
    town();
    add("restrictions",
        {{"reference", "S58-WEST"},
         {"kind", "s58"},
         {"start_date", "2026-01-01"},
         {"end_date", "2026-12-31"}},
        "LINESTRING (500 0, 500 300)");
    PlanResult result = BuildPlanner(project_).run(windowed(), costs_);
    EXPECT_EQ(result.restrictionsInForce, 1U);
    EXPECT_FALSE(result.targets[0].connected);
    EXPECT_NE(result.targets[0].reason.find("Section 58"), std::string::npos);
    EXPECT_TRUE(result.targets[1].connected);

    // A back lane joining the two lanes' ends: the route goes round.
    add("roads", {{"name", "Back Lane"}, {"road_class", "residential"}},
        "LINESTRING (500 300, 800 300)");
    result = BuildPlanner(project_).run(windowed(), costs_);
    EXPECT_TRUE(result.targets[0].connected);
    for (const auto& edge : result.edges) {
        if (edge.inPlan) {
            EXPECT_TRUE(edge.restriction.empty());
        }
    }
    // A street of its own, far away: reported, not dropped.
    add("roads", {{"name", "Far Lane"}}, "LINESTRING (5000 5000, 5100 5000)");
    add("postcodes",
        {{"postcode", "LA2 9ZZ"}, {"all_premises", std::int64_t{4}}, {"gigabit_pct", 10.0}},
        "POINT (5050 5010)");
    result = BuildPlanner(project_).run(windowed(), costs_);
    EXPECT_EQ(result.components, 2U);
    EXPECT_EQ(result.componentsWithoutSource, 1U);
    ASSERT_EQ(result.targets.size(), 3U);
    EXPECT_EQ(result.targets[2].postcode, "LA2 9ZZ");
    EXPECT_FALSE(result.targets[2].connected);
    EXPECT_NE(result.targets[2].reason.find("not connected"), std::string::npos);
}

TEST_F(BuildPlannerTest, ReusesExistingDuctAndStartsFromIt) {
    town();
    add("ducts", {{"ref", "LAN-D-0007"}, {"status", "existing"}}, "LINESTRING (0 1, 500 1)");
    PlanOptions options;
    options.fromExchanges = false;
    const PlanResult result = BuildPlanner(project_).run(options, costs_);
    EXPECT_TRUE(result.targets[0].connected);
    EXPECT_TRUE(result.targets[1].connected);
    // The duct's street nodes are the sources; the route runs from its far end.
    EXPECT_GE(result.sources.size(), 2U);
    // Only the duct's 3 m reach past its end (4 m up West Lane, 2.83 m east) is reused.
    EXPECT_NEAR(result.plan.reusedMetres, 4.0 + std::sqrt(8.0), 0.05);
    EXPECT_NEAR(result.plan.trenchMetres[1] + result.plan.reusedMetres, 900.0, 1e-6);
    // Refs continue the project's pattern.
    const auto features = planFeatures(project_, result);
    ASSERT_FALSE(features.ducts.empty());
    EXPECT_EQ(std::get<std::string>(features.ducts.front().attributes.at("ref")), "LAN-D-0008");
}

TEST_F(BuildPlannerTest, KeepsWithinABudgetPassingTheMostPremisesPerPound) {
    town();
    PlanOptions options;
    options.budget = 60000.0;
    const PlanResult result = BuildPlanner(project_).run(options, costs_);
    EXPECT_LE(result.plan.total, 60000.0);
    EXPECT_EQ(result.plan.postcodesPassed, 1U);
    // Beyond the shared trench, LA1 1AA's branch is 310 m for 20 premises and
    // LA1 1AB's 610 m for 30: the better ratio stays.
    EXPECT_TRUE(result.targets[0].connected);
    EXPECT_NE(result.targets[1].reason.find("budget"), std::string::npos);
    EXPECT_NEAR(result.plan.edgeCost, (20.0 + 800.0 + 10.0) * 50.0, 1e-6);
}

TEST_F(BuildPlannerTest, IsDeterministic) {
    town();
    const PlanResult a = BuildPlanner(project_).run({}, costs_);
    const PlanResult b = BuildPlanner(project_).run({}, costs_);
    ASSERT_EQ(a.edges.size(), b.edges.size());
    for (std::size_t e = 0; e < a.edges.size(); ++e) {
        EXPECT_EQ(a.edges[e].inPlan, b.edges[e].inPlan);
    }
}

TEST_F(BuildPlannerTest, AppliesThePlanAsOneEditWithEditLogRows) {
    town();
    const PlanResult result = BuildPlanner(project_).run({}, costs_);
    const auto features = planFeatures(project_, result);
    const auto changes = planChanges(features);
    EditJournal(project_, "tester").apply(changes);
    const auto count = [&](const char* sql) {
        return std::get<std::int64_t>(project_.database().queryValue(sql));
    };
    EXPECT_EQ(count("SELECT count(*) FROM ducts WHERE status = 'proposed'"),
              static_cast<std::int64_t>(features.ducts.size()));
    EXPECT_EQ(count("SELECT count(*) FROM chambers WHERE status = 'proposed'"), 5);
    EXPECT_EQ(count("SELECT count(*) FROM edit_log"),
              static_cast<std::int64_t>(features.ducts.size() + features.chambers.size()));
}

TEST_F(BuildPlannerTest, RefusesAnUnknownWardOrMetric) {
    town();
    PlanOptions ward;
    ward.targets = PlanOptions::Targets::Ward;
    ward.ward = "E05999999";
    EXPECT_THROW((void)BuildPlanner(project_).run(ward, costs_), ImportError);
    PlanOptions metric;
    metric.metric = "postcode; DROP TABLE ducts";
    EXPECT_THROW((void)BuildPlanner(project_).run(metric, costs_), ImportError);
}

}  // namespace
}  // namespace gigamap::core::planning
