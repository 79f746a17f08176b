#include <fmt/format.h>
#include <gtest/gtest.h>

#include <random>
#include <set>
#include <tuple>

#include "gigamap/core/error.h"
#include "gigamap/core/exact_distance.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/one_dig.h"
#include "gigamap/core/project.h"
#include "gigamap/core/transaction.h"
#include "support/project_fixture.h"

namespace gigamap::core {
namespace {

class OneDigTest : public test::ProjectTest {
protected:
    Project project_ = Project::create(projectPath_, {"one dig", "EPSG:27700"});
    GeosContext geos_;

    void work(const std::string& ref, const std::string& wkt, const std::string& start,
              const std::string& end, std::int64_t active = 1) {
        Feature feature;
        feature.attributes = {{"work_reference_number", ref},
                              {"promoter_organisation", "Promoter " + ref},
                              {"usrn", std::int64_t{1000}},
                              {"start_date", start},
                              {"end_date", end},
                              {"is_active", active}};
        feature.geometry = geos_.writeWkb(geos_.readWkt(wkt));
        (void)project_.layer("street_works").insert(feature);
    }

    void duct(const std::string& ref, const std::string& status, const std::string& wkt,
              const std::string& start, const std::string& end) {
        Feature feature;
        feature.attributes = {{"ref", ref}, {"status", status}};
        if (!start.empty()) {
            feature.attributes["planned_start"] = start;
            feature.attributes["planned_end"] = end;
        }
        feature.geometry = geos_.writeWkb(geos_.readWkt(wkt));
        (void)project_.layer("ducts").insert(feature);
    }

    void restriction(const std::string& reference, const std::string& kind, const std::string& wkt,
                     const std::string& start, const std::string& end) {
        Feature feature;
        feature.attributes = {{"reference", reference},
                              {"kind", kind},
                              {"usrn", std::int64_t{2000}},
                              {"start_date", start},
                              {"end_date", end}};
        feature.geometry = geos_.writeWkb(geos_.readWkt(wkt));
        (void)project_.layer("restrictions").insert(feature);
    }
};

TEST_F(OneDigTest, OpportunitiesKeepTheDistanceAndDateRules) {
    // A planned duct along x = 480331.79 through June.
    duct("P1", "planned", "LINESTRING (480331.79 460017.92, 480331.79 460094.22)", "2026-06-01",
         "2026-06-30");
    duct("EXISTING", "existing", "LINESTRING (480331.79 460000, 480331.79 460100)", "2026-06-01",
         "2026-06-30");
    duct("NO-WINDOW", "proposed", "LINESTRING (480331.79 460000, 480331.79 460100)", "", "");
    // Exactly 10 m away (in, though GEOS computes 10.000000000000002), 10.001 m away (out).
    work("W-AT-D", "POINT (480341.79 460041.66)", "2026-06-10", "2026-06-12");
    work("W-BEYOND", "POINT (480341.791 460050)", "2026-06-10", "2026-06-12");
    // Next to the duct: touching dates on one day (in), adjacent days (out).
    work("W-TOUCH", "POINT (480332 460060)", "2026-05-20", "2026-06-01");
    work("W-ADJACENT", "POINT (480332 460070)", "2026-07-01", "2026-07-05");
    work("W-CANCELLED", "POINT (480332 460080)", "2026-06-01", "2026-06-05", 0);

    ASSERT_GT(geos_.readWkt("POINT (480341.79 460041.66)")
                  .distance(geos_.readWkt("LINESTRING (480331.79 460017.92, 480331.79 460094.22)")),
              10.0);  // the case the exact decision exists for
    const auto result = OneDig(project_).run({10.0});
    EXPECT_EQ(result.plannedDucts, 1U);
    EXPECT_EQ(result.works, 4U);
    ASSERT_EQ(result.opportunities.size(), 2U);
    EXPECT_EQ(result.opportunities[0].workReference, "W-AT-D");
    EXPECT_EQ(result.opportunities[0].ductRef, "P1");
    EXPECT_EQ(result.opportunities[0].distance, 10.0);
    EXPECT_EQ(isoDate(result.opportunities[0].overlap.start), "2026-06-10");
    EXPECT_EQ(result.opportunities[0].overlap.days(), 3);
    EXPECT_EQ(result.opportunities[0].usrn, 1000);
    EXPECT_EQ(result.opportunities[0].promoter, "Promoter W-AT-D");
    EXPECT_EQ(result.opportunities[1].workReference, "W-TOUCH");
    EXPECT_EQ(result.opportunities[1].overlap.days(), 1);
    EXPECT_EQ(isoDate(result.opportunities[1].overlap.end), "2026-06-01");

    EXPECT_EQ(OneDig(project_).run({10.002}).opportunities.size(), 3U);  // W-BEYOND now in
    EXPECT_THROW((void)OneDig(project_).run({-1.0}), AnalysisError);
}

TEST_F(OneDigTest, ConflictsArePairsOfDistinctWorksLowerFidFirst) {
    work("B-SECOND", "POINT (100 100)", "2026-03-01", "2026-03-10");
    work("A-FIRST", "POINT (110 100)", "2026-03-10", "2026-03-20");    // 10 m, one day shared
    work("C-LATER", "POINT (105 100)", "2026-03-11", "2026-03-12");    // 5 m from both
    work("D-FAR", "POINT (120.001 100)", "2026-03-01", "2026-03-31");  // 10.001 from A-FIRST
    const auto result = OneDig(project_).run({});
    ASSERT_EQ(result.conflicts.size(), 2U);
    // Sorted by references; a is always the work with the lower fid.
    EXPECT_EQ(result.conflicts[0].workReferenceA, "A-FIRST");
    EXPECT_EQ(result.conflicts[0].workReferenceB, "C-LATER");
    EXPECT_EQ(result.conflicts[0].overlap.days(), 2);
    EXPECT_EQ(result.conflicts[1].workReferenceA, "B-SECOND");
    EXPECT_EQ(result.conflicts[1].workReferenceB, "A-FIRST");
    EXPECT_EQ(result.conflicts[1].distance, 10.0);
    EXPECT_EQ(result.conflicts[1].overlap.days(), 1);
}

TEST_F(OneDigTest, BlockedDigsNeedAnActiveSection58DuringTheWindow) {
    duct("CROSSES", "planned", "LINESTRING (0 50, 100 50)", "2026-06-01", "2026-06-30");
    duct("ALONG", "proposed", "LINESTRING (200 0, 200 100)", "2026-06-01", "2026-06-30");
    duct("ELSEWHERE", "planned", "LINESTRING (500 500, 600 500)", "2026-06-01", "2026-06-30");
    // A polygonal restriction 40 m wide across CROSSES: 40 m of it are blocked.
    restriction("R-AREA", "s58", "POLYGON ((30 0, 70 0, 70 100, 30 100, 30 0))", "2026-01-01",
                "2026-06-01");
    // Ends the day before the window: not blocked.
    restriction("R-ENDED", "s58", "POLYGON ((30 0, 70 0, 70 100, 30 100, 30 0))", "2025-01-01",
                "2026-05-31");
    // Only proposed: not blocking.
    restriction("R-PROPOSED", "proposed_s58", "POLYGON ((30 0, 70 0, 70 100, 30 100, 30 0))",
                "2026-01-01", "2026-12-31");
    // A street centreline crossing ALONG: the whole duct is blocked.
    restriction("R-LINE", "s58a", "LINESTRING (150 50, 250 50)", "2026-06-30", "2026-12-31");
    const auto result = OneDig(project_).run({});
    EXPECT_EQ(result.restrictions, 3U);
    ASSERT_EQ(result.blocked.size(), 2U);
    EXPECT_EQ(result.blocked[0].ductRef, "ALONG");
    EXPECT_DOUBLE_EQ(result.blocked[0].length, 100.0);
    EXPECT_EQ(isoDate(result.blocked[0].restriction.start), "2026-06-30");
    EXPECT_EQ(result.blocked[1].ductRef, "CROSSES");
    EXPECT_DOUBLE_EQ(result.blocked[1].length, 40.0);
    EXPECT_EQ(result.blocked[1].usrn, 2000);
}

TEST_F(OneDigTest, CancellingWritesNothingAndEndsWithCancelledError) {
    work("W1", "POINT (0 0)", "2026-01-01", "2026-01-02");
    Feedback feedback;
    feedback.cancel();
    EXPECT_THROW((void)OneDig(project_).run({}, &feedback), CancelledError);
}

// Every analysis result against a brute-force O(n·m) pass over all pairs.
TEST_F(OneDigTest, MatchesBruteForceOnRandomWorksAndDucts) {
    std::mt19937 random(11);
    // Centimetre coordinates on a 10 m grid offset, so exact 10 m ties occur.
    const auto coordinate = [&] { return 400000.0 + static_cast<double>(random() % 500U) * 1.0; };
    const auto day = [&](int from) { return from + static_cast<int>(random() % 40U); };
    struct Item {
        std::string ref;
        Geometry geometry;
        DayRange days;
    };
    std::vector<Item> works;
    std::vector<Item> ducts;
    {
        Transaction transaction(project_.database());
        for (int i = 0; i < 400; ++i) {
            const int start = day(20000);
            const DayRange days{start, day(start)};
            const std::string wkt = i % 3 == 0
                                        ? fmt::format("POINT ({} {})", coordinate(), coordinate())
                                        : fmt::format("LINESTRING ({} {}, {} {})", coordinate(),
                                                      coordinate(), coordinate(), coordinate());
            const std::string ref = fmt::format("W{:04d}", i);
            work(ref, wkt, isoDate(days.start), isoDate(days.end));
            works.push_back({ref, geos_.readWkt(wkt), days});
        }
        for (int i = 0; i < 60; ++i) {
            const int start = day(20000);
            const DayRange days{start, day(start)};
            const std::string wkt =
                fmt::format("LINESTRING ({} {}, {} {}, {} {})", coordinate(), coordinate(),
                            coordinate(), coordinate(), coordinate(), coordinate());
            const std::string ref = fmt::format("D{:03d}", i);
            duct(ref, "planned", wkt, isoDate(days.start), isoDate(days.end));
            ducts.push_back({ref, geos_.readWkt(wkt), days});
        }
        transaction.commit();
    }
    using Pair = std::tuple<std::string, std::string, double, int, int>;
    std::set<Pair> expectedOpportunities;
    for (const auto& w : works) {
        for (const auto& d : ducts) {
            if (!w.days.overlaps(d.days)) {
                continue;
            }
            if (const auto distance = distanceWithin(geos_, w.geometry, d.geometry, 10.0)) {
                const auto common = w.days.overlap(d.days);
                expectedOpportunities.emplace(w.ref, d.ref, *distance, common.start, common.end);
            }
        }
    }
    std::set<Pair> expectedConflicts;
    for (std::size_t a = 0; a < works.size(); ++a) {
        for (std::size_t b = a + 1; b < works.size(); ++b) {
            if (!works[a].days.overlaps(works[b].days)) {
                continue;
            }
            if (const auto distance =
                    distanceWithin(geos_, works[a].geometry, works[b].geometry, 10.0)) {
                const auto common = works[a].days.overlap(works[b].days);
                expectedConflicts.emplace(works[a].ref, works[b].ref, *distance, common.start,
                                          common.end);
            }
        }
    }
    const auto result = OneDig(project_).run({10.0});
    std::set<Pair> opportunities;
    for (const auto& o : result.opportunities) {
        opportunities.emplace(o.workReference, o.ductRef, o.distance, o.overlap.start,
                              o.overlap.end);
    }
    std::set<Pair> conflicts;
    for (const auto& c : result.conflicts) {
        conflicts.emplace(c.workReferenceA, c.workReferenceB, c.distance, c.overlap.start,
                          c.overlap.end);
    }
    EXPECT_GT(expectedOpportunities.size(), 20U);
    EXPECT_GT(expectedConflicts.size(), 50U);
    EXPECT_EQ(opportunities, expectedOpportunities);
    EXPECT_EQ(conflicts, expectedConflicts);
    EXPECT_EQ(result.opportunities.size(), expectedOpportunities.size());  // no duplicates
    EXPECT_EQ(result.conflicts.size(), expectedConflicts.size());
}

}  // namespace
}  // namespace gigamap::core
